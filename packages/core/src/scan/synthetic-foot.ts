import type { Mesh } from '../mesh/mesh.js';
import type { Side } from './foot-frame.js';
import {
  FOOT_PLAN_BALL_AT,
  footPlanEndScale,
  footPlanHalfWidth,
  footPlanToeDrift,
  lerp,
  smoothstep,
} from './foot-plan-shape.js';

/** Shape parameters of the synthetic foot, mm. Defaults give a plausible adult foot. */
export interface SyntheticFootParameters {
  readonly lengthMm: number;
  readonly ballWidthMm: number;
  readonly heelWidthMm: number;
  /** Height of the medial border of the sole above the ground at the arch apex. 0 gives a flat foot. */
  readonly archHeightMm: number;
  /** Dorsal height at 50 % of length (the arch height index numerator). */
  readonly dorsalHeightMm: number;
  readonly toeHeightMm: number;
  readonly side: Side;
  /** Sections along the length and points around each section (mesh resolution). */
  readonly stations: number;
  readonly around: number;
}

/** What the synthetic foot measures, computed from its analytic surface (not from the mesh). */
export interface SyntheticFootTruth {
  readonly lengthMm: number;
  readonly ballWidthMm: number;
  readonly heelWidthMm: number;
  readonly ballGirthMm: number;
  readonly truncatedLengthMm: number;
  readonly dorsalHeightAt50Mm: number;
  readonly instepHeightMm: number;
  readonly plantarArchHeightMm: number;
  readonly toeBoxHeightMm: number;
}

export const DEFAULT_SYNTHETIC_FOOT: SyntheticFootParameters = {
  lengthMm: 260,
  ballWidthMm: 98,
  heelWidthMm: 66,
  archHeightMm: 14,
  dorsalHeightMm: 64,
  toeHeightMm: 24,
  side: 'right',
  stations: 220,
  around: 96,
};

/** Fraction of length where the ball (widest forefoot section, first metatarsal head) lies. */
export const SYNTHETIC_BALL_AT = FOOT_PLAN_BALL_AT;

/**
 * A closed, watertight parametric foot in the foot frame (heel at the origin, +x to the toes,
 * +z up, +y medial for a right foot). Each section is a pair of superellipse halves: a flat-bottomed
 * lower half that rests on the ground, lifted on the medial side under the arch, and a rounded
 * upper half. Heel and toes are rounded ends.
 *
 * @param overrides - shape and resolution, over {@link DEFAULT_SYNTHETIC_FOOT}
 * @returns the mesh (CCW outward) and the measurements it should give
 */
export function createSyntheticFoot(overrides: Partial<SyntheticFootParameters> = {}): {
  readonly mesh: Mesh;
  readonly truth: SyntheticFootTruth;
  readonly parameters: SyntheticFootParameters;
} {
  const params = { ...DEFAULT_SYNTHETIC_FOOT, ...overrides };
  const shape = footShape(params);
  const { stations, around } = params;
  // Cosine spacing: dense stations at the rounded ends.
  const ts: number[] = [];
  for (let i = 1; i < stations; i++) ts.push((1 - Math.cos((Math.PI * i) / stations)) / 2);
  const ringCount = ts.length;
  const positions = new Float32Array((ringCount * around + 2) * 3);
  let v = 0;
  const put = (p: readonly [number, number, number]) => {
    positions[v * 3] = p[0];
    positions[v * 3 + 1] = p[1];
    positions[v * 3 + 2] = p[2];
    v++;
  };
  for (const t of ts) for (let j = 0; j < around; j++) put(shape.point(t, (2 * Math.PI * j) / around));
  const rear = v;
  put(shape.point(0, 0));
  const front = v;
  put(shape.point(1, 0));
  const triangles = new Uint32Array((2 * around * (ringCount - 1) + 2 * around) * 3);
  let k = 0;
  // Ring j goes round from +y over the top (+z): clockwise seen from +x, so a quad between rings r
  // and r+1 is wound (r,j) (r+1,j) (r+1,j+1) to face outward; `tri` writes the reverse order.
  const tri = (a: number, b: number, c: number) => {
    triangles[k++] = a;
    triangles[k++] = c;
    triangles[k++] = b;
  };
  for (let r = 0; r + 1 < ringCount; r++) {
    for (let j = 0; j < around; j++) {
      const a = r * around + j;
      const b = r * around + ((j + 1) % around);
      const c = (r + 1) * around + ((j + 1) % around);
      const d = (r + 1) * around + j;
      tri(a, d, c);
      tri(a, c, b);
    }
  }
  const last = (ringCount - 1) * around;
  for (let j = 0; j < around; j++) {
    tri(rear, j, (j + 1) % around);
    tri(front, last + ((j + 1) % around), last + j);
  }
  return { mesh: { positions, triangles }, truth: shape.truth(), parameters: params };
}

interface FootShape {
  point(t: number, phi: number): readonly [number, number, number];
  truth(): SyntheticFootTruth;
}

/** Superellipse coordinate: sign(c)·|c|^(2/n). */
const se = (c: number, n: number) => Math.sign(c) * Math.abs(c) ** (2 / n);

function footShape(params: SyntheticFootParameters): FootShape {
  const L = params.lengthMm;
  const medial = params.side === 'right' ? 1 : -1;
  const heelHalf = params.heelWidthMm / 2;
  const ballHalf = params.ballWidthMm / 2;
  const waistHalf = 0.5 * (heelHalf + ballHalf) * 0.82;
  const halves = { heelHalf, waistHalf, ballHalf };
  const endScale = footPlanEndScale;
  const half = (t: number) => footPlanHalfWidth(t, halves);
  /** Toes drift medially so the longest toe is medial. */
  const centreY = (t: number) => medial * footPlanToeDrift(t, ballHalf);
  /** Height of the widest point of the section above the ground. */
  const midZ = (t: number) => lerp(0.07 * L, 0.4 * params.toeHeightMm, smoothstep(0.3, 0.9, t));
  /** Dorsal height before end rounding: rises to the instep, falls to the toes. */
  const baseTop = (t: number) => {
    const heelTop = 0.2 * L;
    if (t <= 0.5) return lerp(heelTop, params.dorsalHeightMm, smoothstep(0.1, 0.5, t));
    return lerp(params.dorsalHeightMm, params.toeHeightMm, smoothstep(0.5, 0.88, t));
  };
  const top = (t: number) => midZ(t) + (baseTop(t) - midZ(t)) * endScale(t);
  /** Lift of the sole: medial side only, 25–65 % of length, peak at 45 %. */
  const archBump = (t: number) => (t > 0.25 && t < 0.65 ? Math.sin((Math.PI * (t - 0.25)) / 0.4) ** 2 : 0);
  const bottomAt = (t: number, u: number) => {
    const lift = params.archHeightMm * archBump(t) * Math.max(0, medial * u) ** 1.5;
    return midZ(t) - (midZ(t) - lift) * endScale(t);
  };
  const point = (t: number, phi: number): readonly [number, number, number] => {
    const c = Math.cos(phi);
    const s = Math.sin(phi);
    const u = se(c, 3);
    const y = centreY(t) + half(t) * u;
    const mz = midZ(t);
    const z = s >= 0 ? mz + (top(t) - mz) * se(s, 2.2) : mz - (mz - bottomAt(t, u)) * Math.abs(s) ** (2 / 8);
    return [t * L, y, z];
  };

  const truth = (): SyntheticFootTruth => {
    const dense = 4000;
    const at = (t: number) => Array.from({ length: 720 }, (_, j) => point(t, (2 * Math.PI * j) / 720));
    let ballHalfMax = 0;
    let heelHalfMax = 0;
    let instep = 0;
    let toeBox = 0;
    let arch = 0;
    for (let i = 0; i <= dense; i++) {
      const t = i / dense;
      if (t >= 0.55 && t <= 0.85) ballHalfMax = Math.max(ballHalfMax, half(t));
      if (t <= 0.2 && midZ(t) <= 0.12 * L) heelHalfMax = Math.max(heelHalfMax, half(t));
      if (t >= 0.4 && t <= 0.65) instep = Math.max(instep, top(t));
      if (t >= 0.8) toeBox = Math.max(toeBox, top(t));
      if (t >= 0.3 && t <= 0.6 && i % 20 === 0) {
        // Lowest point of the medial quarter of the breadth.
        const w = half(t);
        const edge = centreY(t) + medial * w;
        let low = Infinity;
        for (const [, y, z] of at(t)) if (medial * (y - edge) >= -w / 2 && z < low) low = z;
        arch = Math.max(arch, low);
      }
    }
    const section = at(SYNTHETIC_BALL_AT).map(([, y, z]) => [y, z] as const);
    let girth = 0;
    for (let j = 0; j < section.length; j++) {
      const [y0, z0] = section[j] ?? [0, 0];
      const [y1, z1] = section[(j + 1) % section.length] ?? [0, 0];
      girth += Math.hypot(y1 - y0, z1 - z0);
    }
    return {
      lengthMm: L,
      ballWidthMm: 2 * ballHalfMax,
      heelWidthMm: 2 * heelHalfMax,
      ballGirthMm: girth,
      truncatedLengthMm: SYNTHETIC_BALL_AT * L,
      dorsalHeightAt50Mm: top(0.5),
      instepHeightMm: instep,
      plantarArchHeightMm: arch,
      toeBoxHeightMm: toeBox,
    };
  };
  return { point, truth };
}

import type { Mesh } from '../mesh/mesh.js';
import { sliceStationsInFrame } from './mesh-slice.js';
import type { Mat3, Vec3 } from './vec3.js';
import { meshBounds } from '../mesh/mesh-bounds.js';

/**
 * A description of a foot along its length, from sections every 1 % of length: enough to orient
 * the scan and to find the foot axis. Coordinates are those of the points given (x along the foot,
 * z up); fractions `t` run from the lowest x (0) to the highest (1), whichever end the heel is.
 */
export interface FootProfile {
  readonly minX: number;
  readonly maxX: number;
  readonly minZ: number;
  readonly maxWidth: number;
  readonly maxHeight: number;
  /** Breadth (y extent) of each section, one every 1 % of length from the lowest x, mm (0 where a section is empty). */
  readonly widthsMm: readonly number[];
  /** Widest breadth (y extent) within ±5 % of length around fraction t. */
  widthAt(t: number): number;
  /** Greatest height above the lowest point within ±5 % of length around fraction t. */
  heightAt(t: number): number;
  /** Middle of the breadth of the section at fraction t, below 12 % of length in height (the heel, not the leg above it). */
  lowCentreAt(t: number): { readonly x: number; readonly y: number };
  /** Where the profile is widest between fractions t0 and t1 (sections within 2 mm of the widest, weighted), and the middle of the breadth there (the ball, when that is the forefoot). */
  widestBetween(t0: number, t1: number): { readonly x: number; readonly y: number };
}

/**
 * Builds the profile of a foot-shaped mesh lying roughly along x with z up.
 *
 * @param mesh - vertices in a frame with x along the foot and z up
 * @returns the profile
 */
export function footProfile(mesh: Mesh): FootProfile {
  return profileOf(mesh, IDENTITY, [0, 0, 0]);
}

/** Sections along the length that the profile is read from (one every 1 % of length). */
const STATIONS = 100;
/** Sections this much narrower than the widest still count toward the ball's centre, mm. */
const WIDEST_BAND_MM = 2;
const IDENTITY: Mat3 = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
];

/**
 * {@link footProfile} in the coordinates `frame · (p − centre)`, without transforming the mesh.
 * Breadths and heights come from exact sections through the triangles, so the profile does not
 * depend on how the scanner laid out its vertices.
 */
export function profileOf(mesh: Mesh, frame: Mat3, centre: Vec3): FootProfile {
  const p = mesh.positions;
  const [[a00, a01, a02], , [a20, a21, a22]] = frame;
  const [cx, cy, cz] = centre;
  let minX = Infinity;
  let maxX = -Infinity;
  let minZ = Infinity;
  for (let i = 0; i < p.length; i += 3) {
    const dx = (p[i] ?? 0) - cx;
    const dy = (p[i + 1] ?? 0) - cy;
    const dz = (p[i + 2] ?? 0) - cz;
    const x = a00 * dx + a01 * dy + a02 * dz;
    const z = a20 * dx + a21 * dy + a22 * dz;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (z < minZ) minZ = z;
  }
  const length = Math.max(maxX - minX, 1e-9);
  const heelBand = minZ + 0.12 * length;
  const sections = sliceStationsInFrame(
    p,
    mesh.triangles,
    frame,
    centre,
    minX + (0.5 / STATIONS) * length,
    length / STATIONS,
    STATIONS,
  );
  const yMin = new Float64Array(STATIONS).fill(Infinity);
  const yMax = new Float64Array(STATIONS).fill(-Infinity);
  const zMax = new Float64Array(STATIONS).fill(-Infinity);
  const lowYMin = new Float64Array(STATIONS).fill(Infinity);
  const lowYMax = new Float64Array(STATIONS).fill(-Infinity);
  sections.forEach((section, b) => {
    for (let i = 0; i < section.length; i += 2) {
      const y = section[i] ?? 0;
      const z = section[i + 1] ?? 0;
      if (y < (yMin[b] ?? 0)) yMin[b] = y;
      if (y > (yMax[b] ?? 0)) yMax[b] = y;
      if (z > (zMax[b] ?? 0)) zMax[b] = z;
      if (z <= heelBand) {
        if (y < (lowYMin[b] ?? 0)) lowYMin[b] = y;
        if (y > (lowYMax[b] ?? 0)) lowYMax[b] = y;
      }
    }
  });
  const stationOf = (t: number) => Math.min(STATIONS - 1, Math.max(0, Math.floor(t * STATIONS)));
  const width = (b: number) => Math.max(0, (yMax[b] ?? 0) - (yMin[b] ?? 0));
  const height = (b: number) => ((zMax[b] ?? -Infinity) === -Infinity ? 0 : (zMax[b] ?? 0) - minZ);
  const windowed = (t: number, f: (b: number) => number) => {
    let best = 0;
    for (let b = stationOf(t - 0.05); b <= stationOf(t + 0.05); b++) best = Math.max(best, f(b));
    return best;
  };
  let maxWidth = 0;
  let maxHeight = 0;
  for (let b = 0; b < STATIONS; b++) {
    maxWidth = Math.max(maxWidth, width(b));
    maxHeight = Math.max(maxHeight, height(b));
  }
  const at = (b: number) => minX + ((b + 0.5) / STATIONS) * length;
  return {
    minX,
    maxX,
    minZ,
    maxWidth,
    maxHeight,
    widthsMm: Array.from({ length: STATIONS }, (_, b) => width(b)),
    widthAt: (t) => windowed(t, width),
    heightAt: (t) => windowed(t, height),
    lowCentreAt: (t) => {
      const b = stationOf(t);
      const lo = lowYMin[b] ?? Infinity;
      const hi = lowYMax[b] ?? -Infinity;
      const y = lo <= hi ? (lo + hi) / 2 : ((yMin[b] ?? 0) + (yMax[b] ?? 0)) / 2;
      return { x: at(b), y: Number.isFinite(y) ? y : 0 };
    },
    widestBetween: (t0, t1) => {
      // Every section within 2 mm of the greatest breadth, weighted down to nothing at 2 mm: the
      // widest single section would jump from one station to the next as the pose changes.
      let greatest = 0;
      for (let b = stationOf(t0); b <= stationOf(t1); b++) greatest = Math.max(greatest, width(b));
      let weight = 0;
      let sx = 0;
      let sy = 0;
      for (let b = stationOf(t0); b <= stationOf(t1); b++) {
        const w = 1 - (greatest - width(b)) / WIDEST_BAND_MM;
        if (!(w > 0)) continue;
        weight += w;
        sx += w * at(b);
        sy += (w * ((yMin[b] ?? 0) + (yMax[b] ?? 0))) / 2;
      }
      return weight > 0 ? { x: sx / weight, y: sy / weight } : { x: at(stationOf(t0)), y: 0 };
    },
  };
}

/**
 * Cues to the side from a foot in the foot frame (heel at x = 0, foot axis along +x): the mean y
 * of the foremost 2 mm (the longest toe is medial), and the x of the most +y and the most −y points
 * between 55 % and 85 % of length (the first metatarsal head lies further forward than the fifth).
 *
 * @param mesh - the aligned foot
 * @returns the cues
 */
export function forefootCues(mesh: Mesh): {
  readonly toeTipY: number;
  readonly plusYX: number;
  readonly minusYX: number;
} {
  const p = mesh.positions;
  const {
    min: [minX],
    max: [maxX],
  } = meshBounds(mesh);
  const length = maxX - minX;
  let tipSum = 0;
  let tipCount = 0;
  let plusY = -Infinity;
  let plusYX = 0;
  let minusY = Infinity;
  let minusYX = 0;
  for (let i = 0; i < p.length; i += 3) {
    const x = p[i] ?? 0;
    const y = p[i + 1] ?? 0;
    if (x >= maxX - 2) {
      tipSum += y;
      tipCount++;
    }
    const t = (x - minX) / length;
    if (t < 0.55 || t > 0.85) continue;
    if (y > plusY) {
      plusY = y;
      plusYX = x;
    }
    if (y < minusY) {
      minusY = y;
      minusYX = x;
    }
  }
  return { toeTipY: tipCount > 0 ? tipSum / tipCount : 0, plusYX, minusYX };
}

import type { Mesh } from '../mesh/mesh.js';
import { triangleArea } from '../mesh/triangle-normal.js';
import type { FootAlignment } from './align-foot.js';
import { dorsalHeightAtHalfLength, plantarArchHeight } from './midfoot-sections.js';
import { convexHullPerimeter, slicePoints, sliceStationsX } from './mesh-slice.js';
import { meshBounds } from '../mesh/mesh-bounds.js';

/** One measurement: value with unit, how it was taken, and how far it may be off. */
export interface Measurement {
  /** null when the scan does not show what is needed (for example no dorsum on a plantar scan). */
  readonly value: number | null;
  readonly unit: 'mm' | 'ratio';
  readonly method: string;
  /** Estimated accuracy, ± in the unit: mesh resolution plus the landmark method (groundup's estimate, not a validation). */
  readonly accuracy: number;
  /** Why the value is null. */
  readonly note?: string;
}

/** The measurements a pedorthist takes from a foot, from a scan in the foot frame. */
export interface FootMeasurements {
  readonly length: Measurement;
  readonly ballWidth: Measurement;
  readonly heelWidth: Measurement;
  readonly ballGirth: Measurement;
  readonly instepHeight: Measurement;
  /** Dorsal arch height at 50 % of foot length (the arch height index numerator). */
  readonly archHeight: Measurement;
  /** Height of the medial border of the sole above the ground under the arch. */
  readonly plantarArchHeight: Measurement;
  readonly truncatedLength: Measurement;
  readonly archHeightIndex: Measurement;
  readonly toeBoxHeight: Measurement;
  /** Points on the surface at the first and fifth metatarsal heads (most medial and most lateral forefoot points). */
  readonly landmarks: {
    readonly mth1: readonly [number, number, number];
    readonly mth5: readonly [number, number, number];
  };
  /** Typical edge length of the mesh, mm. */
  readonly resolutionMm: number;
}

/** Points within this breadth of the most medial (lateral) point locate the metatarsal head, mm. */
const LANDMARK_BAND_MM = 1;

const missing = (method: string, accuracy: number, note: string, unit: 'mm' | 'ratio' = 'mm'): Measurement => ({
  value: null,
  unit,
  method,
  accuracy,
  note,
});

/**
 * Measures a foot scan that is already in the foot frame (see `alignFoot`).
 *
 * Breadths are caliper breadths perpendicular to the foot axis (as ANSUR II's foot breadth and heel
 * breadth); heights are above the ground plane; the ball girth is the convex perimeter of the
 * vertical section through the first and fifth metatarsal heads; the arch height index is the
 * dorsal height at 50 % of foot length over the truncated foot length (Williams & McClay 2000, see
 * biomech-reference.md §1.2, definition [V2]).
 *
 * @param alignment - the scan in the foot frame, from `alignFoot` (its side decides which side is
 *   medial: +y for a right foot; a plantar-surface scan has no dorsal measures)
 * @returns the measurements
 */
export function measureFoot(alignment: FootAlignment): FootMeasurements {
  const { mesh, side, surface } = alignment;
  const p = mesh.positions;
  const medial: 1 | -1 = side === 'right' ? 1 : -1;
  const {
    min: [minX, , minZ],
    max: [maxX],
  } = meshBounds(mesh);
  const L = maxX - minX;
  const resolution = meshResolution(mesh, alignment.surfaceAreaMm2);
  const half = resolution / 2;
  const xAt = (t: number) => minX + t * L;

  let medialMost = -Infinity;
  let lateralMost = -Infinity;
  let heelLo = Infinity;
  let heelHi = -Infinity;
  let instep = -Infinity;
  let toeBox = -Infinity;
  const heelBand = minZ + 0.12 * L;
  const [x20, x40, x50, x55, x65, x80, x85] = [0.2, 0.4, 0.5, 0.55, 0.65, 0.8, 0.85].map(xAt) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  for (let i = 0; i < p.length; i += 3) {
    const x = p[i] ?? 0;
    const y = p[i + 1] ?? 0;
    const z = p[i + 2] ?? 0;
    if (x >= x55 && x <= x85 && medial * y > medialMost) medialMost = medial * y;
    if (x >= x50 && x <= x80 && -medial * y > lateralMost) lateralMost = -medial * y;
    if (x <= x20 && z <= heelBand) {
      if (y < heelLo) heelLo = y;
      if (y > heelHi) heelHi = y;
    }
    if (x >= x40 && x <= x65 && z > instep) instep = z;
    if (x >= x80 && z > toeBox) toeBox = z;
  }
  // Each head: the points within 1 mm of the extreme breadth, weighted down to nothing at 1 mm, so
  // that the landmark does not jump between near-equal vertices.
  const forefoot = forefootSections(mesh, x50, x85);
  const mth1 = landmark(forefoot, medial, x55, x85);
  const mth5 = landmark(forefoot, -medial as 1 | -1, x50, x80);
  const ballWidth = medialMost + lateralMost;
  const plantarArch = plantarArchHeight(alignment.midfoot, medial);
  const wholeFoot = surface === 'whole-foot';
  const noDorsum = 'The scan shows only the plantar surface, so there is no dorsum to measure.';

  const girthMethod = 'convex perimeter of the vertical section through MTH1 and MTH5';
  const ballGirthValue: Measurement = wholeFoot
    ? { value: ballGirth(mesh, mth1, mth5), unit: 'mm', method: girthMethod, accuracy: resolution + 3 }
    : missing(girthMethod, resolution + 3, noDorsum);
  let dorsal50: Measurement = missing('dorsal height at 50 % of foot length', half + 1, noDorsum);
  if (wholeFoot) {
    const top = dorsalHeightAtHalfLength(alignment.midfoot);
    dorsal50 = {
      value: top,
      unit: 'mm',
      method: 'highest point of the section at 50 % of foot length',
      accuracy: half + 1,
    };
  }
  const truncated = mth1[0] - minX;
  return {
    length: { value: L, unit: 'mm', method: 'rearmost to foremost point along the foot axis', accuracy: half + 1 },
    ballWidth: {
      value: ballWidth,
      unit: 'mm',
      method: 'caliper breadth across the metatarsal heads (55–85 % of length), perpendicular to the foot axis',
      accuracy: half + 1,
    },
    heelWidth: {
      value: heelHi - heelLo,
      unit: 'mm',
      method: 'caliper breadth of the rear 20 % of length, below 12 % of length in height',
      accuracy: half + 1.5,
    },
    ballGirth: ballGirthValue,
    instepHeight: wholeFoot
      ? {
          value: instep - minZ,
          unit: 'mm',
          method: 'highest dorsal point between 40 % and 65 % of length',
          accuracy: half + 1,
        }
      : missing('highest dorsal point between 40 % and 65 % of length', half + 1, noDorsum),
    archHeight: dorsal50,
    plantarArchHeight: {
      value: plantarArch,
      unit: 'mm',
      method: 'height of the lowest point of the medial quarter of the sole, highest over 30–60 % of length',
      accuracy: resolution + 1.5,
    },
    truncatedLength: {
      value: truncated,
      unit: 'mm',
      method: 'heel to the first metatarsal head (most medial forefoot point), along the foot axis',
      accuracy: resolution + 3,
    },
    archHeightIndex:
      dorsal50.value === null
        ? missing('dorsal height at 50 % ÷ truncated foot length (Williams & McClay 2000)', 0.02, noDorsum, 'ratio')
        : {
            value: dorsal50.value / truncated,
            unit: 'ratio',
            method: 'dorsal height at 50 % ÷ truncated foot length (Williams & McClay 2000)',
            accuracy: (half + 1) / truncated + (dorsal50.value * (resolution + 3)) / (truncated * truncated),
          },
    toeBoxHeight: wholeFoot
      ? { value: toeBox - minZ, unit: 'mm', method: 'highest point over the front 20 % of length', accuracy: half + 1 }
      : missing('highest point over the front 20 % of length', half + 1, noDorsum),
    landmarks: { mth1, mth5 },
    resolutionMm: resolution,
  };
}

/** Spacing of the sections that locate a metatarsal head, mm. */
const LANDMARK_STEP_MM = 0.5;

/** Exact sections across the forefoot every 0.5 mm from `fromX` to `toX`, read by {@link landmark}. */
interface ForefootSections {
  readonly fromX: number;
  /** Per section, the crossing points as interleaved `y, z` pairs. */
  readonly sections: readonly Float64Array[];
}

function forefootSections(mesh: Mesh, fromX: number, toX: number): ForefootSections {
  const count = Math.max(1, Math.floor((toX - fromX) / LANDMARK_STEP_MM) + 1);
  return { fromX, sections: sliceStationsX(mesh.positions, mesh.triangles, fromX, LANDMARK_STEP_MM, count) };
}

/**
 * A metatarsal head: the most medial (sign 1, for a right foot) or lateral point between `fromX`
 * and `toX`, read from exact sections through the triangles every 0.5 mm (so that it moves
 * continuously with the scan's pose, not from vertex to vertex), as the weighted mean of the
 * sections whose extreme lies within 1 mm of the greatest, weighted down to nothing at 1 mm.
 * NaN when no section between the two crosses the mesh (the range check then refuses the scan).
 */
function landmark(
  forefoot: ForefootSections,
  sign: 1 | -1,
  fromX: number,
  toX: number,
): readonly [number, number, number] {
  const stationXs: number[] = [];
  const reach: number[] = [];
  const heights: number[] = [];
  let extreme = -Infinity;
  forefoot.sections.forEach((section, s) => {
    const x = forefoot.fromX + s * LANDMARK_STEP_MM;
    if (x < fromX - 1e-9 || x > toX + 1e-9) return;
    let best = -Infinity;
    let height = 0;
    for (let i = 0; i + 1 < section.length; i += 2) {
      const y = sign * (section[i] ?? Number.NaN);
      if (y > best) {
        best = y;
        height = section[i + 1] ?? Number.NaN;
      }
    }
    stationXs.push(x);
    reach.push(best);
    heights.push(height);
    extreme = Math.max(extreme, best);
  });
  if (extreme === -Infinity) return [Number.NaN, Number.NaN, Number.NaN];
  let weight = 0;
  let sx = 0;
  let sz = 0;
  reach.forEach((r, k) => {
    const w = 1 - (extreme - r) / LANDMARK_BAND_MM;
    if (!(w > 0)) return;
    weight += w;
    sx += w * (stationXs[k] ?? Number.NaN);
    sz += w * (heights[k] ?? Number.NaN);
  });
  return [sx / weight, sign * extreme, sz / weight];
}

/** Typical edge length: that of an equilateral triangle of the mean triangle area. */
export function meshResolution(mesh: Mesh, knownArea?: number): number {
  const count = mesh.triangles.length / 3;
  if (count === 0) return 0;
  let area = knownArea ?? 0;
  if (knownArea === undefined) for (let k = 0; k < count; k++) area += triangleArea(mesh, k);
  return Math.sqrt((4 * (area / count)) / Math.sqrt(3));
}

function ballGirth(mesh: Mesh, mth1: readonly number[], mth5: readonly number[]): number {
  // Vertical plane through both heads: normal horizontal and perpendicular to MTH1→MTH5.
  let dx = (mth1[0] ?? 0) - (mth5[0] ?? 0);
  let dy = (mth1[1] ?? 0) - (mth5[1] ?? 0);
  const n = Math.hypot(dx, dy) || 1;
  dx /= n;
  dy /= n;
  const normal = [dy, -dx, 0] as const;
  const offset = normal[0] * (mth1[0] ?? 0) + normal[1] * (mth1[1] ?? 0);
  const points = slicePoints(mesh, normal, offset);
  const us: number[] = [];
  const vs: number[] = [];
  for (let i = 0; i < points.length; i += 3) {
    us.push(dx * (points[i] ?? 0) + dy * (points[i + 1] ?? 0));
    vs.push(points[i + 2] ?? 0);
  }
  return convexHullPerimeter(us, vs);
}

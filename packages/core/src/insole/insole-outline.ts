import type { ShoeWidth } from '../intake/patient-profile.js';
import { footPlanHalfWidth, footPlanToeDrift, lerp } from '../scan/foot-plan-shape.js';
import { ballWidthRatio } from './shoe-size.js';

/**
 * An outline in "station form": at increasing x, the lateral (low y) and medial (high y) border, in the
 * canonical frame of a right foot (+y medial). The first and last station may be tips (equal y) or a
 * straight cut (a three-quarter device).
 */
export interface StationOutline {
  readonly xs: Float64Array;
  /** Border toward −y (lateral for a right foot), mm. */
  readonly yLow: Float64Array;
  /** Border toward +y (medial for a right foot), mm. */
  readonly yHigh: Float64Array;
}

/** Stations along a parametric outline (cosine spacing: dense at the rounded ends). */
const PARAMETRIC_STATIONS = 240;

/**
 * A parametric foot outline of a right foot (heel at x = 0, +y medial): the plan shape of groundup's synthetic
 * foot (heel plateau to 22 % of length, waist at 42 %, ball at 70 %, elliptic heel and toe ends, toes drifting
 * medially), breadths by width class.
 *
 * @param footLengthMm - foot length, mm
 * @param width - width class
 * @param shape - `foot` (the synthetic foot's waist) or `last`: the plan of a shoe's insole board, whose
 *   heel and waist are fuller than a foot's (heel 75 %, waist 85 % of the ball breadth: groundup's
 *   approximation of a last, used to check that a device fits the shoe)
 * @returns the outline in station form
 */
export function parametricFootOutline(
  footLengthMm: number,
  width: ShoeWidth,
  shape: 'foot' | 'last' = 'foot',
): StationOutline {
  const L = footLengthMm;
  const ballHalf = (ballWidthRatio(width) * L) / 2;
  const heelHalf = ballHalf * (shape === 'last' ? 0.75 : 66 / 98);
  const waistHalf = shape === 'last' ? 0.85 * ballHalf : 0.41 * (heelHalf + ballHalf);
  const halves = { heelHalf, waistHalf, ballHalf };
  const n = PARAMETRIC_STATIONS;
  const xs = new Float64Array(n + 1);
  const yLow = new Float64Array(n + 1);
  const yHigh = new Float64Array(n + 1);
  for (let k = 0; k <= n; k++) {
    const t = (1 - Math.cos((Math.PI * k) / n)) / 2;
    const half = footPlanHalfWidth(t, halves);
    const centre = footPlanToeDrift(t, ballHalf);
    xs[k] = t * L;
    yLow[k] = centre - half;
    yHigh[k] = centre + half;
  }
  return { xs, yLow, yHigh };
}

/**
 * Moves every vertex of a closed polygon along its vertex normal (the mean of its two edges' outward
 * normals): a fast offset for smooth outlines such as a foot's.
 *
 * @param xs - x of the vertices (counter-clockwise)
 * @param ys - y of the vertices
 * @param outwardMm - distance, mm; negative moves inward
 * @returns the moved vertices
 */
export function offsetPolygon(
  xs: readonly number[],
  ys: readonly number[],
  outwardMm: number,
): { xs: number[]; ys: number[] } {
  const n = xs.length;
  const outX: number[] = [];
  const outY: number[] = [];
  for (let i = 0; i < n; i++) {
    const prev = (i + n - 1) % n;
    const next = (i + 1) % n;
    const x = xs[i] ?? 0;
    const y = ys[i] ?? 0;
    // Outward normal of a counter-clockwise edge (dx, dy) is (dy, −dx).
    const n1 = unit(y - (ys[prev] ?? 0), -(x - (xs[prev] ?? 0)));
    const n2 = unit((ys[next] ?? 0) - y, -((xs[next] ?? 0) - x));
    const m = unit(n1[0] + n2[0], n1[1] + n2[1]);
    outX.push(x + m[0] * outwardMm);
    outY.push(y + m[1] * outwardMm);
  }
  return { xs: outX, ys: outY };
}

function unit(x: number, y: number): [number, number] {
  const length = Math.hypot(x, y);
  return length > 0 ? [x / length, y / length] : [0, 0];
}

/**
 * Station form of a closed polygon that every vertical line crosses at most twice (a foot outline seen from
 * above): at stations every `stepMm`, the lowest and highest y where the line x = station crosses the polygon,
 * with the rearmost and foremost vertices as tips.
 *
 * @param xs - polygon x, mm
 * @param ys - polygon y, mm
 * @param stepMm - station spacing, mm
 * @returns the outline in station form (x increasing)
 */
export function polygonToStations(xs: readonly number[], ys: readonly number[], stepMm: number): StationOutline {
  const n = xs.length;
  let minX = Infinity;
  let maxX = -Infinity;
  let minAt = 0;
  let maxAt = 0;
  for (let i = 0; i < n; i++) {
    const x = xs[i] ?? 0;
    if (x < minX) {
      minX = x;
      minAt = i;
    }
    if (x > maxX) {
      maxX = x;
      maxAt = i;
    }
  }
  const count = Math.max(2, Math.ceil((maxX - minX) / stepMm));
  const stationXs = [minX];
  const lows = [ys[minAt] ?? 0];
  const highs = [ys[minAt] ?? 0];
  for (let k = 1; k < count; k++) {
    const x = minX + ((maxX - minX) * k) / count;
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < n; i++) {
      const j = (i + 1) % n;
      const x0 = xs[i] ?? 0;
      const x1 = xs[j] ?? 0;
      if ((x0 <= x && x1 > x) || (x1 <= x && x0 > x)) {
        const y = (ys[i] ?? 0) + (((ys[j] ?? 0) - (ys[i] ?? 0)) * (x - x0)) / (x1 - x0);
        lo = Math.min(lo, y);
        hi = Math.max(hi, y);
      }
    }
    if (lo > hi) continue;
    stationXs.push(x);
    lows.push(lo);
    highs.push(hi);
  }
  stationXs.push(maxX);
  lows.push(ys[maxAt] ?? 0);
  highs.push(ys[maxAt] ?? 0);
  return { xs: Float64Array.from(stationXs), yLow: Float64Array.from(lows), yHigh: Float64Array.from(highs) };
}

/**
 * The outline cut off square at `endX` (the front of a three-quarter or sulcus device).
 *
 * @param outline - the full outline
 * @param endX - where the device ends, mm; at or past the last station nothing is cut
 * @returns the trimmed outline
 */
export function trimStations(outline: StationOutline, endX: number): StationOutline {
  const last = outline.xs.length - 1;
  if (endX >= (outline.xs[last] ?? 0)) return outline;
  const xs: number[] = [];
  const lows: number[] = [];
  const highs: number[] = [];
  for (let k = 0; k <= last && (outline.xs[k] ?? 0) < endX; k++) {
    xs.push(outline.xs[k] ?? 0);
    lows.push(outline.yLow[k] ?? 0);
    highs.push(outline.yHigh[k] ?? 0);
  }
  const at = bordersAt(outline, endX);
  xs.push(endX);
  lows.push(at.low);
  highs.push(at.high);
  return { xs: Float64Array.from(xs), yLow: Float64Array.from(lows), yHigh: Float64Array.from(highs) };
}

/**
 * The two borders at x, linearly interpolated (clamped to the ends).
 *
 * @param outline - the outline
 * @param x - position along the foot, mm
 * @returns low (−y) and high (+y) border, mm
 */
export function bordersAt(outline: StationOutline, x: number): { low: number; high: number } {
  const xs = outline.xs;
  const last = xs.length - 1;
  if (x <= (xs[0] ?? 0)) return { low: outline.yLow[0] ?? 0, high: outline.yHigh[0] ?? 0 };
  if (x >= (xs[last] ?? 0)) return { low: outline.yLow[last] ?? 0, high: outline.yHigh[last] ?? 0 };
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] ?? 0) <= x) lo = mid;
    else hi = mid;
  }
  const x0 = xs[lo] ?? 0;
  const x1 = xs[hi] ?? 0;
  const u = x1 > x0 ? (x - x0) / (x1 - x0) : 0;
  return {
    low: lerp(outline.yLow[lo] ?? 0, outline.yLow[hi] ?? 0, u),
    high: lerp(outline.yHigh[lo] ?? 0, outline.yHigh[hi] ?? 0, u),
  };
}

/**
 * The outline as a closed counter-clockwise polygon (low border heel to toe, then high border back).
 *
 * @param outline - the outline in station form
 * @returns polygon vertices, mm, no repeated closing point
 */
export function stationsToPolygon(outline: StationOutline): { xs: number[]; ys: number[] } {
  const xs: number[] = [];
  const ys: number[] = [];
  const n = outline.xs.length;
  for (let k = 0; k < n; k++) {
    xs.push(outline.xs[k] ?? 0);
    ys.push(outline.yLow[k] ?? 0);
  }
  for (let k = n - 1; k >= 0; k--) {
    const tip = (k === 0 || k === n - 1) && (outline.yHigh[k] ?? 0) - (outline.yLow[k] ?? 0) < 1e-9;
    if (tip) continue;
    xs.push(outline.xs[k] ?? 0);
    ys.push(outline.yHigh[k] ?? 0);
  }
  return { xs, ys };
}

import type { Issue } from '../issue.js';
import type { FootAlignment } from './align-foot.js';
import type { FootMeasurements, Measurement } from './measure-foot.js';

/**
 * The rearfoot (20–30 % of length) is at most this share of the forefoot's breadth (70–80 %). In
 * ANSUR II (female, 1,986 feet, shared/testdata/ansur2-female) heel breadth ÷ foot breadth is at
 * most 0.92 (99th percentile 0.85); a box, a cylinder or an ellipsoid gives 1.0. groundup's threshold.
 */
const MAX_REAR_TO_FORE_BREADTH = 0.93;
/**
 * Both ends of a foot are rounded: the foremost and rearmost 7 % are at most this share of the
 * greatest breadth (0.49–0.71 on the real and synthetic feet in the tests; a foot cut behind the
 * toes ends as broad as its ball, 0.88–1.0). groundup's threshold.
 */
const MAX_END_TO_GREATEST_BREADTH = 0.85;

/** Windowed maximum of breadths over fractions [t0, t1] of length (heel first). */
function breadthOver(breadths: readonly number[], t0: number, t1: number): number {
  const n = breadths.length;
  let best = 0;
  for (let b = Math.floor(t0 * n); b < Math.min(n, Math.ceil(t1 * n)); b++) best = Math.max(best, breadths[b] ?? 0);
  return best;
}

/**
 * Checks that an aligned scan has the plan shape of one foot: a forefoot broader than the rearfoot
 * and both ends rounded (not a box, a cylinder, an ellipsoid or a foot
 * with its toes cut off).
 *
 * @param alignment - the scan in the foot frame
 * @returns a `not_a_foot` error, or null when the shape is a foot's
 */
export function footShapeIssue(alignment: FootAlignment): Issue | null {
  const breadths = alignment.breadthsMm;
  const greatest = Math.max(0, ...breadths);
  const fail = (why: string): Issue => ({
    severity: 'error',
    code: 'not_a_foot',
    path: 'mesh',
    message: `The shape is not a foot: ${why}.`,
  });
  if (!(greatest > 0)) return fail('it has no breadth');
  const rear = breadthOver(breadths, 0.2, 0.3);
  const fore = breadthOver(breadths, 0.7, 0.8);
  if (rear > MAX_REAR_TO_FORE_BREADTH * fore) {
    return fail(
      `its rear is as broad as its front (${rear.toFixed(0)} mm against ${fore.toFixed(0)} mm; a heel is at most ${Math.round(100 * MAX_REAR_TO_FORE_BREADTH)} % of the ball's breadth)`,
    );
  }
  const toe = breadthOver(breadths, 0.93, 1);
  const heel = breadthOver(breadths, 0, 0.07);
  if (toe > MAX_END_TO_GREATEST_BREADTH * greatest || heel > MAX_END_TO_GREATEST_BREADTH * greatest) {
    return fail(
      `an end is cut square (${Math.round((100 * Math.max(toe, heel)) / greatest)} % of the greatest breadth; the toes and the heel are rounded): a foot with its toes or heel cut off cannot be measured`,
    );
  }
  return null;
}

/**
 * Checks that every measurement is finite and within its physical range: lengths, breadths and
 * heights positive and no greater than the foot's length (the girth, a perimeter, no greater than π
 * times it), ratios between 0 and 1, the truncated length shorter than the foot.
 *
 * @param m - the measurements
 * @returns a `not_a_foot` error naming the first measurement out of range, or null
 */
export function measurementRangeIssue(m: FootMeasurements): Issue | null {
  const length = m.length.value;
  const fail = (name: string, value: number | null): Issue => ({
    severity: 'error',
    code: 'not_a_foot',
    path: `measurements.${name}`,
    message: `The shape is not a measurable foot: its ${name} would be ${String(value)}, outside the physical range.`,
  });
  if (length === null || !Number.isFinite(length) || length <= 0) return fail('length', length);
  const entries: readonly (readonly [string, Measurement, number])[] = [
    ['ballWidth', m.ballWidth, length],
    ['heelWidth', m.heelWidth, length],
    ['ballGirth', m.ballGirth, Math.PI * length],
    ['instepHeight', m.instepHeight, length],
    ['archHeight', m.archHeight, length],
    ['plantarArchHeight', m.plantarArchHeight, length],
    ['truncatedLength', m.truncatedLength, length],
    ['archHeightIndex', m.archHeightIndex, 1],
    ['toeBoxHeight', m.toeBoxHeight, length],
  ];
  for (const [name, measurement, max] of entries) {
    const v = measurement.value;
    if (v === null) continue;
    // The plantar arch height is 0 on a flat foot; everything else is strictly positive.
    const min = name === 'plantarArchHeight' ? 0 : Number.MIN_VALUE;
    if (
      !Number.isFinite(v) ||
      v < min ||
      v > max ||
      !Number.isFinite(measurement.accuracy) ||
      measurement.accuracy < 0
    ) {
      return fail(name, v);
    }
  }
  if (![...m.landmarks.mth1, ...m.landmarks.mth5, m.resolutionMm].every(Number.isFinite))
    return fail('landmarks', null);
  return null;
}

import type { Issue } from '../issue.js';
import type { MarkerTrajectories } from './read-trc.js';

/** One run of missing samples of one marker. */
export interface MarkerGap {
  readonly marker: string;
  /** First missing frame (0-based). */
  readonly fromFrame: number;
  /** Last missing frame (0-based, inclusive). */
  readonly toFrame: number;
  /** Whether {@link fillMarkerGaps} filled it. */
  readonly filled: boolean;
}

/**
 * Lists every gap (runs of frames where a marker has a NaN coordinate) and fills the short interior ones
 * by linear interpolation between the last valid frame before and the first valid frame after, each
 * coordinate separately. Gaps longer than `maxGapFrames`, and gaps at the start or end of the trial, are
 * left as NaN. Every gap is returned and a warning counts filled and unfilled gaps, so nothing is filled
 * silently.
 *
 * @param markers - the trial
 * @param maxGapFrames - longest gap filled, frames (0 fills none)
 * @returns the trial with short gaps filled, every gap, and warnings
 */
export function fillMarkerGaps(
  markers: MarkerTrajectories,
  maxGapFrames: number,
): { readonly markers: MarkerTrajectories; readonly gaps: readonly MarkerGap[]; readonly warnings: readonly Issue[] } {
  const nm = markers.markerNames.length;
  const n = markers.timeS.length;
  const xyz = Float64Array.from(markers.xyz);
  const gaps: MarkerGap[] = [];
  const missing = (f: number, m: number): boolean => {
    const o = (f * nm + m) * 3;
    return !Number.isFinite((xyz[o] ?? NaN) + (xyz[o + 1] ?? NaN) + (xyz[o + 2] ?? NaN));
  };
  for (let m = 0; m < nm; m++) {
    let f = 0;
    while (f < n) {
      if (!missing(f, m)) {
        f++;
        continue;
      }
      const from = f;
      while (f < n && missing(f, m)) f++;
      const to = f - 1;
      const interior = from > 0 && f < n;
      const fill = interior && to - from + 1 <= maxGapFrames;
      if (fill) {
        const a = ((from - 1) * nm + m) * 3;
        const b = (f * nm + m) * 3;
        for (let g = from; g <= to; g++) {
          const w = (g - from + 1) / (f - from + 1);
          for (let axis = 0; axis < 3; axis++) {
            const va = xyz[a + axis] ?? NaN;
            xyz[(g * nm + m) * 3 + axis] = va + w * ((xyz[b + axis] ?? NaN) - va);
          }
        }
      }
      gaps.push({ marker: markers.markerNames[m] ?? '', fromFrame: from, toFrame: to, filled: fill });
    }
  }
  const warnings: Issue[] = [];
  const filled = gaps.filter((g) => g.filled);
  const open = gaps.filter((g) => !g.filled);
  if (filled.length > 0)
    warnings.push({
      severity: 'warning',
      code: 'gaps_filled',
      path: 'markers',
      message: `${String(filled.length)} gaps of at most ${String(maxGapFrames)} frames filled by linear interpolation (${[...new Set(filled.map((g) => g.marker))].join(', ')}).`,
    });
  if (open.length > 0)
    warnings.push({
      severity: 'warning',
      code: 'marker_gaps',
      path: 'markers',
      message: `${String(open.length)} gaps left unfilled (longer than ${String(maxGapFrames)} frames or at the ends of the trial): ${[...new Set(open.map((g) => g.marker))].join(', ')}.`,
    });
  return { markers: { ...markers, xyz }, gaps, warnings };
}

import type { Issue } from '../issue.js';
import { eventsFromMarkers, type GaitEvent, type GaitSide } from './gait-events.js';
import type { MarkerTrajectories } from './read-trc.js';

/** Marker names used for marker-based events of one side. */
export interface FootMarkerNames {
  readonly heel: string;
  readonly toe: string;
  readonly pelvis: string;
}

const HEEL = /^(heel|hee|cal|calc)$/i;
const TOE = /^(toe[._]?tip|toe|mt2|mt1|met2|ttip)$/i;
const PELVIS = /^(v[._]?sacral|sacr|sacrum|rpsi|lpsi)$/i;

/**
 * Finds heel, toe and pelvis markers for one side by common names (e.g. `R.Heel`, `RHEE`, `RCAL`;
 * `R.Toe.Tip`, `RTOE`, `RMT2`; `V.Sacral`, `SACR`, `RPSI`).
 *
 * @param names - marker names in the trial
 * @param side - which foot
 * @returns the names, or null when one is missing
 */
export function findFootMarkers(names: readonly string[], side: GaitSide): FootMarkerNames | null {
  const prefix = side === 'right' ? /^(r|right)[._ ]?/i : /^(l|left)[._ ]?/i;
  const bare = (re: RegExp): string | undefined =>
    names.find((n) => prefix.test(n) && re.test(n.replace(prefix, ''))) ??
    names.find((n) => re.test(n) && !/^(r|l)/i.test(n));
  const heel = bare(HEEL);
  const toe = bare(TOE);
  const pelvis = names.find((n) => PELVIS.test(n));
  return heel === undefined || toe === undefined || pelvis === undefined ? null : { heel, toe, pelvis };
}

/**
 * Marker-based gait events of both sides ({@link eventsFromMarkers}, Zeni et al. 2008 [U]) along the lab
 * X axis, signed so that + points from heel to toe (so treadmill trials work too).
 *
 * @param markers - the trial
 * @returns events (trial time) and warnings naming missing markers
 */
export function markerGaitEvents(markers: MarkerTrajectories): {
  readonly events: readonly GaitEvent[];
  readonly warnings: readonly Issue[];
} {
  const events: GaitEvent[] = [];
  const warnings: Issue[] = [];
  const nm = markers.markerNames.length;
  const n = markers.timeS.length;
  const t0 = markers.timeS[0] ?? 0;
  for (const side of ['left', 'right'] as const) {
    const names = findFootMarkers(markers.markerNames, side);
    if (names === null) {
      warnings.push({
        severity: 'warning',
        code: 'missing_markers',
        path: side,
        message: `No heel, toe or pelvis marker found for the ${side} foot; no marker events.`,
      });
      continue;
    }
    const idx = (name: string): number => markers.markerNames.indexOf(name);
    const [h, t, p] = [idx(names.heel), idx(names.toe), idx(names.pelvis)];
    const x = (f: number, k: number): number => markers.xyz[(f * nm + k) * 3] ?? NaN;
    let sum = 0;
    for (let f = 0; f < n; f++) {
      const d = x(f, t) - x(f, h);
      if (!Number.isNaN(d)) sum += d;
    }
    const dir = Math.sign(sum) || 1;
    const heel = Float64Array.from({ length: n }, (_, f) => dir * (x(f, h) - x(f, p)));
    const toe = Float64Array.from({ length: n }, (_, f) => dir * (x(f, t) - x(f, p)));
    for (const e of eventsFromMarkers(heel, toe, markers.rateHz, side)) events.push({ ...e, timeS: e.timeS + t0 });
  }
  return { events: events.sort((a, b) => a.timeS - b.timeS), warnings };
}

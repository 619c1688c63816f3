import type { Issue } from '../issue.js';
import { paramNumber, paramNumbers, paramStrings } from './c3d-parameters.js';
import type { GaitEvent } from './gait-events.js';
import type { C3dFile } from './read-c3d.js';

/** An event of the C3D EVENT group that is not a foot strike or foot off of a side (kept as read). */
export interface C3dOtherEvent {
  readonly label: string;
  readonly context: string;
  /** Seconds from the first stored frame. */
  readonly timeS: number;
}

/**
 * Events stored in a C3D file's EVENT group (EVENT:USED, CONTEXTS, LABELS, TIMES as minutes and seconds
 * pairs). "Foot Strike" / "Foot Off" in context "Left" / "Right" become gait events (any case, spaces
 * or underscores); others are returned as read. Times are moved to the trial clock: seconds from the
 * first stored frame, i.e. minus (first frame − 1) / point rate.
 *
 * @param c3d - a decoded file
 * @returns gait events (source `file`), other events and warnings for inconsistent parameters
 */
export function c3dEvents(c3d: C3dFile): {
  readonly events: readonly GaitEvent[];
  readonly other: readonly C3dOtherEvent[];
  readonly warnings: readonly Issue[];
} {
  const p = c3d.parameters;
  const used = paramNumber(p, 'EVENT:USED', 0);
  const warnings: Issue[] = [];
  const events: GaitEvent[] = [];
  const other: C3dOtherEvent[] = [];
  if (used <= 0) return { events, other, warnings };
  const contexts = paramStrings(p, 'EVENT:CONTEXTS');
  const labels = paramStrings(p, 'EVENT:LABELS');
  const times = paramNumbers(p, 'EVENT:TIMES');
  const shift = (c3d.firstFrame - 1) / c3d.pointRateHz;
  const n = Math.min(used, labels.length, Math.floor(times.length / 2));
  if (n < used)
    warnings.push({
      severity: 'warning',
      code: 'bad_events',
      path: 'parameter EVENT:USED',
      message: `EVENT:USED says ${String(used)} but labels or times hold ${String(n)}; reading ${String(n)}.`,
    });
  for (let i = 0; i < n; i++) {
    const timeS = (times[2 * i] ?? 0) * 60 + (times[2 * i + 1] ?? 0) - shift;
    const label = labels[i] ?? '';
    const context = contexts[i] ?? '';
    const key = label.toLowerCase().replace(/[\s_-]+/g, ' ');
    const side = /^left/i.test(context) ? 'left' : /^right/i.test(context) ? 'right' : null;
    const kind = key === 'foot strike' ? 'foot-strike' : key === 'foot off' ? 'foot-off' : null;
    if (side !== null && kind !== null) events.push({ side, kind, timeS, source: 'file' });
    else other.push({ label, context, timeS });
  }
  events.sort((a, b) => a.timeS - b.timeS);
  return { events, other, warnings };
}

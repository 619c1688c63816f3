import type { Issue } from '../issue.js';
import { c3dEvents } from './c3d-events.js';
import { forcePlatforms } from './force-platforms.js';
import { eventsFromForce, type GaitEvent } from './gait-events.js';
import { markerGaitEvents } from './marker-events.js';
import { forcePlateEvents, type ForcePlateContact } from './plate-events.js';
import type { C3dFile } from './read-c3d.js';
import type { MotionTable } from './read-mot.js';
import type { MarkerTrajectories } from './read-trc.js';

/** Where a trial's gait events came from, best first. */
export type GaitEventSource = 'grf' | 'c3d-events' | 'force-plates+markers' | 'markers';

/** The gait events of one trial and where they came from. */
export interface GaitEventSelection {
  /** Every event, sorted by time. */
  readonly events: readonly GaitEvent[];
  readonly source: GaitEventSource;
  /** Force-plate contacts (a C3D with plates), else empty. */
  readonly contacts: readonly ForcePlateContact[];
  readonly warnings: readonly Issue[];
}

/** What a trial offers to find its events in: the markers, and the C3D they came from or an OpenSim GRF table. */
export interface GaitEventInputs {
  readonly markers: MarkerTrajectories;
  /** The C3D file the markers were read from (its stored EVENT group and force plates), if any. */
  readonly c3d?: C3dFile | null;
  /** An OpenSim ground-reaction-force table (`ground_force_vy` right, `1_ground_force_vy` left), if any. */
  readonly grf?: MotionTable | null;
}

/** Marker events further than this from every force event of their side and kind fill the trial around the plates, s. */
const PAIR_WINDOW_S = 0.2;

/**
 * Chooses a trial's gait events, one rule for every caller (`groundup motion analyze` and the
 * assessment): the vertical force of a GRF table when one is given; else the events stored in the
 * C3D; else its force plates, with marker events filling the strides off the plates (shifted by
 * their measured lag to the plate events); else the marker events (Zeni 2008).
 *
 * @param inputs - the markers and, when present, the C3D or the GRF table
 * @returns the events, their source, the plate contacts and warnings
 */
export function selectGaitEvents(inputs: GaitEventInputs): GaitEventSelection {
  const warnings: Issue[] = [];
  const { markers } = inputs;
  const c3d = inputs.c3d ?? null;
  const fromMarkers = (): GaitEvent[] => {
    const m = markerGaitEvents(markers);
    warnings.push(...m.warnings);
    return [...m.events];
  };
  let events: GaitEvent[] = [];
  let contacts: readonly ForcePlateContact[] = [];
  let source: GaitEventSource = 'markers';
  if (inputs.grf !== undefined && inputs.grf !== null) {
    events = grfEvents(inputs.grf, warnings);
    source = 'grf';
  } else if (c3d !== null) {
    const stored = c3dEvents(c3d);
    if (stored.events.length > 0) {
      warnings.push(...stored.warnings);
      events = [...stored.events];
      source = 'c3d-events';
    } else {
      const { plates, warnings: plateWarnings } = forcePlatforms(c3d);
      warnings.push(...plateWarnings);
      if (plates.length > 0) {
        const p = forcePlateEvents(plates, markers);
        warnings.push(...p.warnings);
        contacts = p.contacts;
        events = [...p.events, ...fillFromMarkers(p.events, fromMarkers(), warnings)];
        source = p.events.length > 0 ? 'force-plates+markers' : 'markers';
      }
    }
  }
  if (events.length === 0) {
    events = fromMarkers();
    source = 'markers';
  }
  events.sort((a, b) => a.timeS - b.timeS);
  return { events, source, contacts, warnings };
}

/** Events from the vertical force columns of an OpenSim GRF table, on the table's clock. */
function grfEvents(table: MotionTable, warnings: Issue[]): GaitEvent[] {
  const t = table.columns[0] ?? new Float64Array(0);
  const first = t[0] ?? Number.NaN;
  const last = t[t.length - 1] ?? Number.NaN;
  const rate = t.length > 1 && last > first ? (t.length - 1) / (last - first) : 0;
  const events: GaitEvent[] = [];
  if (!(rate > 0)) {
    warnings.push({
      severity: 'warning',
      code: 'no_time',
      path: 'grf.time',
      message: 'The GRF table has no increasing time column: no force events.',
    });
    return events;
  }
  for (const [side, column] of [
    ['right', 'ground_force_vy'],
    ['left', '1_ground_force_vy'],
  ] as const) {
    const c = table.columns[table.columnNames.indexOf(column)];
    if (c === undefined) {
      warnings.push({
        severity: 'warning',
        code: 'missing_column',
        path: column,
        message: `${column} is not in the GRF file.`,
      });
      continue;
    }
    events.push(...eventsFromForce(c, rate, side).map((e) => ({ ...e, timeS: e.timeS + first })));
  }
  return events;
}

/**
 * Marker events that fill the trial around the plate events: those of a side and kind more than 0.2 s from
 * every plate event of that side and kind, shifted by the mean lag of the marker events of that side and
 * kind (else of that kind) that do pair with a plate event (Zeni events run early or late against a force
 * threshold), with a warning giving each lag.
 */
function fillFromMarkers(plate: readonly GaitEvent[], markers: readonly GaitEvent[], warnings: Issue[]): GaitEvent[] {
  const pair = (m: GaitEvent): GaitEvent | undefined =>
    plate.find((p) => p.side === m.side && p.kind === m.kind && Math.abs(p.timeS - m.timeS) < PAIR_WINDOW_S);
  const lagOf = (keep: (m: GaitEvent) => boolean): number | null => {
    const lags = markers.filter(keep).flatMap((m) => {
      const p = pair(m);
      return p === undefined ? [] : [p.timeS - m.timeS];
    });
    return lags.length === 0 ? null : lags.reduce((x, y) => x + y, 0) / lags.length;
  };
  const out: GaitEvent[] = [];
  for (const kind of ['foot-strike', 'foot-off'] as const) {
    for (const side of ['left', 'right'] as const) {
      const lag = lagOf((m) => m.kind === kind && m.side === side) ?? lagOf((m) => m.kind === kind);
      if (lag === null) continue;
      warnings.push({
        severity: 'warning',
        code: 'marker_events_shifted',
        path: `${side} ${kind}`,
        message: `Marker ${side} ${kind} events moved by ${(lag * 1000).toFixed(0)} ms, their lag to the force-plate events of this trial.`,
      });
      for (const m of markers) {
        if (m.kind === kind && m.side === side && pair(m) === undefined) out.push({ ...m, timeS: m.timeS + lag });
      }
    }
  }
  return out;
}

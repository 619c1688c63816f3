import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testdataOrSkip } from '../../../../test-support/testdata.js';
import { eventsFromForce, eventsFromMarkers, type GaitEvent, type GaitSide } from './gait-events.js';
import { readMot } from './read-mot.js';
import { markerGaitEvents } from './marker-events.js';
import { readTrc, type MarkerTrajectories } from './read-trc.js';

/** Marker X relative to the pelvis marker, signed so that +1 points from heel to toe (works on a treadmill too). */
function forward(m: MarkerTrajectories, name: string, pelvis: string, heel: string, toe: string): Float64Array {
  const k = m.markerNames.indexOf(name);
  const p = m.markerNames.indexOf(pelvis);
  const h = m.markerNames.indexOf(heel);
  const t = m.markerNames.indexOf(toe);
  const nm = m.markerNames.length;
  const n = m.timeS.length;
  let sum = 0;
  for (let f = 0; f < n; f++) sum += (m.xyz[(f * nm + t) * 3] ?? 0) - (m.xyz[(f * nm + h) * 3] ?? 0);
  const dir = Math.sign(sum) || 1;
  return Float64Array.from(
    { length: n },
    (_, f) => dir * ((m.xyz[(f * nm + k) * 3] ?? NaN) - (m.xyz[(f * nm + p) * 3] ?? NaN)),
  );
}

describe('eventsFromForce', () => {
  it('finds one strike and one foot off on a synthetic stance, interpolated to the threshold crossing', () => {
    const fz = [0, 0, 10, 30, 500, 700, 500, 30, 10, 0];
    const ev = eventsFromForce(fz, 100, 'left', 20, 0.01);
    expect(ev.map((e) => e.kind)).toEqual(['foot-strike', 'foot-off']);
    expect(ev[0]!.timeS).toBeCloseTo(0.025, 6);
    expect(ev[1]!.timeS).toBeCloseTo(0.075, 6);
  });

  it('ignores a contact shorter than the minimum stance', () => {
    expect(eventsFromForce([0, 100, 0, 0], 100, 'right', 20, 0.05)).toEqual([]);
  });
});

describe('events on the gait2354 walk', () => {
  it('agree between the GRF file and the heel/toe markers within two frames', (ctx) => {
    const grfPath = testdataOrSkip(ctx, 'opensim-gait2354-walk/subject01_walk1_grf.mot');
    const trcPath = testdataOrSkip(ctx, 'opensim-gait2354-walk/subject01_walk1.trc');
    const grf = readMot(readFileSync(grfPath, 'utf8'));
    const trc = readTrc(readFileSync(trcPath, 'utf8'));
    if (!grf.ok || !trc.ok) throw new Error('read failed');
    const time = grf.table.columns[0]!;
    const rate = (time.length - 1) / (time[time.length - 1]! - time[0]!);
    const sides: [GaitSide, string, string][] = [
      ['right', 'ground_force_vy', 'R.'],
      ['left', '1_ground_force_vy', 'L.'],
    ];
    const m = trc.markers;
    const frame = 1 / m.rateHz;
    let matched = 0;
    for (const [side, col, pre] of sides) {
      const fz = grf.table.columns[grf.table.columnNames.indexOf(col)]!;
      const byForce = eventsFromForce(fz, rate, side).map((e) => ({ ...e, timeS: e.timeS + time[0]! }));
      const byMarkers = eventsFromMarkers(
        forward(m, `${pre}Heel`, 'V.Sacral', `${pre}Heel`, `${pre}Toe.Tip`),
        forward(m, `${pre}Toe.Tip`, 'V.Sacral', `${pre}Heel`, `${pre}Toe.Tip`),
        m.rateHz,
        side,
      ).map((e): GaitEvent => ({ ...e, timeS: e.timeS + m.timeS[0]! }));
      // The marker method needs 0.3 s either side of an event (its extremum window): compare those events only.
      const t0 = m.timeS[0]! + 0.3;
      const t1 = m.timeS[m.timeS.length - 1]! - 0.3;
      for (const e of byForce.filter((x) => x.timeS >= t0 && x.timeS <= t1)) {
        const near = byMarkers.filter((x) => x.kind === e.kind);
        const best = Math.min(...near.map((x) => Math.abs(x.timeS - e.timeS)));
        expect(best, `${side} ${e.kind} at ${e.timeS}`).toBeLessThanOrEqual(2 * frame + 1e-9);
        matched++;
      }
    }
    expect(matched).toBeGreaterThanOrEqual(3);
    const auto = markerGaitEvents(m);
    expect(auto.warnings).toEqual([]);
    expect(auto.events.length).toBeGreaterThanOrEqual(4);
  });

  it('finds events for the Hamner running trial from its markers', (ctx) => {
    const trcPath = testdataOrSkip(ctx, 'opensim-hamner-running/subject02_running.trc');
    const trc = readTrc(readFileSync(trcPath, 'utf8'));
    if (!trc.ok) throw new Error('read failed');
    const { events } = markerGaitEvents(trc.markers);
    expect(events.filter((e) => e.side === 'right' && e.kind === 'foot-strike').length).toBeGreaterThanOrEqual(3);
    expect(events.filter((e) => e.side === 'left' && e.kind === 'foot-off').length).toBeGreaterThanOrEqual(3);
  });
});

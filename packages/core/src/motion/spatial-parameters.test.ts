import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testdataOrSkip } from '../../../../test-support/testdata.js';
import { eventsFromForce, type GaitEvent } from './gait-events.js';
import { markerGaitEvents } from './marker-events.js';
import { readMot } from './read-mot.js';
import { readTrc, type MarkerTrajectories } from './read-trc.js';
import { spatialParameters } from './spatial-parameters.js';
import { spatiotemporal } from './spatiotemporal.js';

/**
 * A synthetic walk at 100 Hz, lab X forward, Y up, Z right, mm: strides of 1.2 m every 1.0 s (speed 1.2 m/s),
 * right strike at 0, 1, 2 s, left at 0.5, 1.5, 2.5 s, stance 0.6 s, heels 0.2 m apart. Each foot stands
 * still (overground) or moves back at `belt` m/s (treadmill) in stance and swings forward in swing.
 */
function walk(belt: number): { markers: MarkerTrajectories; events: GaitEvent[] } {
  const rate = 100;
  const n = 320;
  const speed = 1.2;
  const names = ['R.Heel', 'R.Toe.Tip', 'L.Heel', 'L.Toe.Tip', 'V.Sacral'];
  const xyz = new Float64Array(n * names.length * 3);
  const events: GaitEvent[] = [];
  const frame = -belt; // the lab moves with the belt: positions are ground positions minus belt travel
  for (const [k, side, phase, z, start] of [
    [0, 'right', 0, 100, 0],
    [2, 'left', 0.5, -100, 0.6],
  ] as const) {
    for (let c = -1; c < 4; c++) {
      const strike = phase + c;
      if (strike > 0 && strike < 3.1) events.push({ side, kind: 'foot-strike', timeS: strike, source: 'force' });
      if (strike + 0.6 > 0 && strike + 0.6 < 3.1)
        events.push({ side, kind: 'foot-off', timeS: strike + 0.6, source: 'force' });
    }
    for (let f = 0; f < n; f++) {
      const t = f / rate;
      const c = Math.floor(t - phase);
      const u = t - phase - c; // 0..1 in the cycle
      // Ground position of the heel: fixed in stance at c·1.2 m, moves 1.2 m during swing (0.6..1.0).
      const ground = start + c * 1.2 + (u < 0.6 ? 0 : (1.2 * (u - 0.6)) / 0.4);
      const x = (ground + frame * t) * 1000;
      xyz.set([x, 50, z], (f * names.length + k) * 3);
      xyz.set([x + 250, 30, z + Math.sign(z) * 10], (f * names.length + k + 1) * 3);
    }
  }
  for (let f = 0; f < n; f++) {
    const t = f / rate;
    xyz.set([((speed + frame) * t + 0.3) * 1000, 1000, 0], (f * names.length + 4) * 3);
  }
  return {
    markers: {
      kind: 'MarkerTrajectories',
      rateHz: rate,
      units: 'mm',
      markerNames: names,
      timeS: Float64Array.from({ length: n }, (_, f) => f / rate),
      xyz,
    },
    events,
  };
}

describe('spatialParameters', () => {
  for (const belt of [0, 1.2]) {
    it(`gives stride 1.2 m, step 0.6 m, width 0.2 m and speed 1.2 m/s ${belt === 0 ? 'overground' : 'on a treadmill'}`, () => {
      const { markers, events } = walk(belt);
      const { spatial, warnings } = spatialParameters(markers, events);
      expect(warnings).toEqual([]);
      expect(spatial.strideLengthM.right).toBeCloseTo(1.2, 6);
      expect(spatial.strideLengthM.left).toBeCloseTo(1.2, 6);
      expect(spatial.stepLengthM.right).toBeCloseTo(0.6, 6);
      expect(spatial.stepLengthM.left).toBeCloseTo(0.6, 6);
      expect(spatial.stepWidthM).toBeCloseTo(0.2, 6);
      expect(spatial.walkingSpeedMps).toBeCloseTo(1.2, 6);
      expect(spatial.surfaceSpeedMps).toBeCloseTo(-belt, 6);
      expect(spatial.stepLengthSymmetryPct).toBeCloseTo(0, 6);
      expect(spatial.progression[0]).toBeCloseTo(1, 6);
    });
  }

  it('warns and returns NaN without heel markers', () => {
    const { markers, events } = walk(0);
    const r = spatialParameters({ ...markers, markerNames: ['a', 'b', 'c', 'd', 'e'] }, events);
    expect(r.spatial.strideLengthM.right).toBeNaN();
    expect(r.warnings.map((w) => w.code)).toEqual(['missing_markers']);
  });

  it('gives plausible walking figures for the gait2354 treadmill walk (GRF events)', (ctx) => {
    const trcPath = testdataOrSkip(ctx, 'opensim-gait2354-walk/subject01_walk1.trc');
    const grfPath = testdataOrSkip(ctx, 'opensim-gait2354-walk/subject01_walk1_grf.mot');
    const trc = readTrc(readFileSync(trcPath, 'utf8'));
    const grf = readMot(readFileSync(grfPath, 'utf8'));
    if (!trc.ok || !grf.ok) throw new Error('read failed');
    const time = grf.table.columns[0]!;
    const rate = (time.length - 1) / (time[time.length - 1]! - time[0]!);
    const events = [
      ...eventsFromForce(grf.table.columns[grf.table.columnNames.indexOf('ground_force_vy')]!, rate, 'right'),
      ...eventsFromForce(grf.table.columns[grf.table.columnNames.indexOf('1_ground_force_vy')]!, rate, 'left'),
    ];
    const { spatial } = spatialParameters(trc.markers, events);
    const temporal = spatiotemporal(events);
    // Plausibility ranges for adult walking (not normative values): speed 1.0–1.6 m/s, stride 1.0–1.8 m,
    // step 0.5–0.9 m, step width 0.02–0.30 m; stride length ≈ speed × stride time within 5 %.
    expect(spatial.walkingSpeedMps).toBeGreaterThan(1.0);
    expect(spatial.walkingSpeedMps).toBeLessThan(1.6);
    // 2.5 s of data hold one right stride between GRF strikes (the left has one strike only).
    expect(spatial.strideLengthM.left).toBeNaN();
    expect(spatial.strideLengthM.right).toBeGreaterThan(1.0);
    expect(spatial.strideLengthM.right).toBeLessThan(1.8);
    for (const s of ['left', 'right'] as const) {
      expect(spatial.stepLengthM[s]).toBeGreaterThan(0.5);
      expect(spatial.stepLengthM[s]).toBeLessThan(0.9);
    }
    expect(spatial.stepWidthM).toBeGreaterThan(0.02);
    expect(spatial.stepWidthM).toBeLessThan(0.3);
    const stride = spatial.strideLengthM.right;
    const strideTime = temporal.strideTimeS.right;
    expect(Math.abs(stride / strideTime / spatial.walkingSpeedMps - 1)).toBeLessThan(0.05);
    // A stride is a left step and a right step: the two step lengths add up to the stride within 5 %
    // (the steps are taken at different strikes of a treadmill walk, hence not exactly).
    expect(Math.abs((spatial.stepLengthM.left + spatial.stepLengthM.right) / stride - 1)).toBeLessThan(0.05);
    // Cadence is two steps per stride: 120 / stride time (s) steps per minute, within 5 %.
    expect(Math.abs(temporal.cadenceStepsPerMin / (120 / strideTime) - 1)).toBeLessThan(0.05);
  });

  it('gives plausible running figures for the Hamner treadmill run (GRF events; marker events for distances)', (ctx) => {
    const trcPath = testdataOrSkip(ctx, 'opensim-hamner-running/subject02_running.trc');
    const grfPath = testdataOrSkip(ctx, 'opensim-hamner-running/subject02_running_grf.mot');
    const trc = readTrc(readFileSync(trcPath, 'utf8'));
    const grf = readMot(readFileSync(grfPath, 'utf8'));
    if (!trc.ok || !grf.ok) throw new Error('read failed');
    const time = grf.table.columns[0]!;
    const rate = (time.length - 1) / (time[time.length - 1]! - time[0]!);
    const events = [
      ...eventsFromForce(grf.table.columns[grf.table.columnNames.indexOf('ground_force_vy')]!, rate, 'right'),
      ...eventsFromForce(grf.table.columns[grf.table.columnNames.indexOf('1_ground_force_vy')]!, rate, 'left'),
    ];
    const byMarkers = spatialParameters(trc.markers, markerGaitEvents(trc.markers).events).spatial;
    const { spatial } = spatialParameters(trc.markers, events);
    const temporal = spatiotemporal(events);
    // Running plausibility (not normative values): speed 2.5–6 m/s, stride 1.8–4.5 m, stance under 45 %.
    expect(spatial.walkingSpeedMps).toBeGreaterThan(2.5);
    expect(spatial.walkingSpeedMps).toBeLessThan(6);
    expect(spatial.strideLengthM.right).toBeGreaterThan(1.8);
    expect(spatial.strideLengthM.right).toBeLessThan(4.5);
    expect(temporal.stancePct.right).toBeLessThan(45);
    expect(temporal.stancePct.right).toBeGreaterThan(0);
    // Steps add up to strides on both feet (within 5 %), by markers and by force alike.
    for (const figures of [spatial, byMarkers])
      for (const s of ['left', 'right'] as const)
        expect(
          Math.abs((figures.stepLengthM.left + figures.stepLengthM.right) / figures.strideLengthM[s] - 1),
        ).toBeLessThan(0.05);
    // Marker events (Zeni) place running stance late and long, so the belt speed read from mid-stance is
    // lower: within 10 % of the GRF-based figure.
    expect(Math.abs(byMarkers.walkingSpeedMps / spatial.walkingSpeedMps - 1)).toBeLessThan(0.1);
  });
});

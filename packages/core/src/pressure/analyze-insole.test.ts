import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testdataFile } from '../../../../test-support/testdata.js';
import { analyzeInsole } from './analyze-insole.js';
import type { InsoleRecording } from './pressure-recording.js';
import { readPressure } from './read-pressure.js';
import { segmentSteps } from './segment-steps.js';

function loadInsole(relative: string): InsoleRecording | null {
  const file = testdataFile(relative);
  if (file === null) return null;
  const result = readPressure(new Uint8Array(readFileSync(file)));
  if (!result.ok || result.value.kind !== 'insole') throw new Error(`cannot read ${relative}`);
  return result.value;
}

describe('step segmentation', () => {
  it('finds no step in an all-zero signal', () => {
    expect(segmentSteps(new Float64Array(500))).toEqual([]);
  });

  it('finds each contact of a square wave and drops blips shorter than the minimum', () => {
    const load = Array.from({ length: 100 }, (_, i) => (i % 20 < 10 ? 100 : 0));
    load[15] = 100;
    expect(segmentSteps(load).map((s) => [s.startFrame, s.endFrame])).toEqual([
      [0, 9],
      [20, 29],
      [40, 49],
      [60, 69],
      [80, 89],
    ]);
  });
});

describe('insole analysis on real recordings', () => {
  it('finds every stance of both feet in the pedar example, the peak sensors, and heel-to-toe COP travel', (ctx) => {
    const rec = loadInsole('pedar-insole-example/pressure_example.asc');
    if (rec === null) return ctx.skip('test data is absent');
    const analysis = analyzeInsole(rec);
    const [left, right] = analysis.feet;
    // SOURCE.md counts ~18–19 contacts per side at 10 % of the maximum total load; we count the standing phases
    // cut by the start and end of the recording as two more (partial) contacts.
    expect(left!.steps.filter((s) => !s.partial)).toHaveLength(18);
    expect(right!.steps.filter((s) => !s.partial)).toHaveLength(17);
    expect([left!.peakValue, left!.peakSensor, right!.peakValue, right!.peakSensor]).toEqual([320, '12', 365, '90']);
    for (const foot of analysis.feet) {
      // The straight walking bout: the first 15 full stances (the last ones are the walker stopping and turning,
      // where the COP need not travel heel to toe).
      for (const step of foot.steps.filter((s) => !s.partial).slice(0, 15)) {
        // Heel-first to toe-off: the COP ends well forward of where it starts (mask is 816 px long).
        const first = step.copXs[0]!;
        const last = step.copXs[step.copXs.length - 1]!;
        expect(last - first).toBeGreaterThan(200);
        expect(step.contactTimeS).toBeGreaterThan(0.4);
        expect(step.contactTimeS).toBeLessThan(1.2);
      }
    }
    expect(analysis.cadenceStepsPerMin).toBeGreaterThan(80);
    expect(analysis.cadenceStepsPerMin).toBeLessThan(130);
  });

  it('gives plausible stance and stride times for the healthy PhysioNet walker', (ctx) => {
    const rec = loadInsole('physionet-gaitpdb-sample/GaCo01_01.txt');
    if (rec === null) return ctx.skip('test data is absent');
    const analysis = analyzeInsole(rec);
    for (const foot of analysis.feet) {
      expect(foot.steps.length).toBeGreaterThan(80);
      // Healthy walking: stride ≈ 1.0–1.3 s, stance ≈ 60 % of the stride.
      expect(foot.strideTimeS).toBeGreaterThan(0.9);
      expect(foot.strideTimeS).toBeLessThan(1.4);
      const stancePct = (foot.meanContactTimeS! / foot.strideTimeS!) * 100;
      expect(stancePct).toBeGreaterThan(55);
      expect(stancePct).toBeLessThan(70);
      // Peak total force near body weight (83 kg ≈ 814 N), allowing the push-off peaks above it.
      expect(foot.peakTotal).toBeGreaterThan(600);
      expect(foot.peakTotal).toBeLessThan(1400);
      const full = foot.steps.filter((s) => !s.partial);
      const forward = full.filter((s) => s.copXs[s.copXs.length - 1]! > s.copXs[0]!).length;
      expect(forward / full.length).toBeGreaterThan(0.9);
    }
    expect(Math.abs(analysis.symmetry.contactTimePct!)).toBeLessThan(10);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzePlate } from './analyze-plate.js';
import { readGridCsv } from './read-grid-csv.js';
import type { SyntheticArchType } from './synthetic-foot-pressure.js';
import { createSyntheticPlatePrint, createSyntheticPlateWalk, writeGridCsv } from './synthetic-plate.js';

const ARCHES: readonly SyntheticArchType[] = ['flat', 'normal', 'high'];

describe('synthetic plate prints', () => {
  // Common plate pitches: 4–5 mm (high-resolution platforms), 7.6–8.5 mm (long walkways).
  for (const pitchMm of [4, 5, 6, 7.6, 8.5]) {
    it(`are classified as their arch type by every footprint index at ${pitchMm} mm pitch`, () => {
      for (const arch of ARCHES) {
        for (const side of ['left', 'right'] as const) {
          const rec = createSyntheticPlatePrint(
            { rows: Math.round(340 / pitchMm), cols: Math.round(160 / pitchMm), pitchMm, arch, seed: 7 },
            side,
          );
          const foot = analyzePlate(rec).feet[0]!;
          expect(foot.side).toBe(side);
          const votes = foot.footType.votes.filter((v) => v.index !== 'cpei');
          expect(votes.map((v) => `${v.index}:${v.call}`)).toEqual(votes.map((v) => `${v.index}:${arch}`));
          expect(foot.footType.consensus).toBe(arch);
          // A static print has no COP path: CPEI is not available and says so.
          expect(foot.footType.votes.find((v) => v.index === 'cpei')).toMatchObject({ value: null, call: null });
        }
      }
    });
  }

  it('standing side by side on one plate are two prints, left and right from the walking line', () => {
    const params = { rows: 68, cols: 30, pitchMm: 5, arch: 'high' as const };
    const left = createSyntheticPlatePrint(params, 'left');
    const right = createSyntheticPlatePrint(params, 'right');
    const cols = 2 * params.cols;
    const both = new Float32Array(params.rows * cols);
    for (let r = 0; r < params.rows; r++) {
      both.set(left.pressuresKpa.subarray(r * params.cols, (r + 1) * params.cols), r * cols);
      both.set(right.pressuresKpa.subarray(r * params.cols, (r + 1) * params.cols), r * cols + params.cols);
    }
    const analysis = analyzePlate({ ...left, cols, pressuresKpa: both });
    expect(analysis.feet.map((f) => [f.side, f.steps.length, f.steps[0]!.sideFrom, f.footType.consensus])).toEqual([
      ['left', 1, 'walking_line', 'high'],
      ['right', 1, 'walking_line', 'high'],
    ]);
    expect(analysis.cadenceStepsPerMin).toBeNull();
  });

  it('are the same for the same seed and differ for another', () => {
    const params = { rows: 68, cols: 32, pitchMm: 5, arch: 'normal' as const };
    const a = createSyntheticPlatePrint({ ...params, seed: 3 });
    const b = createSyntheticPlatePrint({ ...params, seed: 3 });
    const c = createSyntheticPlatePrint({ ...params, seed: 4 });
    expect(a.pressuresKpa).toEqual(b.pressuresKpa);
    expect(a.pressuresKpa).not.toEqual(c.pressuresKpa);
  });
});

describe('a synthetic walk over a plate', () => {
  const walk = createSyntheticPlateWalk({ rows: 160, cols: 48, pitchMm: 7.6, arch: 'normal', hz: 100, durationS: 4 });
  const analysis = analyzePlate(walk.recording);
  const found = analysis.feet.flatMap((f) => f.steps).sort((a, b) => a.startS - b.startS);

  it('finds every step, on the right side, with its contact time', () => {
    expect(found).toHaveLength(walk.steps.length);
    found.forEach((step, i) => {
      const truth = walk.steps[i]!;
      expect(step.side).toBe(truth.side);
      expect(step.sideFrom).toBe('walking_line');
      // Within two frames at 100 Hz (the loading window's tails fall under the 1 kPa floor).
      expect(Math.abs(step.startS - truth.startS)).toBeLessThan(0.02 + 1e-9);
      if (!step.partial) expect(Math.abs(step.endS - truth.endS)).toBeLessThan(0.1);
    });
    expect(analysis.warnings).toEqual([]);
  });

  it('gives the cadence of the generator (one strike every 0.55 s) and symmetric feet', () => {
    expect(analysis.cadenceStepsPerMin).toBeCloseTo(60 / 0.55, 0);
    expect(Math.abs(analysis.symmetry.contactTimePct!)).toBeLessThan(5);
    expect(Math.abs(analysis.symmetry.peakPct!)).toBeLessThan(10);
  });

  it('moves the COP from heel to toes in each full stance, and measures force from pitch² area', () => {
    for (const step of found.filter((s) => !s.partial)) {
      const ys = Array.from(step.copYsMm).filter(Number.isFinite);
      expect(ys[ys.length - 1]! - ys[0]!).toBeGreaterThan(0.5 * step.geometry.lengthMm);
      expect(step.contactAreaMm2).toBe(step.cells.length * 7.6 * 7.6);
      expect(step.peakForceN).toBeGreaterThan(0);
      expect(step.cpeiPct).not.toBeNull();
    }
  });

  it('classifies the walked steps like the static print, and the CPEI of a flat foot is below a normal one', () => {
    const cpei: Record<string, number> = {};
    for (const arch of ARCHES) {
      const w = createSyntheticPlateWalk({ rows: 160, cols: 48, pitchMm: 7.6, arch, hz: 100, durationS: 2.5 });
      const feet = analyzePlate(w.recording).feet;
      expect(feet).toHaveLength(2);
      for (const foot of feet) expect(foot.footType.consensus).toBe(arch);
      cpei[arch] = feet[0]!.cpeiPct!;
    }
    // Song 1996 (via JFAR 2014 A77): planus feet have the smallest CPEI. No numeric norm is applied.
    expect(cpei['flat']).toBeLessThan(cpei['normal']!);
  });

  it('reads back from its grid CSV with the same values', () => {
    const small = createSyntheticPlateWalk({ rows: 40, cols: 20, pitchMm: 8.5, arch: 'flat', hz: 50, durationS: 1 });
    const read = readGridCsv(writeGridCsv(small.recording));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.recording.frameCount).toBe(small.recording.frameCount);
    let worst = 0;
    small.recording.pressuresKpa.forEach(
      (v, i) => (worst = Math.max(worst, Math.abs(v - read.recording.pressuresKpa[i]!))),
    );
    expect(worst).toBeLessThan(0.01);
  });
});

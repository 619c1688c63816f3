import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testdataFile } from '../../../../test-support/testdata.js';
import { analyzePlate, type PlateStep } from './analyze-plate.js';
import type { PlateRecording } from './pressure-recording.js';
import { readGridCsv } from './read-grid-csv.js';
import { mun104ToGridCsv } from './testing/mun104-grid.js';

function loadMun104(which: 'L' | 'R'): PlateRecording | null {
  const file = testdataFile(`mun104-pressure-template/MUN104${which}.csv`);
  if (file === null) return null;
  const result = readGridCsv(mun104ToGridCsv(readFileSync(file, 'utf8')));
  if (!result.ok) throw new Error(result.error.message);
  return result.recording;
}

function onlyStep(rec: PlateRecording): PlateStep {
  const analysis = analyzePlate(rec);
  expect(analysis.static).toBe(true);
  expect(analysis.feet).toHaveLength(1);
  expect(analysis.feet[0]!.steps).toHaveLength(1);
  return analysis.feet[0]!.steps[0]!;
}

describe('the MUN104 averaged peak-pressure template (104 healthy feet) as a static plate print', () => {
  const left = loadMun104('L');
  const right = loadMun104('R');

  it('is one print per file, and its shape tells left from right', (ctx) => {
    if (left === null || right === null) return ctx.skip('test data is absent');
    expect(onlyStep(left)).toMatchObject({ side: 'left', sideFrom: 'shape', partial: true, contactTimeS: 0 });
    expect(onlyStep(right)).toMatchObject({ side: 'right', sideFrom: 'shape' });
  });

  it('finds the toes at the pressure valley under the toe sulcus, with the hallux peak in front of it', (ctx) => {
    for (const rec of [left, right]) {
      if (rec === null) return ctx.skip('test data is absent');
      const step = onlyStep(rec);
      const g = step.geometry;
      expect(g.toeMethod).toBe('pressure_valley');
      // SOURCE.md: a 27 cm × 10 cm print (5 mm pitch assumed); toes begin around the front fifth.
      expect(g.lengthMm).toBeGreaterThan(250);
      expect(g.lengthMm).toBeLessThan(290);
      expect(g.toeLineMm / g.lengthMm).toBeGreaterThan(0.7);
      expect(g.toeLineMm / g.lengthMm).toBeLessThan(0.9);
      // The toe part holds a pressure peak of its own (the hallux pad), well above the valley.
      let toePeak = 0;
      g.along.forEach((a, i) => {
        if (a >= g.toeLineMm) toePeak = Math.max(toePeak, step.print.peaksKpa[i]!);
      });
      const station = Math.floor(g.toeLineMm / rec.pitchMm);
      const valley = g.peakProfileKpa[station]!;
      expect(toePeak).toBeGreaterThan(2 * valley);
      const hallux = step.regions.find((r) => r.name === 'hallux')!;
      const lesser = step.regions.find((r) => r.name === 'lesser_toes')!;
      expect(hallux.peak).toBeGreaterThan(lesser.peak);
      expect(step.regions.find((r) => r.name === 'heel_medial')!.peak).toBeGreaterThan(200);
    }
  });

  it('gives the Arch Index of a healthy foot (0.18–0.28), and left and right agree', (ctx) => {
    if (left === null || right === null) return ctx.skip('test data is absent');
    const [l, r] = [onlyStep(left), onlyStep(right)];
    for (const step of [l, r]) {
      expect(step.indices.archIndex).toBeGreaterThan(0.18);
      expect(step.indices.archIndex).toBeLessThan(0.28);
      expect(step.cpeiPct).toBeNull();
    }
    // Mirror images of one averaged population: within a fraction of the healthy spread (AI SD 0.03, Buldt 2018).
    expect(Math.abs(l.indices.archIndex! - r.indices.archIndex!)).toBeLessThan(0.015);
    expect(Math.abs(l.indices.chippauxSmirakPct! - r.indices.chippauxSmirakPct!)).toBeLessThan(8);
    expect(Math.abs(l.indices.staheliIndex! - r.indices.staheliIndex!)).toBeLessThan(0.08);
    expect(Math.abs(l.geometry.lengthMm - r.geometry.lengthMm)).toBeLessThan(2 * left.pitchMm);
    const a = analyzePlate(left).feet[0]!.footType;
    const b = analyzePlate(right).feet[0]!.footType;
    expect(a.consensus).toBe('normal');
    expect(b.consensus).toBe(a.consensus);
  });
});

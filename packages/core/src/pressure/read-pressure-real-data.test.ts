import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testdataFile } from '../../../../test-support/testdata.js';
import type { InsoleRecording, PlateRecording } from './pressure-recording.js';
import { mun104ToGridCsv } from './testing/mun104-grid.js';
import { detectPressureFormat, readPressure } from './read-pressure.js';

function load(relative: string): Uint8Array | null {
  const file = testdataFile(relative);
  return file === null ? null : new Uint8Array(readFileSync(file));
}

describe('real pressure files', () => {
  it('reads the pedar example: 50 Hz, 1114 frames, 99 sensors per insole, peaks 320 kPa left and 365 kPa right', (ctx) => {
    const bytes = load('pedar-insole-example/pressure_example.asc');
    if (bytes === null) return ctx.skip('test data is absent');
    const result = readPressure(bytes);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const rec = result.value as InsoleRecording;
    expect(rec.format).toBe('pedar');
    expect(rec.hz).toBe(50);
    expect(rec.frameCount).toBe(1114);
    expect(rec.feet.map((f) => f.sensorCount)).toEqual([99, 99]);
    const peaks = rec.feet.map((foot) => {
      let best = 0;
      let sensor = -1;
      foot.values.forEach((v, i) => {
        if (v > best) [best, sensor] = [v, (i % 99) + 1];
      });
      return [best, sensor];
    });
    // SOURCE.md: peak left 320 kPa at sensor 12, peak right 365 kPa at sensor 90.
    expect(peaks).toEqual([
      [320, 12],
      [365, 90],
    ]);
    expect(result.issues).toEqual([]);
  });

  it('reads the PhysioNet gaitpdb sample with device totals equal to the sum of the eight sensors', (ctx) => {
    const bytes = load('physionet-gaitpdb-sample/GaCo01_01.txt');
    if (bytes === null) return ctx.skip('test data is absent');
    expect(detectPressureFormat(new TextDecoder().decode(bytes.subarray(0, 2000)))).toBe('gaitpdb');
    const result = readPressure(bytes);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const rec = result.value as InsoleRecording;
    expect(rec.frameCount).toBe(12119);
    expect(result.issues.filter((w) => w.code === 'total_mismatch')).toEqual([]);
    for (const foot of rec.feet) {
      let worst = 0;
      for (let f = 0; f < rec.frameCount; f++) {
        let sum = 0;
        for (let k = 0; k < 8; k++) sum += foot.values[f * 8 + k]!;
        worst = Math.max(worst, Math.abs(sum - foot.deviceTotals![f]!));
      }
      // The file rounds each value to 0.01 N (float32 storage adds < 0.01 N).
      expect(worst).toBeLessThan(0.1);
    }
  });

  it('reads the MUN104 template written as a single-frame grid CSV', (ctx) => {
    const left = load('mun104-pressure-template/MUN104L.csv');
    if (left === null) return ctx.skip('test data is absent');
    const result = readPressure(mun104ToGridCsv(new TextDecoder().decode(left)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const rec = result.value as PlateRecording;
    expect([rec.rows, rec.cols, rec.frameCount]).toEqual([63, 27, 1]);
    expect(Math.max(...rec.pressuresKpa)).toBe(402);
  });
});

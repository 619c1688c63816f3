import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testdataFile } from '../../../../test-support/testdata.js';
import { footprintArchIndex } from './footprint-arch-index.js';
import { readPressure } from './read-pressure.js';
import type { PlateRecording } from './pressure-recording.js';
import { mun104ToGridCsv } from './testing/mun104-grid.js';

function plate(relative: string): PlateRecording | null {
  const file = testdataFile(relative);
  if (file === null) return null;
  const read = readPressure(mun104ToGridCsv(readFileSync(file, 'utf8')));
  if (!read.ok || read.value.kind !== 'plate') throw new Error('MUN104 did not read as a plate');
  return read.value;
}

describe('the arch index of a plate footprint', () => {
  it('puts the MUN104 average footprint (104 healthy adults) in the normal band, left and right alike', (ctx) => {
    const left = plate('mun104-pressure-template/MUN104L.csv');
    const right = plate('mun104-pressure-template/MUN104R.csv');
    if (left === null || right === null) return ctx.skip('test data is absent');
    const l = footprintArchIndex(left);
    const r = footprintArchIndex(right);
    // An average healthy print is a plausibility check, not an oracle: Buldt's normal band is 0.11–0.25 and
    // the group mean of normal feet 0.22 ± 0.03.
    expect(l.archIndex).toBeGreaterThan(0.19);
    expect(l.archIndex).toBeLessThan(0.25);
    expect(l.band?.id).toBe('normal');
    expect(Math.abs((l.archIndex ?? 0) - (r.archIndex ?? 0))).toBeLessThan(0.02);
  });

  it('says why when there is no footprint', () => {
    const empty: PlateRecording = {
      kind: 'plate',
      format: 'grid',
      rows: 10,
      cols: 10,
      pitchMm: 5,
      hz: 1,
      frameCount: 1,
      timesS: Float64Array.from([0]),
      pressuresKpa: new Float32Array(100),
    };
    expect(footprintArchIndex(empty)).toMatchObject({ archIndex: null, note: expect.stringMatching(/No footprint/) });
  });
});

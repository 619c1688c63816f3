import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePlate } from './analyze-plate.js';
import { findPlateContacts } from './plate-contacts.js';
import type { PlateRecording } from './pressure-recording.js';

function plate(rows: number, cols: number, frames: number, values: Float32Array): PlateRecording {
  return {
    kind: 'plate',
    format: 'grid',
    rows,
    cols,
    pitchMm: 5,
    hz: 100,
    frameCount: frames,
    timesS: Float64Array.from({ length: frames }, (_, f) => f / 100),
    pressuresKpa: values,
  };
}

describe('plate contacts', () => {
  it('account for every loaded value exactly once, whatever the grid width (blocks of four and the tail)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 11 }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 400 })), { maxLength: 80 }),
        fc.constantFrom(0, 5),
        (rows, cols, frames, loads, threshold) => {
          const values = new Float32Array(rows * cols * frames);
          for (const [at, v] of loads) values[at % values.length] = v;
          const { contacts, droppedBlobs } = findPlateContacts(plate(rows, cols, frames, values), {
            thresholdKpa: threshold,
            minFraction: 0,
          });
          expect(droppedBlobs).toBe(0);
          let expected = 0;
          for (const v of values) if (v > threshold) expected += v;
          let found = 0;
          for (const c of contacts) {
            for (const s of c.sumsKpa) found += s;
            expect(c.startFrame).toBeLessThanOrEqual(c.endFrame);
            expect(new Set(c.cells).size).toBe(c.cells.length);
            for (let i = 0; i < c.runCells.length; i++) {
              for (let f = c.runStarts[i]!; f <= c.runEnds[i]!; f++) {
                expect(values[f * rows * cols + c.runCells[i]!]).toBeGreaterThan(threshold);
              }
            }
          }
          expect(found).toBeCloseTo(expected, 3);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('splits one place loaded twice at different times into two contacts, and joins a blob over time', () => {
    // A 1 × 3 strip: cell 0 then cell 1 (overlapping in time: one contact), later cell 0 again (a second one).
    const frames = 10;
    const values = new Float32Array(3 * frames);
    for (const f of [0, 1, 2]) values[f * 3] = 100;
    for (const f of [2, 3]) values[f * 3 + 1] = 100;
    for (const f of [7, 8]) values[f * 3] = 100;
    const { contacts } = findPlateContacts(plate(1, 3, frames, values), { minFraction: 0 });
    expect(contacts.map((c) => [c.startFrame, c.endFrame, Array.from(c.cells)])).toEqual([
      [0, 3, [0, 1]],
      [7, 8, [0]],
    ]);
  });

  it('drops a lone noisy cell far from the foot and counts it', () => {
    const rows = 20;
    const cols = 20;
    const values = new Float32Array(rows * cols);
    for (let r = 2; r < 12; r++) for (let c = 2; c < 6; c++) values[r * cols + c] = 100;
    values[18 * cols + 18] = 50;
    const { contacts, droppedBlobs } = findPlateContacts(plate(rows, cols, 1, values));
    expect(contacts).toHaveLength(1);
    expect(droppedBlobs).toBe(1);
  });
});

describe('plate contacts on pathological input', () => {
  it('stay fast on a flickering, noisy plate (many runs per cell, thousands of blobs)', () => {
    const rows = 32;
    const cols = 32;
    const frames = 400;
    const values = new Float32Array(rows * cols * frames);
    let seed = 12345;
    for (let i = 0; i < values.length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      // About one cell in six loaded in any frame, flickering frame to frame.
      if (seed % 6 === 0) values[i] = 1 + (seed % 300);
    }
    const rec = plate(rows, cols, frames, values);
    const { contacts, droppedBlobs } = findPlateContacts(rec);
    expect(contacts.length + droppedBlobs).toBeGreaterThan(0);
    expect(contacts.length).toBeLessThanOrEqual(2000);
    const analysis = analyzePlate(rec);
    expect(analysis.feet.length).toBeLessThanOrEqual(2);
  });
});

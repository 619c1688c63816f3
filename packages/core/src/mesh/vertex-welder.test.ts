import { describe, expect, it } from 'vitest';
import { weldPositions } from './vertex-welder.js';

describe('weldPositions', () => {
  it('merges exactly equal vertices, treats −0 as 0, and keeps nearly equal ones apart', () => {
    const next = Math.fround(1 + 2 ** -23);
    const welded = weldPositions(Float32Array.from([1, 2, 3, 0, 0, 0, 1, 2, 3, -0, 0, -0, next, 2, 3]));
    expect([...welded.remap]).toEqual([0, 1, 0, 1, 2]);
    expect(welded.merged).toBe(2);
    expect([...welded.positions]).toEqual([1, 2, 3, 0, 0, 0, next, 2, 3]);
  });

  it('merges 300,000 corners of a grid into its 10,201 vertices', () => {
    const corners: number[] = [];
    for (let i = 0; i < 100; i++) {
      for (let j = 0; j < 100; j++) {
        for (const [di, dj] of [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
          [1, 1],
          [0, 1],
        ] as const) {
          corners.push((i + di) * 0.1, (j + dj) * 0.1, 0);
        }
      }
    }
    const welded = weldPositions(Float32Array.from(corners));
    expect(welded.positions.length / 3).toBe(101 * 101);
    expect(welded.merged).toBe(60_000 - 101 * 101);
  });
});

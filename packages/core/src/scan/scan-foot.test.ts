import { describe, expect, it } from 'vitest';
import type { Mesh } from '../mesh/mesh.js';
import { scanErrorCode, scanned } from '../testing/scan-fixtures.js';
import { createSyntheticFoot } from './synthetic-foot.js';

const foot = createSyntheticFoot({ side: 'left', stations: 160, around: 72 }).mesh;
const scaled = (mesh: Mesh, s: number): Mesh => ({
  positions: mesh.positions.map((v) => v * s),
  triangles: mesh.triangles,
});

/** A flat square plate of `size` mm at height z, under the foot: what a scanner sees of the floor. */
function plate(size: number, z: number, offset: number): Mesh {
  const h = size / 2;
  return {
    positions: Float32Array.from([-h + offset, -h, z, h + offset, -h, z, h + offset, h, z, -h + offset, h, z]),
    triangles: Uint32Array.from([0, 1, 2, 0, 2, 3]),
  };
}

function merge(a: Mesh, b: Mesh): Mesh {
  const n = a.positions.length / 3;
  return {
    positions: Float32Array.from([...a.positions, ...b.positions]),
    triangles: Uint32Array.from([...a.triangles, ...[...b.triangles].map((v) => v + n)]),
  };
}

describe('scanFoot', () => {
  it('measures the same foot saved in mm, cm or m the same in mm, and says when it guessed the unit', () => {
    const inMm = scanned(foot);
    expect(inMm.sourceUnit).toBe('mm');
    for (const [unit, factor] of [
      ['cm', 0.1],
      ['m', 0.001],
    ] as const) {
      const guessed = scanned(scaled(foot, factor));
      expect(guessed.sourceUnit).toBe(unit);
      expect(guessed.warnings.map((w) => w.code)).toContain('units_detected');
      const given = scanned(scaled(foot, factor), { units: unit });
      expect(given.warnings.map((w) => w.code)).not.toContain('units_detected');
      for (const result of [guessed, given]) {
        expect(Math.abs(result.measurements.length.value! - inMm.measurements.length.value!)).toBeLessThan(0.05);
        expect(Math.abs(result.measurements.ballWidth.value! - inMm.measurements.ballWidth.value!)).toBeLessThan(0.05);
      }
    }
  });

  it('drops a floor plate scanned with the foot, with a warning, and measures the foot alone', () => {
    const alone = scanned(foot);
    const withFloor = scanned(merge(foot, plate(600, -2, 130)));
    expect(withFloor.warnings.map((w) => w.code)).toContain('stray_parts_dropped');
    expect(withFloor.measurements.length.value).toBeCloseTo(alone.measurements.length.value!, 3);
  });

  it('refuses a scan that is a foot in no unit', () => {
    expect(scanErrorCode(scaled(foot, 0.00001))).toBe('too_small');
    expect(scanErrorCode(scaled(foot, 100))).toBe('too_large');
  });
});

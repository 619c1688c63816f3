import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testdataFile } from '../../../../test-support/testdata.js';
import type { Mesh } from '../mesh/mesh.js';
import { readMesh } from '../mesh/read-mesh.js';
import { readSucceeded } from '../testing/mesh-fixtures.js';
import { createNotAFoot, moveRigidly, notAFootArbitrary, rigidMotionArbitrary } from '../testing/shape-fixtures.js';
import type { FootMeasurements } from './measure-foot.js';
import { scanErrorCode, scanned } from '../testing/scan-fixtures.js';
import { createSyntheticFoot } from './synthetic-foot.js';

const errorCode = (mesh: Mesh): string | null => scanErrorCode(mesh, { units: 'mm' });

/** Every measurement a foot reports is finite and physically possible for a foot of its length. */
function expectPhysical(m: FootMeasurements): void {
  const length = m.length.value!;
  expect(length).toBeGreaterThanOrEqual(80);
  expect(length).toBeLessThanOrEqual(450);
  for (const key of [
    'ballWidth',
    'heelWidth',
    'instepHeight',
    'archHeight',
    'truncatedLength',
    'toeBoxHeight',
  ] as const) {
    const v = m[key].value;
    if (v === null) continue;
    expect(v, key).toBeGreaterThan(0);
    expect(v, key).toBeLessThan(length);
  }
  if (m.ballGirth.value !== null) expect(m.ballGirth.value).toBeGreaterThan(2 * m.ballWidth.value!);
  if (m.archHeightIndex.value !== null) {
    expect(m.archHeightIndex.value).toBeGreaterThan(0);
    expect(m.archHeightIndex.value).toBeLessThan(1);
  }
  expect(m.plantarArchHeight.value!).toBeGreaterThanOrEqual(0);
  expect(m.truncatedLength.value! / length).toBeGreaterThan(0.5);
}

const boaFiles = ['appm1s_105_foot.stl', 'm2s_105_foot.stl'].map((name) => testdataFile(`boa-ssm-foot-stl/${name}`));

describe('shapes that are not a foot', () => {
  it('the closed 260 × 100 × 90 mm box of the issue is not_a_foot', () => {
    const p = [0, 0, 0, 260, 0, 0, 260, 100, 0, 0, 100, 0, 0, 0, 90, 260, 0, 90, 260, 100, 90, 0, 100, 90];
    const t = [
      0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4, 1, 2, 6, 1, 6, 5, 2, 3, 7, 2, 7, 6, 3, 0, 4, 3, 4, 7,
    ];
    expect(errorCode({ positions: Float32Array.from(p), triangles: Uint32Array.from(t) })).toBe('not_a_foot');
  });

  it('boxes, cylinders, ellipsoids and noisy spheres of foot size, toeless feet and pairs of feet are not_a_foot, in any pose', () => {
    fc.assert(
      fc.property(notAFootArbitrary, rigidMotionArbitrary, (shape, motion) => {
        expect(errorCode(moveRigidly(createNotAFoot(shape), motion)), shape.kind).toBe('not_a_foot');
      }),
      { numRuns: 80 },
    );
  });
});

describe('feet still measure, with every value finite and in range', () => {
  it('synthetic feet over the range of adult shapes, in any pose', () => {
    const footArbitrary = fc.record({
      lengthMm: fc.double({ min: 200, max: 300, noNaN: true }),
      ballWidthRatio: fc.double({ min: 0.33, max: 0.45, noNaN: true }),
      heelToBall: fc.double({ min: 0.6, max: 0.8, noNaN: true }),
      archHeightMm: fc.double({ min: 0, max: 22, noNaN: true }),
      side: fc.constantFrom('left' as const, 'right' as const),
    });
    fc.assert(
      fc.property(footArbitrary, rigidMotionArbitrary, (shape, motion) => {
        const ballWidthMm = shape.lengthMm * shape.ballWidthRatio;
        const foot = createSyntheticFoot({
          lengthMm: shape.lengthMm,
          ballWidthMm,
          heelWidthMm: ballWidthMm * shape.heelToBall,
          archHeightMm: shape.archHeightMm,
          // Heights in the default foot's proportion to its 260 mm length.
          dorsalHeightMm: (64 / 260) * shape.lengthMm,
          toeHeightMm: (24 / 260) * shape.lengthMm,
          side: shape.side,
        });
        const result = scanned(moveRigidly(foot.mesh, motion), { units: 'mm' });
        expectPhysical(result.measurements);
        expect(Math.abs(result.measurements.length.value! - foot.truth.lengthMm)).toBeLessThan(2);
      }),
      { numRuns: 25 },
    );
  });

  for (const file of boaFiles) {
    it.skipIf(file === null)(`the BOA mean-shape scan ${String(file?.split('/').pop())}`, () => {
      const read = readSucceeded(readMesh(new Uint8Array(readFileSync(file!))));
      const result = scanned(read.mesh);
      expect(result.alignment.surface).toBe('whole-foot');
      expectPhysical(result.measurements);
    });
  }
});

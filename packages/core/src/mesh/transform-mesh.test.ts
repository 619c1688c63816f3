import { describe, expect, it } from 'vitest';
import { analyseMesh } from './analyse-mesh.js';
import { createBoxMesh, createTetrahedronMesh } from './mesh-builders.js';
import { mirrorMesh, scaleMesh, transformMesh } from './transform-mesh.js';

const tetra = createTetrahedronMesh(10);

describe('mesh transforms', () => {
  it('reads a 4×4 column-major matrix and a 3×4 one the same way', () => {
    const four = transformMesh(tetra, [0, 1, 0, 0, -1, 0, 0, 0, 0, 0, 1, 0, 5, 6, 7, 1]);
    const three = transformMesh(tetra, [0, 1, 0, -1, 0, 0, 0, 0, 1, 5, 6, 7]);
    expect([...four.positions]).toEqual([...three.positions]);
    expect([...four.positions.subarray(3, 6)]).toEqual([5, 16, 7]);
  });

  it('flips the winding of a mirroring transform so the volume stays positive', () => {
    const mirrored = transformMesh(tetra, [-1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0]);
    expect(analyseMesh(mirrored).volumeMm3).toBeCloseTo(1000 / 6, 6);
    expect(analyseMesh(mirrorMesh(tetra, 'y')).volumeMm3).toBeCloseTo(1000 / 6, 6);
    expect(analyseMesh(scaleMesh(tetra, [1, -1, 1])).volumeMm3).toBeCloseTo(1000 / 6, 6);
  });

  it('mirrors across a plane at a given coordinate', () => {
    const box = mirrorMesh(createBoxMesh([0, 0, 0], [10, 10, 10]), 'x', 20);
    expect(analyseMesh(box).bbox).toEqual({ min: [30, 0, 0], max: [40, 10, 10] });
  });

  it('scales volume by the cube of a uniform factor (centimetres to millimetres)', () => {
    expect(analyseMesh(scaleMesh(tetra, 10)).volumeMm3).toBeCloseTo((1000 / 6) * 1000, 3);
  });

  it('refuses a matrix of the wrong size or a projective one', () => {
    expect(() => transformMesh(tetra, [1, 0, 0])).toThrow(RangeError);
    expect(() => transformMesh(tetra, [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 2])).toThrow(RangeError);
  });
});

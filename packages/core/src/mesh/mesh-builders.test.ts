import { describe, expect, it } from 'vitest';
import { analyseMesh } from './analyse-mesh.js';
import { createBoxMesh, createIcosphereMesh, createTetrahedronMesh } from './mesh-builders.js';

describe('mesh builders', () => {
  it('build a 10 mm cube that is closed, one part, 1000 mm³ and 600 mm² of surface', () => {
    const a = analyseMesh(createBoxMesh([0, 0, 0], [10, 10, 10]));
    expect(a.closed).toBe(true);
    expect(a.componentCount).toBe(1);
    expect(a.volumeMm3).toBeCloseTo(1000, 9);
    expect(a.areaMm2).toBeCloseTo(600, 9);
    expect(a.bbox).toEqual({ min: [0, 0, 0], max: [10, 10, 10] });
  });

  it('build a tetrahedron of volume size³/6 with outward-facing triangles', () => {
    expect(analyseMesh(createTetrahedronMesh(6)).volumeMm3).toBeCloseTo(36, 9);
  });

  it('build icospheres whose volume approaches 4/3 π r³ from below as they are subdivided', () => {
    const sphere = (4 / 3) * Math.PI * 1000;
    const volumes = [0, 1, 2, 3].map((level) => analyseMesh(createIcosphereMesh(10, level)).volumeMm3!);
    for (let i = 1; i < volumes.length; i++) expect(volumes[i]).toBeGreaterThan(volumes[i - 1]!);
    expect(volumes[3]).toBeLessThan(sphere);
    expect(volumes[3]! / sphere).toBeGreaterThan(0.99);
    const a = analyseMesh(createIcosphereMesh(10, 3));
    expect(a.triangleCount).toBe(20 * 4 ** 3);
    expect(a.closed).toBe(true);
    expect(a.inconsistentEdgeCount).toBe(0);
  });
});

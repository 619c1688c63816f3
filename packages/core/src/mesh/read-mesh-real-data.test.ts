import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testdataFile } from '../../../../test-support/testdata.js';
import { symmetricEigen, type Mat3 } from '../scan/vec3.js';
import { analyseMesh } from './analyse-mesh.js';
import type { Mesh } from './mesh.js';
import { readMesh } from './read-mesh.js';
import { readSucceeded, type MeshReadForTest } from '../testing/mesh-fixtures.js';

function readReal(relative: string): MeshReadForTest | null {
  const file = testdataFile(relative);
  if (file === null) return null;
  return readSucceeded(readMesh(new Uint8Array(readFileSync(file))));
}

function extents(mesh: Mesh): number[] {
  const { bbox } = analyseMesh(mesh);
  return [0, 1, 2].map((axis) => bbox.max[axis]! - bbox.min[axis]!);
}

/** Extents along the principal axes of the vertices, longest first (as SOURCE.md measured the PLY scans). */
function principalExtents(mesh: Mesh): number[] {
  const p = mesh.positions;
  const n = p.length / 3;
  const mean = [0, 1, 2].map((axis) => p.filter((_, i) => i % 3 === axis).reduce((s, v) => s + v, 0) / n);
  const c = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (let v = 0; v < n; v++) {
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) c[i * 3 + j]! += (p[v * 3 + i]! - mean[i]!) * (p[v * 3 + j]! - mean[j]!);
  }
  const matrix = [c.slice(0, 3), c.slice(3, 6), c.slice(6, 9)] as unknown as Mat3;
  const { vectors } = symmetricEigen(matrix);
  return vectors.map((axis) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (let v = 0; v < n; v++) {
      const d = p[v * 3]! * axis[0] + p[v * 3 + 1]! * axis[1] + p[v * 3 + 2]! * axis[2];
      lo = Math.min(lo, d);
      hi = Math.max(hi, d);
    }
    return hi - lo;
  });
}

describe('reading the shared real scans', () => {
  // SOURCE.md gives the BOA extents to 0.1 mm; ±0.5 mm also allows for how that table was computed.
  const boa: [string, number, [number, number, number]][] = [
    ['appm1s_105_foot.stl', 12_708, [91.7, 268.5, 102.0]],
    ['m2s_105_foot.stl', 12_772, [102.0, 267.2, 106.7]],
  ];
  for (const [name, triangles, [x, y, z]] of boa) {
    it(`reads the BOA binary STL ${name}: ${triangles} triangles, ${x} × ${y} × ${z} mm, one closed part`, (ctx) => {
      const result = readReal(`boa-ssm-foot-stl/${name}`);
      if (result === null) return ctx.skip('test data is absent');
      expect(result.format).toBe('stl');
      expect(result.encoding).toBe('binary');
      expect(result.mesh.triangles.length / 3).toBe(triangles);
      const [ex, ey, ez] = extents(result.mesh);
      expect(Math.abs(ex! - x)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(ey! - y)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(ez! - z)).toBeLessThanOrEqual(0.5);
      const analysis = analyseMesh(result.mesh);
      expect(analysis.componentCount).toBe(1);
      // A closed foot surface: each corner was written six times on average (Euler: V ≈ T / 2).
      expect(result.mesh.positions.length / 3).toBeCloseTo(triangles / 2, -1);
    });
  }

  // SOURCE.md gives the Polycron extents along principal axes to 0.1 scanner units (≈ 1 cm): ±0.15 units.
  const polycron: [string, number | null, number, [number, number, number]][] = [
    ['Left foot from author.ply', 103_345, 52_038, [14.6, 6.8, 2.0]],
    ['Right foot from author.ply', null, 48_416, [14.8, 6.5, 1.8]],
  ];
  for (const [name, faces, vertices, expected] of polycron) {
    it(`reads the Polycron binary PLY ${name}: ${vertices} vertices, principal extents ≈ ${expected.join(' × ')}`, (ctx) => {
      const result = readReal(`polycron-foot-imprint-ply/${name}`);
      if (result === null) return ctx.skip('test data is absent');
      expect(result.format).toBe('ply');
      expect(result.encoding).toBe('binary_little_endian');
      expect(result.mesh.positions.length / 3).toBe(vertices);
      if (faces !== null) expect(result.mesh.triangles.length / 3).toBe(faces);
      expect(result.warnings).toEqual([]);
      const measured = principalExtents(result.mesh);
      measured.forEach((extent, i) => expect(Math.abs(extent - expected[i]!), `axis ${i}`).toBeLessThanOrEqual(0.15));
    });
  }
});

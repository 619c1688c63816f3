import type { Mesh } from './mesh.js';

/**
 * The cross product (b − a) × (c − a) of triangle `t`: its normal scaled by twice its area,
 * right-handed, so it points out of a mesh wound counter-clockwise seen from outside.
 *
 * @param mesh - the mesh
 * @param t - triangle index
 * @returns the unnormalised normal `[x, y, z]`
 */
export function triangleCross(mesh: Mesh, t: number): [number, number, number] {
  const p = mesh.positions;
  const a = (mesh.triangles[t * 3] ?? 0) * 3;
  const b = (mesh.triangles[t * 3 + 1] ?? 0) * 3;
  const c = (mesh.triangles[t * 3 + 2] ?? 0) * 3;
  const ux = (p[b] ?? 0) - (p[a] ?? 0);
  const uy = (p[b + 1] ?? 0) - (p[a + 1] ?? 0);
  const uz = (p[b + 2] ?? 0) - (p[a + 2] ?? 0);
  const vx = (p[c] ?? 0) - (p[a] ?? 0);
  const vy = (p[c + 1] ?? 0) - (p[a + 1] ?? 0);
  const vz = (p[c + 2] ?? 0) - (p[a + 2] ?? 0);
  return [uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx];
}

/**
 * Area of triangle `t`.
 *
 * @param mesh - the mesh
 * @param t - triangle index
 * @returns area, mm²
 */
export function triangleArea(mesh: Mesh, t: number): number {
  const [x, y, z] = triangleCross(mesh, t);
  return 0.5 * Math.sqrt(x * x + y * y + z * z);
}

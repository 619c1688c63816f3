import type { Mesh } from '../mesh/mesh.js';

/**
 * Heights of a mesh's surfaces above a point of the ground plane: every triangle whose projection contains
 * (x, y) gives one height. For an insole the highest is the top (plantar) surface, the lowest the underside.
 *
 * @param mesh - the mesh
 * @param x - mm
 * @param y - mm
 * @returns the heights, mm (empty when (x, y) is outside the mesh's plan)
 */
export function heightsAt(mesh: Mesh, x: number, y: number): number[] {
  const p = mesh.positions;
  const t = mesh.triangles;
  const found: number[] = [];
  for (let k = 0; k < t.length; k += 3) {
    const a = (t[k] ?? 0) * 3;
    const b = (t[k + 1] ?? 0) * 3;
    const c = (t[k + 2] ?? 0) * 3;
    const ax = p[a] ?? 0;
    const ay = p[a + 1] ?? 0;
    const bx = p[b] ?? 0;
    const by = p[b + 1] ?? 0;
    const cx = p[c] ?? 0;
    const cy = p[c + 1] ?? 0;
    if (x < Math.min(ax, bx, cx) || x > Math.max(ax, bx, cx) || y < Math.min(ay, by, cy) || y > Math.max(ay, by, cy))
      continue;
    const det = (by - cy) * (ax - cx) + (cx - bx) * (ay - cy);
    if (Math.abs(det) < 1e-12) continue;
    const l0 = ((by - cy) * (x - cx) + (cx - bx) * (y - cy)) / det;
    const l1 = ((cy - ay) * (x - cx) + (ax - cx) * (y - cy)) / det;
    const l2 = 1 - l0 - l1;
    if (l0 < -1e-9 || l1 < -1e-9 || l2 < -1e-9) continue;
    found.push(l0 * (p[a + 2] ?? 0) + l1 * (p[b + 2] ?? 0) + l2 * (p[c + 2] ?? 0));
  }
  return found;
}

/**
 * Height of the top surface above (x, y).
 *
 * @param mesh - the mesh
 * @param x - mm
 * @param y - mm
 * @returns mm
 * @throws Error when (x, y) is outside the mesh's plan
 */
export function topAt(mesh: Mesh, x: number, y: number): number {
  const heights = heightsAt(mesh, x, y);
  if (heights.length === 0) throw new Error(`(${x}, ${y}) is outside the mesh`);
  return Math.max(...heights);
}

/**
 * Least-squares plane z = a + b·x + c·y through points.
 *
 * @param points - [x, y, z] triples
 * @returns the coefficients
 */
export function fitPlane(points: readonly (readonly [number, number, number])[]): { a: number; b: number; c: number } {
  // Normal equations, solved by Cramer's rule.
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sz = 0;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  let sxz = 0;
  let syz = 0;
  for (const [x, y, z] of points) {
    n++;
    sx += x;
    sy += y;
    sz += z;
    sxx += x * x;
    syy += y * y;
    sxy += x * y;
    sxz += x * z;
    syz += y * z;
  }
  const det3 = (m: number[][]) =>
    (m[0]?.[0] ?? 0) * ((m[1]?.[1] ?? 0) * (m[2]?.[2] ?? 0) - (m[1]?.[2] ?? 0) * (m[2]?.[1] ?? 0)) -
    (m[0]?.[1] ?? 0) * ((m[1]?.[0] ?? 0) * (m[2]?.[2] ?? 0) - (m[1]?.[2] ?? 0) * (m[2]?.[0] ?? 0)) +
    (m[0]?.[2] ?? 0) * ((m[1]?.[0] ?? 0) * (m[2]?.[1] ?? 0) - (m[1]?.[1] ?? 0) * (m[2]?.[0] ?? 0));
  const A = [
    [n, sx, sy],
    [sx, sxx, sxy],
    [sy, sxy, syy],
  ];
  const rhs = [sz, sxz, syz];
  const d = det3(A);
  const replace = (col: number) => A.map((row, r) => row.map((v, c) => (c === col ? (rhs[r] ?? 0) : v)));
  return { a: det3(replace(0)) / d, b: det3(replace(1)) / d, c: det3(replace(2)) / d };
}

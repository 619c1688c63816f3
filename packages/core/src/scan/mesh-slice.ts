import type { Mesh } from '../mesh/mesh.js';
import type { Mat3, Vec3 } from './vec3.js';

/**
 * Intersects a mesh with the plane `normal · p = offset`.
 *
 * @param mesh - the mesh
 * @param normal - unit normal of the plane
 * @param offset - the plane's distance from the origin along the normal
 * @returns the intersection points, xyz interleaved, two per crossed triangle
 */
export function slicePoints(mesh: Mesh, normal: Vec3, offset: number): Float64Array {
  const p = mesh.positions;
  const t = mesh.triangles;
  const [nx, ny, nz] = normal;
  // Signed distance of every vertex once (a vertex is shared by about six triangles).
  const d = new Float64Array(p.length / 3);
  for (let v = 0, i = 0; v < d.length; v++, i += 3) {
    d[v] = nx * (p[i] ?? 0) + ny * (p[i + 1] ?? 0) + nz * (p[i + 2] ?? 0) - offset;
  }
  let out = new Float64Array(1024);
  let used = 0;
  for (let k = 0; k < t.length; k += 3) {
    const a = t[k] ?? 0;
    const b = t[k + 1] ?? 0;
    const c = t[k + 2] ?? 0;
    const da = d[a] ?? 0;
    const db = d[b] ?? 0;
    const dc = d[c] ?? 0;
    if ((da > 0 && db > 0 && dc > 0) || (da < 0 && db < 0 && dc < 0)) continue;
    for (let e = 0; e < 3; e++) {
      const u = e === 0 ? a : e === 1 ? b : c;
      const w = e === 0 ? b : e === 1 ? c : a;
      const du = e === 0 ? da : e === 1 ? db : dc;
      const dw = e === 0 ? db : e === 1 ? dc : da;
      if (du > 0 === dw > 0 || du === dw) continue;
      const f = du / (du - dw);
      const i = u * 3;
      const j = w * 3;
      if (used + 3 > out.length) {
        const bigger = new Float64Array(out.length * 2);
        bigger.set(out);
        out = bigger;
      }
      out[used++] = (p[i] ?? 0) + f * ((p[j] ?? 0) - (p[i] ?? 0));
      out[used++] = (p[i + 1] ?? 0) + f * ((p[j + 1] ?? 0) - (p[i + 1] ?? 0));
      out[used++] = (p[i + 2] ?? 0) + f * ((p[j + 2] ?? 0) - (p[i + 2] ?? 0));
    }
  }
  return out.slice(0, used);
}

/**
 * Perimeter of the convex hull of 2-D points: what a tape measure round a section reads, since
 * the tape bridges hollows.
 *
 * @param us - first coordinates
 * @param vs - second coordinates
 * @returns the perimeter, or 0 for fewer than two distinct points
 */
export function convexHullPerimeter(us: readonly number[], vs: readonly number[]): number {
  const order = us.map((_, i) => i).sort((a, b) => (us[a] ?? 0) - (us[b] ?? 0) || (vs[a] ?? 0) - (vs[b] ?? 0));
  const crossAt = (o: number, a: number, b: number) =>
    ((us[a] ?? 0) - (us[o] ?? 0)) * ((vs[b] ?? 0) - (vs[o] ?? 0)) -
    ((vs[a] ?? 0) - (vs[o] ?? 0)) * ((us[b] ?? 0) - (us[o] ?? 0));
  const chain = (indices: number[]) => {
    const hull: number[] = [];
    for (const i of indices) {
      while (hull.length >= 2 && crossAt(hull[hull.length - 2] ?? 0, hull[hull.length - 1] ?? 0, i) <= 0) hull.pop();
      hull.push(i);
    }
    return hull;
  };
  const lower = chain(order);
  const upper = chain([...order].reverse());
  const hull = [...lower.slice(0, -1), ...upper.slice(0, -1)];
  let perimeter = 0;
  for (let k = 0; k < hull.length; k++) {
    const a = hull[k] ?? 0;
    const b = hull[(k + 1) % hull.length] ?? 0;
    perimeter += Math.hypot((us[b] ?? 0) - (us[a] ?? 0), (vs[b] ?? 0) - (vs[a] ?? 0));
  }
  return hull.length < 2 ? 0 : perimeter;
}

/**
 * Cuts a mesh at evenly spaced planes `x = x0 + i·dx`, i = 0…count−1, in one pass over the triangles.
 *
 * @param p - vertex positions, xyz interleaved
 * @param t - triangle vertex indices
 * @param x0 - the first plane
 * @param dx - spacing (> 0)
 * @param count - number of planes
 * @returns per plane, the intersection points as interleaved `y, z` pairs
 */
export function sliceStationsX(p: Float32Array, t: Uint32Array, x0: number, dx: number, count: number): Float64Array[] {
  return sliceStationsInFrame(p, t, IDENTITY, ORIGIN, x0, dx, count);
}

const IDENTITY: Mat3 = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
];
const ORIGIN: Vec3 = [0, 0, 0];

/**
 * Like {@link sliceStationsX}, in the coordinates `frame · (p − centre)` without transforming the
 * whole mesh: only each vertex's x in the frame is computed, and y, z at the crossings.
 *
 * @param p - vertex positions in input coordinates
 * @param t - triangle vertex indices
 * @param frame - rows are the frame's axes in input coordinates
 * @param centre - the frame's origin in input coordinates
 * @param x0 - the first plane, in frame x
 * @param dx - spacing (> 0)
 * @param count - number of planes
 * @returns per plane, the intersection points as interleaved frame `y, z` pairs
 */
export function sliceStationsInFrame(
  p: Float32Array,
  t: Uint32Array,
  frame: Mat3,
  centre: Vec3,
  x0: number,
  dx: number,
  count: number,
): Float64Array[] {
  const [[a00, a01, a02], [a10, a11, a12], [a20, a21, a22]] = frame;
  const [cx, cy, cz] = centre;
  const xs = new Float64Array(p.length / 3);
  // Which gap between planes each vertex lies in: a triangle whose corners share a gap crosses no plane.
  const gap = new Int32Array(xs.length);
  for (let v = 0, i = 0; v < xs.length; v++, i += 3) {
    const x = a00 * ((p[i] ?? 0) - cx) + a01 * ((p[i + 1] ?? 0) - cy) + a02 * ((p[i + 2] ?? 0) - cz);
    xs[v] = x;
    gap[v] = Math.floor((x - x0) / dx);
  }
  // Crossings go into one typed pool as (station, y, z); a counting sort splits them by station.
  let pool = new Float64Array(Math.max(48, Math.min(t.length, 1 << 20)));
  let used = 0;
  for (let k = 0; k < t.length; k += 3) {
    const va = t[k] ?? 0;
    const vb = t[k + 1] ?? 0;
    const vc = t[k + 2] ?? 0;
    const ga = gap[va] ?? 0;
    const gb = gap[vb] ?? 0;
    const gc = gap[vc] ?? 0;
    // All corners between the same two planes: no crossing (a corner exactly on a plane only touches it).
    if (ga === gb && gb === gc) continue;
    const lo = Math.max(0, Math.min(ga, gb, gc) + 1);
    const hi = Math.min(count - 1, Math.max(ga, gb, gc));
    for (let s = lo; s <= hi; s++) {
      const plane = x0 + s * dx;
      for (let e = 0; e < 3; e++) {
        const v = e === 0 ? va : e === 1 ? vb : vc;
        const w = e === 0 ? vb : e === 1 ? vc : va;
        const di = (xs[v] ?? 0) - plane;
        const dj = (xs[w] ?? 0) - plane;
        if ((di > 0 && dj > 0) || (di < 0 && dj < 0) || di === dj) continue;
        const f = di / (di - dj);
        const i = v * 3;
        const j = w * 3;
        const px = (p[i] ?? 0) + f * ((p[j] ?? 0) - (p[i] ?? 0)) - cx;
        const py = (p[i + 1] ?? 0) + f * ((p[j + 1] ?? 0) - (p[i + 1] ?? 0)) - cy;
        const pz = (p[i + 2] ?? 0) + f * ((p[j + 2] ?? 0) - (p[i + 2] ?? 0)) - cz;
        if (used + 3 > pool.length) {
          const bigger = new Float64Array(pool.length * 2);
          bigger.set(pool);
          pool = bigger;
        }
        pool[used] = s;
        pool[used + 1] = a10 * px + a11 * py + a12 * pz;
        pool[used + 2] = a20 * px + a21 * py + a22 * pz;
        used += 3;
      }
    }
  }
  const sizes = new Int32Array(count);
  for (let i = 0; i < used; i += 3) {
    const station = pool[i] ?? 0;
    sizes[station] = (sizes[station] ?? 0) + 2;
  }
  const out = Array.from({ length: count }, (_, station) => new Float64Array(sizes[station] ?? 0));
  const filled = new Int32Array(count);
  for (let i = 0; i < used; i += 3) {
    const station = pool[i] ?? 0;
    const at = filled[station] ?? 0;
    const points = out[station];
    if (points === undefined) continue;
    points[at] = pool[i + 1] ?? 0;
    points[at + 1] = pool[i + 2] ?? 0;
    filled[station] = at + 2;
  }
  return out;
}

/**
 * Height above `groundZ` of the lowest point in the outer quarter of a section's breadth on the
 * side `sign` (+1: +y side, −1: −y side), or null for an empty section.
 *
 * @param section - interleaved `y, z` pairs from {@link sliceStationsX}
 * @param sign - which side
 * @param groundZ - the ground height
 */
export function sectionQuarterLow(section: Float64Array, sign: 1 | -1, groundZ: number): number | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < section.length; i += 2) {
    const y = sign * (section[i] ?? 0);
    if (y < lo) lo = y;
    if (y > hi) hi = y;
  }
  if (lo > hi) return null;
  const edge = hi - (hi - lo) / 4;
  let low = Infinity;
  for (let i = 0; i < section.length; i += 2) {
    if (sign * (section[i] ?? 0) >= edge) low = Math.min(low, section[i + 1] ?? Infinity);
  }
  return low === Infinity ? null : low - groundZ;
}

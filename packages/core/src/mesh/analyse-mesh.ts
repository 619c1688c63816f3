import type { Mesh } from './mesh.js';
import { meshComponents } from './mesh-components.js';

/** An axis-aligned box, millimetres. */
export interface MeshBounds {
  readonly min: readonly [number, number, number];
  readonly max: readonly [number, number, number];
}

/** What {@link analyseMesh} finds. */
export interface MeshAnalysis {
  readonly vertexCount: number;
  readonly triangleCount: number;
  /** Every edge has exactly two triangles: no holes, no fins. */
  readonly closed: boolean;
  /** Edges with one triangle (the rims of holes). */
  readonly boundaryEdgeCount: number;
  /** Edges with three or more triangles. */
  readonly nonManifoldEdgeCount: number;
  /** Edges whose two triangles run the same way along them (one of the two is turned inside out). */
  readonly inconsistentEdgeCount: number;
  /** Triangles with (next to) no area: a repeated corner or three corners on a line. */
  readonly degenerateTriangleCount: number;
  /** Connected parts (triangles sharing vertices). */
  readonly componentCount: number;
  /**
   * Enclosed volume, mm³, by the divergence theorem: positive when triangles are counter-clockwise seen from
   * outside. Null unless the mesh is closed and consistently oriented.
   */
  readonly volumeMm3: number | null;
  /** Surface area, mm². */
  readonly areaMm2: number;
  /** Bounding box of all vertices (all zero for a mesh without vertices). */
  readonly bbox: MeshBounds;
}

/** Relative size below which a triangle counts as degenerate: |cross product| ≤ ε · (longest edge)². */
const DEGENERATE_EPSILON = 1e-10;
const EMPTY = 0xffffffff;

/**
 * Checks a mesh: watertightness (edge use counted in a hash table of typed arrays), orientation, degenerate
 * triangles, parts, volume, area and bounding box.
 *
 * @param mesh - the mesh, millimetres
 * @returns the findings
 */
export function analyseMesh(mesh: Mesh): MeshAnalysis {
  const p = mesh.positions;
  const t = mesh.triangles;
  const triangleCount = t.length / 3;
  const edges = countEdges(t);

  let area = 0;
  let volume = 0;
  let degenerate = 0;
  for (let k = 0; k < t.length; k += 3) {
    const a = (t[k] ?? 0) * 3;
    const b = (t[k + 1] ?? 0) * 3;
    const c = (t[k + 2] ?? 0) * 3;
    const ax = p[a] ?? 0;
    const ay = p[a + 1] ?? 0;
    const az = p[a + 2] ?? 0;
    const bx = p[b] ?? 0;
    const by = p[b + 1] ?? 0;
    const bz = p[b + 2] ?? 0;
    const cx = p[c] ?? 0;
    const cy = p[c + 1] ?? 0;
    const cz = p[c + 2] ?? 0;
    const ux = bx - ax;
    const uy = by - ay;
    const uz = bz - az;
    const vx = cx - ax;
    const vy = cy - ay;
    const vz = cz - az;
    const nx = uy * vz - uz * vy;
    const ny = uz * vx - ux * vz;
    const nz = ux * vy - uy * vx;
    const twiceArea = Math.sqrt(nx * nx + ny * ny + nz * nz);
    const wx = cx - bx;
    const wy = cy - by;
    const wz = cz - bz;
    const longest = Math.max(ux * ux + uy * uy + uz * uz, vx * vx + vy * vy + vz * vz, wx * wx + wy * wy + wz * wz);
    if (twiceArea <= DEGENERATE_EPSILON * longest || a === b || b === c || a === c) degenerate++;
    area += twiceArea / 2;
    volume += (ax * (by * cz - bz * cy) + ay * (bz * cx - bx * cz) + az * (bx * cy - by * cx)) / 6;
  }

  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (let v = 0; v < p.length; v += 3) {
    for (let axis = 0; axis < 3; axis++) {
      const value = p[v + axis] ?? 0;
      if (value < (min[axis] ?? 0)) min[axis] = value;
      if (value > (max[axis] ?? 0)) max[axis] = value;
    }
  }
  const bbox: MeshBounds = p.length === 0 ? { min: [0, 0, 0], max: [0, 0, 0] } : { min, max };
  const closed = triangleCount > 0 && edges.boundary === 0 && edges.nonManifold === 0;
  return {
    vertexCount: p.length / 3,
    triangleCount,
    closed,
    boundaryEdgeCount: edges.boundary,
    nonManifoldEdgeCount: edges.nonManifold,
    inconsistentEdgeCount: edges.inconsistent,
    degenerateTriangleCount: degenerate,
    componentCount: meshComponents(mesh).count,
    volumeMm3: closed && edges.inconsistent === 0 ? volume : null,
    areaMm2: area,
    bbox,
  };
}

/** Counts edges by use: once (boundary), three or more times (non-manifold), twice the same way (inconsistent). */
function countEdges(t: Uint32Array): { boundary: number; nonManifold: number; inconsistent: number } {
  let size = 16;
  while (size < t.length * 2) size *= 2;
  const mask = size - 1;
  const low = new Uint32Array(size).fill(EMPTY);
  const high = new Uint32Array(size);
  const forward = new Uint32Array(size);
  const backward = new Uint32Array(size);
  const used = new Uint32Array(t.length);
  let usedCount = 0;
  for (let k = 0; k < t.length; k += 3) {
    for (let e = 0; e < 3; e++) {
      const from = t[k + e] ?? 0;
      const to = t[k + ((e + 1) % 3)] ?? 0;
      if (from === to) continue;
      const lo = Math.min(from, to);
      const hi = Math.max(from, to);
      let h = Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi, 0x85ebca77);
      h ^= h >>> 15;
      let slot = Math.imul(h, 0x2c1b3c6d) & mask;
      for (;;) {
        const key = low[slot] ?? EMPTY;
        if (key === EMPTY) {
          low[slot] = lo;
          high[slot] = hi;
          used[usedCount++] = slot;
          break;
        }
        if (key === lo && high[slot] === hi) break;
        slot = (slot + 1) & mask;
      }
      if (from < to) forward[slot] = (forward[slot] ?? 0) + 1;
      else backward[slot] = (backward[slot] ?? 0) + 1;
    }
  }
  let boundary = 0;
  let nonManifold = 0;
  let inconsistent = 0;
  for (let u = 0; u < usedCount; u++) {
    const slot = used[u] ?? 0;
    const f = forward[slot] ?? 0;
    const b = backward[slot] ?? 0;
    const uses = f + b;
    if (uses === 1) boundary++;
    else if (uses > 2) nonManifold++;
    else if (f !== 1) inconsistent++;
  }
  return { boundary, nonManifold, inconsistent };
}

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
  /**
   * Vertices where the triangles around them form more than one fan (two cones touching at a point, a
   * "bowtie"): every edge may still have two triangles, but the surface is pinched there.
   */
  readonly nonManifoldVertexCount: number;
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
  const edges = countEdges(t, p.length / 3);

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
    nonManifoldVertexCount: countPinchedVertices(t, p.length / 3),
    inconsistentEdgeCount: edges.inconsistent,
    degenerateTriangleCount: degenerate,
    componentCount: meshComponents(mesh).count,
    volumeMm3: closed && edges.inconsistent === 0 ? volume : null,
    areaMm2: area,
    bbox,
  };
}

/**
 * Counts edges by use: once (boundary), three or more times (non-manifold), twice the same way (inconsistent).
 * Half-edges are bucketed by their lower vertex (a counting sort), then each vertex's short list is sorted by
 * the other vertex: the passes run in vertex order, which keeps them in cache on real meshes (a hash table
 * over a million-triangle mesh misses the cache on nearly every edge).
 *
 * @param t - triangle vertex indices
 * @param vertexCount - number of vertices (every index is below it)
 */
function countEdges(
  t: Uint32Array,
  vertexCount: number,
): { boundary: number; nonManifold: number; inconsistent: number } {
  const start = new Int32Array(vertexCount + 1);
  for (let k = 0; k < t.length; k += 3) {
    for (let e = 0; e < 3; e++) {
      const from = t[k + e] ?? 0;
      const to = t[e === 2 ? k : k + e + 1] ?? 0;
      if (from === to) continue;
      const lo = from < to ? from : to;
      start[lo + 1] = (start[lo + 1] ?? 0) + 1;
    }
  }
  for (let v = 0; v < vertexCount; v++) start[v + 1] = (start[v + 1] ?? 0) + (start[v] ?? 0);
  const total = start[vertexCount] ?? 0;
  // Each half-edge as (higher vertex · 2 + direction): direction 0 runs low → high, 1 high → low.
  const keys = new Uint32Array(total);
  const fill = start.slice(0, vertexCount);
  for (let k = 0; k < t.length; k += 3) {
    for (let e = 0; e < 3; e++) {
      const from = t[k + e] ?? 0;
      const to = t[e === 2 ? k : k + e + 1] ?? 0;
      if (from === to) continue;
      const lo = from < to ? from : to;
      const at = fill[lo] ?? 0;
      keys[at] = from < to ? to * 2 : from * 2 + 1;
      fill[lo] = at + 1;
    }
  }
  let boundary = 0;
  let nonManifold = 0;
  let inconsistent = 0;
  for (let v = 0; v < vertexCount; v++) {
    const from = start[v] ?? 0;
    const to = start[v + 1] ?? 0;
    if (to - from > 24) keys.subarray(from, to).sort();
    else {
      for (let i = from + 1; i < to; i++) {
        const key = keys[i] ?? 0;
        let j = i - 1;
        while (j >= from && (keys[j] ?? 0) > key) {
          keys[j + 1] = keys[j] ?? 0;
          j--;
        }
        keys[j + 1] = key;
      }
    }
    let i = from;
    while (i < to) {
      const other = (keys[i] ?? 0) >>> 1;
      let forward = 0;
      let backward = 0;
      while (i < to && (keys[i] ?? 0) >>> 1 === other) {
        if (((keys[i] ?? 0) & 1) === 0) forward++;
        else backward++;
        i++;
      }
      const uses = forward + backward;
      if (uses === 1) boundary++;
      else if (uses > 2) nonManifold++;
      else if (forward !== 1) inconsistent++;
    }
  }
  return { boundary, nonManifold, inconsistent };
}

/**
 * Counts vertices whose incident triangles fall into more than one fan. Triangles round a vertex are in
 * one fan when they are linked through edges at that vertex (two triangles sharing the edge v–w). The
 * incident corners of every vertex are bucketed by a counting sort, then grouped by a small union–find.
 *
 * @param t - triangle vertex indices
 * @param vertexCount - number of vertices
 */
function countPinchedVertices(t: Uint32Array, vertexCount: number): number {
  const start = new Int32Array(vertexCount + 1);
  for (let k = 0; k < t.length; k++) {
    const v = t[k] ?? 0;
    start[v + 1] = (start[v + 1] ?? 0) + 1;
  }
  for (let v = 0; v < vertexCount; v++) start[v + 1] = (start[v + 1] ?? 0) + (start[v] ?? 0);
  const corners = new Int32Array(t.length);
  const fill = start.slice(0, vertexCount);
  for (let k = 0; k < t.length; k++) {
    const v = t[k] ?? 0;
    const at = fill[v] ?? 0;
    corners[at] = k;
    fill[v] = at + 1;
  }
  let parent = new Int32Array(64);
  const root = (i: number): number => {
    let r = i;
    while ((parent[r] ?? r) !== r) r = parent[r] ?? r;
    while ((parent[i] ?? i) !== r) {
      const next = parent[i] ?? r;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  let pinched = 0;
  for (let v = 0; v < vertexCount; v++) {
    const from = start[v] ?? 0;
    const m = (start[v + 1] ?? 0) - from;
    if (m < 2) continue;
    if (parent.length < m) parent = new Int32Array(m * 2);
    for (let i = 0; i < m; i++) parent[i] = i;
    // The two other corners of each incident triangle: triangles sharing one of them share an edge at v.
    const other = (i: number, which: 0 | 1): number => {
      const k = corners[from + i] ?? 0;
      const base = k - (k % 3);
      return t[base + ((k - base + 1 + which) % 3)] ?? 0;
    };
    if (m <= 48) {
      for (let i = 0; i < m; i++) {
        const a0 = other(i, 0);
        const a1 = other(i, 1);
        for (let j = i + 1; j < m; j++) {
          const b0 = other(j, 0);
          const b1 = other(j, 1);
          if (a0 === b0 || a0 === b1 || a1 === b0 || a1 === b1) parent[root(j)] = root(i);
        }
      }
    } else {
      const firstWith = new Map<number, number>();
      for (let i = 0; i < m; i++) {
        for (const w of [other(i, 0), other(i, 1)]) {
          const seen = firstWith.get(w);
          if (seen === undefined) firstWith.set(w, i);
          else parent[root(i)] = root(seen);
        }
      }
    }
    let fans = 0;
    for (let i = 0; i < m; i++) if (root(i) === i) fans++;
    if (fans > 1) pinched++;
  }
  return pinched;
}

import type { Mesh } from './mesh.js';

/** Connected parts of a mesh: one label per triangle. */
export interface MeshComponents {
  /** Number of parts. */
  readonly count: number;
  /** For each triangle, its part, 0 … count − 1, numbered in order of each part's first triangle. */
  readonly triangleLabels: Uint32Array;
  /** Triangles in each part. */
  readonly triangleCounts: Uint32Array;
}

/**
 * Labels the connected parts of a mesh: triangles that share a vertex belong to the same part (the readers merge
 * equal vertices, so touching triangles share vertices). Union–find over vertices, typed arrays only.
 *
 * @param mesh - the mesh
 * @returns the number of parts and each triangle's part
 */
export function meshComponents(mesh: Mesh): MeshComponents {
  const t = mesh.triangles;
  const parent = new Int32Array(mesh.positions.length / 3);
  for (let v = 0; v < parent.length; v++) parent[v] = v;
  const find = (start: number): number => {
    let root = start;
    for (let up = parent[root] ?? root; up !== root; up = parent[root] ?? root) root = up;
    let v = start;
    while (v !== root) {
      const next = parent[v] ?? root;
      parent[v] = root;
      v = next;
    }
    return root;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra < rb) parent[rb] = ra;
    else if (rb < ra) parent[ra] = rb;
  };
  for (let k = 0; k < t.length; k += 3) {
    union(t[k] ?? 0, t[k + 1] ?? 0);
    union(t[k] ?? 0, t[k + 2] ?? 0);
  }
  const labelOfRoot = new Int32Array(parent.length).fill(-1);
  const triangleLabels = new Uint32Array(t.length / 3);
  const counts: number[] = [];
  for (let k = 0; k < triangleLabels.length; k++) {
    const root = find(t[k * 3] ?? 0);
    let label = labelOfRoot[root] ?? -1;
    if (label < 0) {
      label = counts.length;
      labelOfRoot[root] = label;
      counts.push(0);
    }
    triangleLabels[k] = label;
    counts[label] = (counts[label] ?? 0) + 1;
  }
  return { count: counts.length, triangleLabels, triangleCounts: Uint32Array.from(counts) };
}

/**
 * The triangles of a mesh that a predicate keeps, as a new mesh with only the vertices they use (re-indexed in
 * order of first use).
 *
 * @param mesh - the mesh
 * @param keep - whether to keep triangle `index`
 * @returns the smaller mesh
 */
export function selectTriangles(mesh: Mesh, keep: (index: number) => boolean): Mesh {
  const t = mesh.triangles;
  const p = mesh.positions;
  const newIndex = new Int32Array(p.length / 3).fill(-1);
  const triangles: number[] = [];
  const positions: number[] = [];
  for (let k = 0; k < t.length / 3; k++) {
    if (!keep(k)) continue;
    for (let corner = 0; corner < 3; corner++) {
      const v = t[k * 3 + corner] ?? 0;
      let index = newIndex[v] ?? -1;
      if (index < 0) {
        index = positions.length / 3;
        newIndex[v] = index;
        positions.push(p[v * 3] ?? 0, p[v * 3 + 1] ?? 0, p[v * 3 + 2] ?? 0);
      }
      triangles.push(index);
    }
  }
  return { positions: Float32Array.from(positions), triangles: Uint32Array.from(triangles) };
}

/**
 * Splits a mesh into its connected parts (see {@link meshComponents}), largest (most triangles) first.
 *
 * @param mesh - the mesh
 * @returns one mesh per part
 */
export function splitMeshComponents(mesh: Mesh): Mesh[] {
  const { count, triangleLabels, triangleCounts } = meshComponents(mesh);
  const order = Array.from({ length: count }, (_, label) => label).sort(
    (a, b) => (triangleCounts[b] ?? 0) - (triangleCounts[a] ?? 0) || a - b,
  );
  return order.map((label) => selectTriangles(mesh, (k) => triangleLabels[k] === label));
}

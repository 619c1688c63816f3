/**
 * A triangle mesh, struct of arrays (after manifold's `Mesh`).
 *
 * Conventions, the same everywhere in groundup:
 * - `positions` holds x, y, z for each vertex, in millimetres once a reader has applied units.
 * - `triangles` holds three vertex indices per triangle, counter-clockwise seen from outside
 *   (the right-hand normal points out of the solid).
 * - A mesh is immutable: operations return a new mesh.
 */
export interface Mesh {
  /** Vertex coordinates, `[x0, y0, z0, x1, y1, z1, …]`. Length is 3 × vertex count. */
  readonly positions: Float32Array;
  /** Vertex indices, three per triangle. Length is 3 × triangle count. */
  readonly triangles: Uint32Array;
}

/**
 * Number of vertices of a mesh.
 *
 * @param mesh - the mesh
 * @returns `positions.length / 3`
 */
export function vertexCount(mesh: Mesh): number {
  return mesh.positions.length / 3;
}

/**
 * Number of triangles of a mesh.
 *
 * @param mesh - the mesh
 * @returns `triangles.length / 3`
 */
export function triangleCount(mesh: Mesh): number {
  return mesh.triangles.length / 3;
}

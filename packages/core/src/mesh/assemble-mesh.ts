import type { Issue } from '../issue.js';
import type { Mesh } from './mesh.js';
import { fail } from './mesh-read-error.js';
import { weldPositions } from './vertex-welder.js';

/** What a reader collected before checks: coordinates and triangles, indices not yet checked. */
export interface RawMesh {
  /** x y z per vertex, finite (the readers check each coordinate as they read it). */
  readonly positions: Float32Array;
  /** Three vertex indices per triangle (faces already fan-triangulated). */
  readonly triangles: Uint32Array;
  /** For each triangle, the 1-based number of the face it came from, for messages; absent for STL. */
  readonly triangleFaces?: Uint32Array;
  /** Whether the reader has already merged equal vertices (the STL readers do it as they read). */
  readonly welded: boolean;
  /** How many input vertices the reader merged while reading (STL). */
  readonly mergedWhileReading?: number;
}

/** Counts of what reading changed, for the curious; the oddities among them are also warnings. */
export interface MeshReadStats {
  /** Vertices merged into an earlier vertex with exactly the same coordinates. */
  readonly mergedVertices: number;
  /** Triangles dropped because two of their corners were the same vertex. */
  readonly droppedDegenerateTriangles: number;
  /** Vertices no triangle uses (kept in the mesh). */
  readonly unreferencedVertices: number;
}

/** Options of {@link assembleMesh}. */
export interface AssembleOptions {
  /** Merge vertices with equal coordinates (default true). */
  readonly mergeDuplicateVertices: boolean;
  /** Warn about merged duplicates (false for STL, where every corner is written out and merging is the norm). */
  readonly warnOnMerge: boolean;
}

/**
 * Checks indices, merges duplicate vertices, drops triangles with a repeated corner and reports what it did.
 *
 * @param raw - what the reader collected
 * @param options - merging and warning choices
 * @returns the mesh, warnings and counts; fails with `index_out_of_range` or `no_triangles`
 */
export function assembleMesh(
  raw: RawMesh,
  options: AssembleOptions,
): { mesh: Mesh; warnings: Issue[]; stats: MeshReadStats } {
  const warnings: Issue[] = [];
  const vertexTotal = raw.positions.length / 3;
  const source = raw.triangles;
  for (let k = raw.welded ? source.length : 0; k < source.length; k++) {
    const index = source[k] ?? 0;
    if (index >= vertexTotal) {
      const face = raw.triangleFaces?.[Math.floor(k / 3)] ?? Math.floor(k / 3) + 1;
      fail(
        'index_out_of_range',
        `face ${face}`,
        `Face ${face} points at vertex ${index + 1}, but the file has ${vertexTotal} vertices.`,
      );
    }
  }

  let positions = raw.positions;
  let remap: Uint32Array | null = null;
  let merged = raw.mergedWhileReading ?? 0;
  if (!raw.welded && options.mergeDuplicateVertices) {
    const welded = weldPositions(raw.positions);
    if (welded.merged > 0) {
      positions = welded.positions;
      remap = welded.remap;
      merged += welded.merged;
    }
  }

  const triangles = new Uint32Array(source.length);
  let kept = 0;
  for (let k = 0; k < source.length; k += 3) {
    let a = source[k] ?? 0;
    let b = source[k + 1] ?? 0;
    let c = source[k + 2] ?? 0;
    if (remap !== null) {
      a = remap[a] ?? 0;
      b = remap[b] ?? 0;
      c = remap[c] ?? 0;
    }
    if (a === b || b === c || a === c) continue;
    triangles[kept++] = a;
    triangles[kept++] = b;
    triangles[kept++] = c;
  }
  const dropped = (source.length - kept) / 3;
  if (kept === 0) {
    fail(
      'no_triangles',
      'file',
      source.length === 0
        ? 'The file has no triangles.'
        : `All ${source.length / 3} triangles are degenerate (a corner repeated).`,
    );
  }

  const used = new Uint8Array(positions.length / 3);
  for (let k = 0; k < kept; k++) used[triangles[k] ?? 0] = 1;
  let unreferenced = 0;
  for (let v = 0; v < used.length; v++) unreferenced += 1 - (used[v] ?? 0);

  if (merged > 0 && options.warnOnMerge) {
    warnings.push({
      severity: 'warning',
      code: 'duplicate_vertices_merged',
      path: 'vertices',
      message: `${merged} vertices had exactly the same coordinates as an earlier one and were merged.`,
    });
  }
  if (dropped > 0) {
    warnings.push({
      severity: 'warning',
      code: 'degenerate_triangles_dropped',
      path: 'faces',
      message: `${dropped} triangles with a repeated corner were dropped.`,
    });
  }
  if (unreferenced > 0) {
    warnings.push({
      severity: 'warning',
      code: 'unreferenced_vertices',
      path: 'vertices',
      message: `${unreferenced} vertices belong to no triangle (kept in the mesh).`,
    });
  }
  return {
    mesh: { positions, triangles: kept === triangles.length ? triangles : triangles.slice(0, kept) },
    warnings,
    stats: { mergedVertices: merged, droppedDegenerateTriangles: dropped, unreferencedVertices: unreferenced },
  };
}

import type { MeshBounds } from './analyse-mesh.js';
import type { Mesh } from './mesh.js';

/**
 * The axis-aligned bounding box of a mesh's vertices, in one pass (no edge or volume work, unlike
 * `analyseMesh`).
 *
 * @param mesh - the mesh
 * @returns min and max per axis; all zero for a mesh without vertices
 */
export function meshBounds(mesh: Mesh): MeshBounds {
  const p = mesh.positions;
  if (p.length === 0) return { min: [0, 0, 0], max: [0, 0, 0] };
  let minX = Infinity;
  let minY = Infinity;
  let minZ = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let maxZ = -Infinity;
  for (let i = 0; i < p.length; i += 3) {
    const x = p[i] ?? 0;
    const y = p[i + 1] ?? 0;
    const z = p[i + 2] ?? 0;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
    if (z < minZ) minZ = z;
    if (z > maxZ) maxZ = z;
  }
  return { min: [minX, minY, minZ], max: [maxX, maxY, maxZ] };
}

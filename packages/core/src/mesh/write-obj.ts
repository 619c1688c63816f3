import type { Mesh } from './mesh.js';
import { formatFloat32 } from './format-float.js';

/**
 * Writes a Wavefront OBJ: one `v x y z` line per vertex (float32-exact) and one `f a b c` line per triangle
 * (1-based indices, counter-clockwise seen from outside).
 *
 * @param mesh - the mesh
 * @param comment - a first comment line (default `groundup`)
 * @returns the file's text
 */
export function writeObj(mesh: Mesh, comment = 'groundup'): string {
  const p = mesh.positions;
  const t = mesh.triangles;
  const lines = [`# ${comment.replace(/[\r\n]+/g, ' ')}`];
  for (let v = 0; v < p.length; v += 3) {
    lines.push(`v ${formatFloat32(p[v] ?? 0)} ${formatFloat32(p[v + 1] ?? 0)} ${formatFloat32(p[v + 2] ?? 0)}`);
  }
  for (let k = 0; k < t.length; k += 3)
    lines.push(`f ${(t[k] ?? 0) + 1} ${(t[k + 1] ?? 0) + 1} ${(t[k + 2] ?? 0) + 1}`);
  lines.push('');
  return lines.join('\n');
}

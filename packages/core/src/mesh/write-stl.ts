import type { Mesh } from './mesh.js';
import { formatFloat32 } from './format-float.js';
import { triangleCross } from './triangle-normal.js';

const HEADER_BYTES = 80;
const TRIANGLE_BYTES = 50;

/** The unit normal of triangle `t` (zero for a degenerate triangle), right-handed: CCW seen from outside. */
function faceNormal(mesh: Mesh, t: number): [number, number, number] {
  const [nx, ny, nz] = triangleCross(mesh, t);
  const length = Math.hypot(nx, ny, nz);
  return length > 0 ? [nx / length, ny / length, nz / length] : [0, 0, 0];
}

/**
 * Writes a binary STL: an 80-byte header, the triangle count, then per triangle its unit normal, three corners
 * (float32, little-endian) and a zero attribute count.
 *
 * @param mesh - the mesh (millimetres by groundup's convention)
 * @param header - header text, ASCII, cut to 80 bytes (default `groundup`); non-ASCII characters become `?`
 * @returns the file's bytes
 */
export function writeBinaryStl(mesh: Mesh, header = 'groundup'): Uint8Array {
  const count = mesh.triangles.length / 3;
  const bytes = new Uint8Array(HEADER_BYTES + 4 + count * TRIANGLE_BYTES);
  for (let i = 0; i < Math.min(header.length, HEADER_BYTES); i++) {
    const code = header.charCodeAt(i);
    bytes[i] = code >= 32 && code < 127 ? code : 63;
  }
  for (let i = Math.min(header.length, HEADER_BYTES); i < HEADER_BYTES; i++) bytes[i] = 32;
  const view = new DataView(bytes.buffer);
  view.setUint32(HEADER_BYTES, count, true);
  const p = mesh.positions;
  let offset = HEADER_BYTES + 4;
  for (let t = 0; t < count; t++) {
    const [nx, ny, nz] = faceNormal(mesh, t);
    view.setFloat32(offset, nx, true);
    view.setFloat32(offset + 4, ny, true);
    view.setFloat32(offset + 8, nz, true);
    offset += 12;
    for (let corner = 0; corner < 3; corner++) {
      const v = (mesh.triangles[t * 3 + corner] ?? 0) * 3;
      view.setFloat32(offset, p[v] ?? 0, true);
      view.setFloat32(offset + 4, p[v + 1] ?? 0, true);
      view.setFloat32(offset + 8, p[v + 2] ?? 0, true);
      offset += 12;
    }
    offset += 2;
  }
  return bytes;
}

/**
 * Writes an ASCII STL (`solid … endsolid`), with unit normals and float32-exact coordinates.
 *
 * @param mesh - the mesh
 * @param name - the solid's name (default `groundup`; whitespace becomes `_`)
 * @returns the file's text
 */
export function writeAsciiStl(mesh: Mesh, name = 'groundup'): string {
  const solid = name.replace(/\s+/g, '_') || 'groundup';
  const p = mesh.positions;
  const lines = [`solid ${solid}`];
  for (let t = 0; t < mesh.triangles.length / 3; t++) {
    lines.push(`  facet normal ${faceNormal(mesh, t).map(formatFloat32).join(' ')}`, '    outer loop');
    for (let corner = 0; corner < 3; corner++) {
      const v = (mesh.triangles[t * 3 + corner] ?? 0) * 3;
      lines.push(
        `      vertex ${formatFloat32(p[v] ?? 0)} ${formatFloat32(p[v + 1] ?? 0)} ${formatFloat32(p[v + 2] ?? 0)}`,
      );
    }
    lines.push('    endloop', '  endfacet');
  }
  lines.push(`endsolid ${solid}`, '');
  return lines.join('\n');
}

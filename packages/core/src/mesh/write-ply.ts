import type { Mesh } from './mesh.js';
import { formatFloat32 } from './format-float.js';

/** Options of {@link writePly}. */
export interface WritePlyOptions {
  /** `binary_little_endian` (the default) or `ascii`. */
  readonly encoding?: 'binary_little_endian' | 'ascii';
  /** A comment line in the header (default `groundup`). */
  readonly comment?: string;
}

/**
 * Writes a PLY file: `vertex` with float x y z, `face` with `list uchar uint vertex_indices` (three each).
 *
 * @see https://paulbourke.net/dataformats/ply/
 * @param mesh - the mesh
 * @param options - encoding and comment
 * @returns the file's bytes
 */
export function writePly(mesh: Mesh, options: WritePlyOptions = {}): Uint8Array {
  const encoding = options.encoding ?? 'binary_little_endian';
  const vertices = mesh.positions.length / 3;
  const triangles = mesh.triangles.length / 3;
  const header = [
    'ply',
    `format ${encoding} 1.0`,
    `comment ${(options.comment ?? 'groundup').replace(/[\r\n]+/g, ' ')}`,
    `element vertex ${vertices}`,
    'property float x',
    'property float y',
    'property float z',
    `element face ${triangles}`,
    'property list uchar uint vertex_indices',
    'end_header',
    '',
  ].join('\n');
  if (encoding === 'ascii') {
    const p = mesh.positions;
    const t = mesh.triangles;
    const lines = [header];
    for (let v = 0; v < p.length; v += 3) {
      lines.push(`${formatFloat32(p[v] ?? 0)} ${formatFloat32(p[v + 1] ?? 0)} ${formatFloat32(p[v + 2] ?? 0)}\n`);
    }
    for (let k = 0; k < t.length; k += 3) lines.push(`3 ${t[k] ?? 0} ${t[k + 1] ?? 0} ${t[k + 2] ?? 0}\n`);
    return asciiBytes(lines.join(''));
  }
  const head = asciiBytes(header);
  const bytes = new Uint8Array(head.length + vertices * 12 + triangles * 13);
  bytes.set(head);
  const view = new DataView(bytes.buffer);
  let offset = head.length;
  for (const value of mesh.positions) {
    view.setFloat32(offset, value, true);
    offset += 4;
  }
  const t = mesh.triangles;
  for (let k = 0; k < t.length; k += 3) {
    view.setUint8(offset, 3);
    view.setUint32(offset + 1, t[k] ?? 0, true);
    view.setUint32(offset + 5, t[k + 1] ?? 0, true);
    view.setUint32(offset + 9, t[k + 2] ?? 0, true);
    offset += 13;
  }
  return bytes;
}

/** Encodes text whose characters are all below 256 (non-Latin-1 characters become `?`). */
function asciiBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[i] = code < 256 ? code : 63;
  }
  return bytes;
}

import type { Issue } from '../issue.js';
import { failure, success, type Result } from '../result.js';
import { assembleMesh, type MeshReadStats, type RawMesh } from './assemble-mesh.js';
import type { Mesh } from './mesh.js';
import { MeshParseFailure, fail } from './mesh-read-error.js';
import { readObj } from './read-obj.js';
import { readPly } from './read-ply.js';
import { binaryStlTriangleCount, readAsciiStl, readBinaryStl, startsWithSolid, STL_HEADER_BYTES } from './read-stl.js';

/** The mesh file formats groundup reads. */
export type MeshFormat = 'stl' | 'obj' | 'ply';

/** How a mesh file was encoded. */
export type MeshEncoding = 'ascii' | 'binary' | 'binary_little_endian' | 'binary_big_endian';

/** Options of {@link readMesh}. */
export interface ReadMeshOptions {
  /** The format to read; `auto` (the default) decides from the bytes. */
  readonly format?: 'auto' | MeshFormat;
  /**
   * Merge vertices with exactly equal coordinates (default true). STL always merges: it writes every corner of
   * every triangle, so merging is how its triangles become connected.
   */
  readonly mergeDuplicateVertices?: boolean;
}

/** What a read gives. Coordinates are as in the file (no unit conversion). */
export interface MeshRead {
  readonly mesh: Mesh;
  readonly format: MeshFormat;
  readonly encoding: MeshEncoding;
  readonly stats: MeshReadStats;
}

/**
 * The result of {@link readMesh}: the mesh with its recoverable oddities as warnings
 * (`degenerate_triangles_dropped`, `duplicate_vertices_merged`, …), or one coded error whose `path`
 * is the place in the file (`byte 84`, `line 12`).
 */
export type MeshReadResult = Result<MeshRead>;

/** How many leading bytes decide whether a file is text. */
const TEXT_SNIFF_BYTES = 1024;

/**
 * Reads a triangle mesh from the bytes of an STL (binary or ASCII), OBJ or PLY (ASCII or binary, either byte
 * order) file. Never throws: every failure comes back as one coded error issue (codes: {@link MeshReadErrorCode}).
 *
 * Auto-detection: a binary STL is recognised by its exact length (`84 + 50·n`, whatever its header says), a PLY
 * by its `ply` line, an ASCII STL by its first word `solid` in a text file, and any other text is read as OBJ.
 *
 * @param bytes - the whole file
 * @param options - the format, when known, and whether to merge duplicate vertices
 * @returns the mesh with the format and counts, and warnings; or the error
 */
export function readMesh(bytes: Uint8Array, options: ReadMeshOptions = {}): MeshReadResult {
  try {
    const { warnings, ...value } = read(bytes, options);
    return success(value, warnings);
  } catch (error) {
    if (error instanceof MeshParseFailure) return failure(error.code, error.message, error.where);
    if (error instanceof RangeError) {
      return failure('count_mismatch', `The file is too large to read: ${error.message}`, 'file');
    }
    throw error;
  }
}

type MeshReadSuccess = MeshRead & { readonly warnings: Issue[] };

function read(bytes: Uint8Array, options: ReadMeshOptions): MeshReadSuccess {
  if (bytes.byteLength === 0) fail('empty_file', 'byte 0', 'The file is empty.');
  const merge = options.mergeDuplicateVertices ?? true;
  const format = options.format ?? 'auto';
  const finish = (raw: RawMesh, found: MeshFormat, encoding: MeshEncoding, extra: Issue[] = []): MeshReadSuccess => {
    const assembled = assembleMesh(raw, { mergeDuplicateVertices: merge, warnOnMerge: found !== 'stl' });
    return { format: found, encoding, ...assembled, warnings: [...extra, ...assembled.warnings] };
  };
  const stl = (allowTrailing: boolean): MeshReadSuccess => {
    if (binaryStlTriangleCount(bytes) === null && isText(bytes) && startsWithSolid(bytes)) {
      return finish(readAsciiStl(bytes), 'stl', 'ascii');
    }
    const raw = readBinaryStl(bytes, allowTrailing);
    return finish(raw, 'stl', 'binary', raw.trailingBytes > 0 ? [trailing(raw.trailingBytes, bytes.byteLength)] : []);
  };
  const ply = (): MeshReadSuccess => {
    if (!isPlyMagic(bytes)) fail('unknown_format', 'byte 0', 'Not a PLY file: it does not start with the line "ply".');
    const raw = readPly(bytes);
    return finish(
      raw,
      'ply',
      raw.encoding,
      raw.trailingBytes > 0 ? [trailing(raw.trailingBytes, bytes.byteLength)] : [],
    );
  };
  const obj = (): MeshReadSuccess => {
    if (!isText(bytes)) fail('unknown_format', 'byte 0', 'Not an OBJ file: it is not text.');
    return finish(readObj(bytes), 'obj', 'ascii');
  };
  switch (format) {
    case 'stl':
      return stl(true);
    case 'ply':
      return ply();
    case 'obj':
      return obj();
    case 'auto':
      break;
  }
  if (binaryStlTriangleCount(bytes) !== null) return stl(false);
  if (isPlyMagic(bytes)) return ply();
  if (isText(bytes)) return startsWithSolid(bytes) ? stl(false) : obj();
  if (bytes.byteLength >= STL_HEADER_BYTES + 4) return stl(false);
  return fail('unknown_format', 'byte 0', 'Not a recognised mesh format (STL, OBJ or PLY).');
}

function trailing(count: number, length: number): Issue {
  return {
    severity: 'warning',
    code: 'trailing_data',
    path: `byte ${length - count}`,
    message: `${count} bytes after the last record were ignored.`,
  };
}

/** Whether a file starts with the PLY magic line. */
function isPlyMagic(bytes: Uint8Array): boolean {
  return bytes[0] === 0x70 && bytes[1] === 0x6c && bytes[2] === 0x79 && (bytes[3] === 10 || bytes[3] === 13);
}

/** Whether the first kilobyte is text: no control characters other than tab, line feed, CR, form feed, Ctrl-Z. */
function isText(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, TEXT_SNIFF_BYTES);
  for (let i = 0; i < end; i++) {
    const c = bytes[i] ?? 0;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11 && c !== 26) return false;
  }
  return true;
}

import type { Issue } from '../issue.js';

/** What kind of capture a file holds, judged from its bytes alone. */
export type CaptureFormat =
  | { readonly kind: 'stl-binary'; readonly family: 'scan'; readonly triangleCount: number }
  | { readonly kind: 'stl-ascii'; readonly family: 'scan' }
  | { readonly kind: 'obj'; readonly family: 'scan' }
  | {
      readonly kind: 'ply';
      readonly family: 'scan';
      readonly encoding: 'ascii' | 'binary_little_endian' | 'binary_big_endian';
    }
  | { readonly kind: 'c3d'; readonly family: 'motion' }
  | { readonly kind: 'trc'; readonly family: 'motion' }
  | { readonly kind: 'mot'; readonly family: 'motion' }
  | { readonly kind: 'grid-csv'; readonly family: 'pressure' }
  | { readonly kind: 'unknown'; readonly family: 'unknown' };

/** The result of {@link detectCaptureFormat}: the format and anything odd about the file. */
export interface CaptureFormatReport {
  readonly format: CaptureFormat;
  readonly sizeBytes: number;
  readonly issues: readonly Issue[];
}

const STL_HEADER_BYTES = 80;
const STL_TRIANGLE_BYTES = 50;
/** C3D files have 0x50 in the second byte of the header (c3d.org, "The C3D File Format User Guide", header section). */
const C3D_KEY_BYTE = 0x50;

/**
 * Detects the format of an uploaded capture file from its first bytes and its length.
 * It does not parse the file: the format's own reader does that and reports its errors.
 *
 * @param bytes - the whole file
 * @returns the detected format, with an `unknown_format` or `empty_file` issue when nothing matched
 */
export function detectCaptureFormat(bytes: Uint8Array): CaptureFormatReport {
  const sizeBytes = bytes.byteLength;
  if (sizeBytes === 0) {
    return {
      format: { kind: 'unknown', family: 'unknown' },
      sizeBytes,
      issues: [{ severity: 'error', code: 'empty_file', path: 'byte 0', message: 'The file is empty.' }],
    };
  }
  const head = asciiHead(bytes, 512);
  const lowerHead = head.toLowerCase();

  const binaryStl = binaryStlTriangles(bytes);
  if (binaryStl !== null) {
    return { format: { kind: 'stl-binary', family: 'scan', triangleCount: binaryStl }, sizeBytes, issues: [] };
  }
  if (/^\s*solid\b/.test(lowerHead) && /\bfacet\b|\bendsolid\b/.test(lowerHead)) {
    return { format: { kind: 'stl-ascii', family: 'scan' }, sizeBytes, issues: [] };
  }
  if (/^ply\r?\n/.test(head)) {
    const encoding = /format\s+(ascii|binary_little_endian|binary_big_endian)/.exec(head)?.[1];
    if (encoding === 'ascii' || encoding === 'binary_little_endian' || encoding === 'binary_big_endian') {
      return { format: { kind: 'ply', family: 'scan', encoding }, sizeBytes, issues: [] };
    }
  }
  if (sizeBytes >= 512 && bytes[1] === C3D_KEY_BYTE) {
    return { format: { kind: 'c3d', family: 'motion' }, sizeBytes, issues: [] };
  }
  if (/^pathfiletype\s/.test(lowerHead)) {
    return { format: { kind: 'trc', family: 'motion' }, sizeBytes, issues: [] };
  }
  if (/^endheader\s*$/m.test(lowerHead)) {
    return { format: { kind: 'mot', family: 'motion' }, sizeBytes, issues: [] };
  }
  if (/^#\s*grid\s/.test(lowerHead)) {
    return { format: { kind: 'grid-csv', family: 'pressure' }, sizeBytes, issues: [] };
  }
  if (/^(v|vn|vt|f|o|g|mtllib|#)[ \t]/m.test(head) && /^v[ \t]+[-+.\d]/m.test(head)) {
    return { format: { kind: 'obj', family: 'scan' }, sizeBytes, issues: [] };
  }
  return {
    format: { kind: 'unknown', family: 'unknown' },
    sizeBytes,
    issues: [
      {
        severity: 'error',
        code: 'unknown_format',
        path: 'byte 0',
        message: 'Not a recognised capture format (STL, OBJ, PLY, C3D, TRC, MOT/STO or grid CSV).',
      },
    ],
  };
}

/** Binary STL: 80-byte header, uint32 count, 50 bytes a triangle; the length must match exactly. */
function binaryStlTriangles(bytes: Uint8Array): number | null {
  if (bytes.byteLength < STL_HEADER_BYTES + 4) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(STL_HEADER_BYTES, true);
  return bytes.byteLength === STL_HEADER_BYTES + 4 + count * STL_TRIANGLE_BYTES ? count : null;
}

function asciiHead(bytes: Uint8Array, length: number): string {
  let text = '';
  const end = Math.min(length, bytes.byteLength);
  for (let i = 0; i < end; i++) text += String.fromCharCode(bytes[i] ?? 0);
  return text;
}

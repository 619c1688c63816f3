import { fail } from './mesh-read-error.js';
import type { RawMesh } from './assemble-mesh.js';
import { GrowableFloat32Array, GrowableUint32Array } from './growable-array.js';
import { TextCursor, latin1 } from './text-cursor.js';
import { VertexWelder } from './vertex-welder.js';

/** Bytes before the triangle count of a binary STL. */
export const STL_HEADER_BYTES = 80;
/** Bytes of one binary STL triangle: normal, three corners (float32 each), attribute count (uint16). */
export const STL_TRIANGLE_BYTES = 50;
const EXPONENT_MASK = 0x7f800000;

/**
 * The triangle count of a binary STL whose length matches its header exactly (`84 + 50·n` bytes), else null.
 * Many binary STLs have a header that starts with "solid", so the length decides, not the first word.
 *
 * @param bytes - the file
 * @returns the count, or null when the length does not match
 */
export function binaryStlTriangleCount(bytes: Uint8Array): number | null {
  if (bytes.byteLength < STL_HEADER_BYTES + 4) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(STL_HEADER_BYTES, true);
  return bytes.byteLength === STL_HEADER_BYTES + 4 + count * STL_TRIANGLE_BYTES ? count : null;
}

/**
 * Reads a binary STL, merging equal corners as it goes (a hash table over the coordinates' bits).
 *
 * @param bytes - the file
 * @param allowTrailingBytes - accept bytes after the last triangle (when the caller knows the file is STL)
 * @returns the triangles, welded; fails with `truncated` or `count_mismatch` when the file is shorter than its count
 */
export function readBinaryStl(bytes: Uint8Array, allowTrailingBytes: boolean): RawMesh & { trailingBytes: number } {
  const length = bytes.byteLength;
  if (length < STL_HEADER_BYTES + 4) {
    fail('truncated', `byte ${length}`, `A binary STL needs at least 84 bytes; the file has ${length}.`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, length);
  const count = view.getUint32(STL_HEADER_BYTES, true);
  const expected = STL_HEADER_BYTES + 4 + count * STL_TRIANGLE_BYTES;
  const body = length - STL_HEADER_BYTES - 4;
  if (expected > length) {
    const whole = Math.floor(body / STL_TRIANGLE_BYTES);
    if (body % STL_TRIANGLE_BYTES === 0) {
      fail('count_mismatch', 'byte 80', `The header says ${count} triangles, but the file holds ${whole}.`);
    }
    fail(
      'truncated',
      `byte ${length}`,
      `The file ends inside triangle ${whole + 1} of ${count} (it should be ${expected} bytes, it is ${length}).`,
    );
  }
  if (expected < length && !allowTrailingBytes) {
    fail(
      'unknown_format',
      'byte 80',
      `Not a binary STL: the header says ${count} triangles (${expected} bytes), but the file has ${length} bytes.`,
    );
  }

  const welder = new VertexWelder(count * 3);
  const triangles = new Uint32Array(count * 3);
  let offset = STL_HEADER_BYTES + 4 + 12;
  for (let t = 0; t < count; t++) {
    for (let corner = 0; corner < 3; corner++) {
      const x = view.getUint32(offset, true);
      const y = view.getUint32(offset + 4, true);
      const z = view.getUint32(offset + 8, true);
      if (
        (x & EXPONENT_MASK) === EXPONENT_MASK ||
        (y & EXPONENT_MASK) === EXPONENT_MASK ||
        (z & EXPONENT_MASK) === EXPONENT_MASK
      ) {
        fail('non_finite_coordinate', `byte ${offset}`, `Triangle ${t + 1} has a coordinate that is NaN or infinite.`);
      }
      triangles[t * 3 + corner] = welder.addBits(x, y, z);
      offset += 12;
    }
    offset += 14;
  }
  return {
    positions: welder.positions(),
    triangles,
    welded: true,
    mergedWhileReading: count * 3 - welder.size,
    trailingBytes: length - expected,
  };
}

/**
 * Whether a text file starts with the ASCII STL keyword `solid`.
 *
 * @param bytes - the file
 * @returns true when the first word is `solid`
 */
export function startsWithSolid(bytes: Uint8Array): boolean {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < bytes.length && (bytes[i] === 32 || bytes[i] === 9 || bytes[i] === 10 || bytes[i] === 13)) i++;
  const word = latin1(bytes, i, Math.min(bytes.length, i + 6)).toLowerCase();
  return word === 'solid' || /^solid\s/.test(word);
}

/**
 * Reads an ASCII STL (`solid … facet normal … outer loop … vertex x y z … endloop … endfacet … endsolid`).
 * Loops with more than three vertices are fan-triangulated; several solids in one file are read as one mesh.
 *
 * @param bytes - the file
 * @returns the triangles, not yet welded
 */
export function readAsciiStl(bytes: Uint8Array): RawMesh {
  const cursor = new TextCursor(latin1(bytes));
  const corners = new GrowableFloat32Array();
  const triangles = new GrowableUint32Array();
  const faces = new GrowableUint32Array();
  let loopStart = -1;
  let loopLine = 0;
  let facet = 0;
  let sawSolid = false;
  const closeLoop = () => {
    const first = loopStart;
    const n = corners.size / 3 - first;
    if (n < 3) fail('invalid_face', `line ${loopLine}`, `Facet ${facet} has ${n} vertices; a facet needs three.`);
    for (let k = 1; k + 1 < n; k++) {
      triangles.push(first);
      triangles.push(first + k);
      triangles.push(first + k + 1);
      faces.push(facet);
    }
    loopStart = -1;
  };
  while (cursor.next()) {
    const word = cursor.tokenLength() <= 8 ? cursor.token().toLowerCase() : '';
    switch (word) {
      case 'solid':
      case 'endsolid':
        sawSolid = true;
        if (loopStart >= 0) closeLoop();
        cursor.skipLine();
        break;
      case 'facet':
        if (loopStart >= 0) closeLoop();
        break;
      case 'loop':
        if (loopStart >= 0) closeLoop();
        facet++;
        loopStart = corners.size / 3;
        loopLine = cursor.line;
        break;
      case 'vertex':
        if (loopStart < 0) {
          facet++;
          loopStart = corners.size / 3;
          loopLine = cursor.line;
        }
        for (let axis = 0; axis < 3; axis++) {
          if (!cursor.nextOnLine()) {
            fail(cursor.atEnd ? 'truncated' : 'invalid_number', cursor.where, 'A vertex needs three coordinates.');
          }
          corners.push(cursor.number('vertex coordinate'));
        }
        break;
      case 'endloop':
      case 'endfacet':
        if (loopStart >= 0) closeLoop();
        break;
      default:
        break;
    }
  }
  if (loopStart >= 0) fail('truncated', cursor.where, `The file ends inside facet ${facet}.`);
  if (corners.size === 0) {
    if (sawSolid) fail('no_triangles', 'line 1', 'The STL has no facets.');
    fail('not_a_mesh', 'line 1', 'The text has no STL facets.');
  }
  return {
    positions: corners.toArray(),
    triangles: triangles.toArray(),
    triangleFaces: faces.toArray(),
    welded: false,
  };
}

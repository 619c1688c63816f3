import type { RawMesh } from './assemble-mesh.js';
import { GrowableUint32Array } from './growable-array.js';
import { fail } from './mesh-read-error.js';
import { PLY_TYPE_BYTES, parsePlyHeader, type PlyElement, type PlyEncoding, type PlyScalarType } from './ply-header.js';
import { TextCursor, clip, latin1 } from './text-cursor.js';

const MAX_INDEX = 0xfffffffe;
const NUMBER_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Where the reader puts what it finds: the vertex coordinates and the fan-triangulated faces. */
interface PlySink {
  readonly vertex: PlyElement;
  /** Property index of x, y, z in the vertex element. */
  readonly axes: readonly number[];
  readonly face: PlyElement | undefined;
  /** Property index of the face element's index list. */
  readonly indexProperty: number;
  readonly positions: Float32Array;
  readonly triangles: GrowableUint32Array;
  readonly faces: GrowableUint32Array;
}

/**
 * Reads a PLY file, ASCII or binary (either byte order), with any property layout: the vertex element's x, y, z
 * (any scalar type) and the face element's index list (`vertex_indices` or `vertex_index`, else its first list;
 * any count and index type); other properties and elements are skipped. Faces with more than three corners are
 * fan-triangulated.
 *
 * @see https://paulbourke.net/dataformats/ply/
 * @param bytes - the file
 * @returns the vertices and triangles (indices not yet checked against the vertex count), the encoding and the
 *   number of bytes after the last element
 */
export function readPly(bytes: Uint8Array): RawMesh & { encoding: PlyEncoding; trailingBytes: number } {
  const header = parsePlyHeader(bytes);
  const vertex = header.elements.find((e) => e.name === 'vertex');
  if (vertex === undefined) fail('invalid_header', 'header', 'The PLY header has no vertex element.');
  const axes = ['x', 'y', 'z'].map((name) => {
    const index = vertex.properties.findIndex((p) => p.name === name);
    if (vertex.properties[index]?.kind !== 'scalar') {
      fail('invalid_header', `header line ${vertex.line}`, `The vertex element has no scalar '${name}' property.`);
    }
    return index;
  });
  const face = header.elements.find((e) => e.name === 'face');
  const bodyLength = bytes.length - header.bodyOffset;
  for (const element of header.elements) {
    const least = element.count * minimumRecordBytes(element, header.encoding);
    if (least > bodyLength + 1) {
      fail(
        'count_mismatch',
        `header line ${element.line}`,
        `The header says ${element.count} ${element.name} records, more than the file's ${bodyLength} bytes of data can hold.`,
      );
    }
  }
  const sink: PlySink = {
    vertex,
    axes,
    face,
    indexProperty: face === undefined ? -1 : faceIndexProperty(face),
    positions: new Float32Array(vertex.count * 3),
    triangles: new GrowableUint32Array(face === undefined ? 16 : face.count * 3),
    faces: new GrowableUint32Array(face === undefined ? 16 : face.count),
  };
  const trailingBytes =
    header.encoding === 'ascii'
      ? readAsciiBody(bytes, header.bodyOffset, header.lineCount + 1, header.elements, sink)
      : readBinaryBody(bytes, header.bodyOffset, header.encoding === 'binary_little_endian', header.elements, sink);
  return {
    positions: sink.positions,
    triangles: sink.triangles.toArray(),
    triangleFaces: sink.faces.toArray(),
    welded: false,
    encoding: header.encoding,
    trailingBytes,
  };
}

function faceIndexProperty(face: PlyElement): number {
  const named = face.properties.findIndex(
    (p) => p.kind === 'list' && (p.name === 'vertex_indices' || p.name === 'vertex_index'),
  );
  const index = named >= 0 ? named : face.properties.findIndex((p) => p.kind === 'list');
  if (index < 0) fail('invalid_header', `header line ${face.line}`, 'The face element has no list of vertex indices.');
  return index;
}

/** Fewest bytes one record can take: list counts of zero; in ASCII, a character and a separator per value. */
function minimumRecordBytes(element: PlyElement, encoding: PlyEncoding): number {
  let sum = 0;
  for (const property of element.properties) {
    const type = property.kind === 'scalar' ? property.type : property.countType;
    sum += encoding === 'ascii' ? 2 : PLY_TYPE_BYTES[type];
  }
  return sum;
}

function readScalar(view: DataView, offset: number, type: PlyScalarType, little: boolean): number {
  switch (type) {
    case 'int8':
      return view.getInt8(offset);
    case 'uint8':
      return view.getUint8(offset);
    case 'int16':
      return view.getInt16(offset, little);
    case 'uint16':
      return view.getUint16(offset, little);
    case 'int32':
      return view.getInt32(offset, little);
    case 'uint32':
      return view.getUint32(offset, little);
    case 'float32':
      return view.getFloat32(offset, little);
    case 'float64':
      return view.getFloat64(offset, little);
  }
}

/** Stores one coordinate, failing with `non_finite_coordinate` (at `where`, a byte offset or a text place). */
function storeCoordinate(sink: PlySink, record: number, axis: number, raw: number, where: number | TextCursor): void {
  const value = Math.fround(raw);
  if (!Number.isFinite(value)) {
    fail(
      'non_finite_coordinate',
      typeof where === 'number' ? `byte ${where}` : where.where,
      `Vertex ${record + 1} has a coordinate that is NaN, infinite or too large.`,
    );
  }
  sink.positions[record * 3 + axis] = value;
}

function checkFaceCount(count: number, faceNumber: number): void {
  if (!Number.isInteger(count) || count < 3) {
    fail('invalid_face', `face ${faceNumber}`, `Face ${faceNumber} has ${count} vertices; a face needs three.`);
  }
}

function checkIndex(index: number, faceNumber: number): void {
  if (!Number.isInteger(index) || index < 0 || index > MAX_INDEX) {
    fail(
      'index_out_of_range',
      `face ${faceNumber}`,
      `Face ${faceNumber} points at vertex ${index}, which does not exist.`,
    );
  }
}

function endOfData(atRecordStart: boolean, element: PlyElement, record: number, where: string): never {
  if (atRecordStart) {
    fail(
      'count_mismatch',
      where,
      `The header says ${element.count} ${element.name} records, but the data ends after ${record}.`,
    );
  }
  fail('truncated', where, `The file ends inside ${element.name} ${record + 1}.`);
}

/** @returns bytes left after the last element */
function readBinaryBody(
  bytes: Uint8Array,
  offset: number,
  little: boolean,
  elements: readonly PlyElement[],
  sink: PlySink,
): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = bytes.byteLength;
  let pos = offset;
  let faceNumber = 0;
  for (const element of elements) {
    const properties = element.properties;
    const isVertex = element === sink.vertex;
    const isFace = element === sink.face;
    if (properties.every((p) => p.kind === 'scalar')) {
      // Fixed-size records: check the whole element at once, then read only x, y, z.
      let stride = 0;
      const offsets: number[] = [];
      for (const p of properties) {
        offsets.push(stride);
        stride += PLY_TYPE_BYTES[p.type];
      }
      const available = stride === 0 ? element.count : Math.floor((length - pos) / stride);
      if (available < element.count) {
        endOfData((length - pos) % stride === 0, element, available, `byte ${length}`);
      }
      if (isVertex) {
        for (let axis = 0; axis < 3; axis++) {
          const index = sink.axes[axis] ?? 0;
          const property = properties[index];
          const type = property?.type ?? 'float32';
          let at = pos + (offsets[index] ?? 0);
          for (let r = 0; r < element.count; r++, at += stride) {
            storeCoordinate(sink, r, axis, readScalar(view, at, type, little), at);
          }
        }
      }
      pos += stride * element.count;
      continue;
    }
    for (let r = 0; r < element.count; r++) {
      const recordStart = pos;
      if (isFace) faceNumber++;
      for (let p = 0; p < properties.length; p++) {
        const property = properties[p];
        if (property === undefined) continue;
        if (property.kind === 'scalar') {
          const size = PLY_TYPE_BYTES[property.type];
          if (pos + size > length) endOfData(pos === recordStart, element, r, `byte ${length}`);
          const axis = isVertex ? sink.axes.indexOf(p) : -1;
          if (axis >= 0) storeCoordinate(sink, r, axis, readScalar(view, pos, property.type, little), pos);
          pos += size;
          continue;
        }
        const countSize = PLY_TYPE_BYTES[property.countType];
        if (pos + countSize > length) endOfData(pos === recordStart, element, r, `byte ${length}`);
        const count = readScalar(view, pos, property.countType, little);
        const countAt = pos;
        pos += countSize;
        const itemSize = PLY_TYPE_BYTES[property.itemType];
        if (!Number.isInteger(count) || count < 0)
          fail('invalid_number', `byte ${countAt}`, `A list count is ${count}.`);
        if (pos + count * itemSize > length) endOfData(false, element, r, `byte ${length}`);
        if (!isFace || p !== sink.indexProperty) {
          pos += count * itemSize;
          continue;
        }
        checkFaceCount(count, faceNumber);
        const first = readScalar(view, pos, property.itemType, little);
        checkIndex(first, faceNumber);
        let previous = readScalar(view, pos + itemSize, property.itemType, little);
        checkIndex(previous, faceNumber);
        for (let k = 2; k < count; k++) {
          const index = readScalar(view, pos + k * itemSize, property.itemType, little);
          checkIndex(index, faceNumber);
          sink.triangles.push(first);
          sink.triangles.push(previous);
          sink.triangles.push(index);
          sink.faces.push(faceNumber);
          previous = index;
        }
        pos += count * itemSize;
      }
    }
  }
  return length - pos;
}

/** @returns 0 (text after the last element is ignored) */
function readAsciiBody(
  bytes: Uint8Array,
  offset: number,
  firstLine: number,
  elements: readonly PlyElement[],
  sink: PlySink,
): number {
  const cursor = new TextCursor(latin1(bytes, offset), firstLine);
  let faceNumber = 0;
  const value = (type: PlyScalarType): number => {
    const token = cursor.token();
    const number = NUMBER_PATTERN.test(token) ? Number(token) : Number.NaN;
    if (Number.isNaN(number)) {
      if (/^[+-]?(nan|inf)/i.test(token)) {
        fail('non_finite_coordinate', cursor.where, `The value '${clip(token)}' is not a finite number.`);
      }
      fail('invalid_number', cursor.where, `The ${type} value '${clip(token)}' is not a number.`);
    }
    return number;
  };
  for (const element of elements) {
    const properties = element.properties;
    const isVertex = element === sink.vertex;
    const isFace = element === sink.face;
    for (let r = 0; r < element.count; r++) {
      let first = true;
      const next = () => {
        if (!cursor.next()) endOfData(first, element, r, cursor.where);
        first = false;
      };
      if (isFace) faceNumber++;
      for (let p = 0; p < properties.length; p++) {
        const property = properties[p];
        if (property === undefined) continue;
        next();
        if (property.kind === 'scalar') {
          const axis = isVertex ? sink.axes.indexOf(p) : -1;
          if (axis >= 0) storeCoordinate(sink, r, axis, value(property.type), cursor);
          continue;
        }
        const count = value(property.countType);
        if (!Number.isInteger(count) || count < 0) fail('invalid_number', cursor.where, `A list count is ${count}.`);
        if (!isFace || p !== sink.indexProperty) {
          for (let k = 0; k < count; k++) next();
          continue;
        }
        checkFaceCount(count, faceNumber);
        let head = 0;
        let previous = 0;
        for (let k = 0; k < count; k++) {
          next();
          const index = value(property.itemType);
          checkIndex(index, faceNumber);
          if (k === 0) head = index;
          else if (k >= 2) {
            sink.triangles.push(head);
            sink.triangles.push(previous);
            sink.triangles.push(index);
            sink.faces.push(faceNumber);
          }
          previous = index;
        }
      }
    }
  }
  return 0;
}

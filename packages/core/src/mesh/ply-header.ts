import { fail } from './mesh-read-error.js';
import { clip, latin1 } from './text-cursor.js';

/** The scalar types of PLY, by their canonical names. */
export type PlyScalarType = 'int8' | 'uint8' | 'int16' | 'uint16' | 'int32' | 'uint32' | 'float32' | 'float64';

/** PLY's type names (both the original and the sized aliases) and the type each stands for. */
const TYPE_NAMES: Readonly<Record<string, PlyScalarType>> = {
  char: 'int8',
  int8: 'int8',
  uchar: 'uint8',
  uint8: 'uint8',
  short: 'int16',
  int16: 'int16',
  ushort: 'uint16',
  uint16: 'uint16',
  int: 'int32',
  int32: 'int32',
  uint: 'uint32',
  uint32: 'uint32',
  float: 'float32',
  float32: 'float32',
  double: 'float64',
  float64: 'float64',
};

/** Bytes of each scalar type in a binary PLY. */
export const PLY_TYPE_BYTES: Readonly<Record<PlyScalarType, number>> = {
  int8: 1,
  uint8: 1,
  int16: 2,
  uint16: 2,
  int32: 4,
  uint32: 4,
  float32: 4,
  float64: 8,
};

/** One property of a PLY element: a scalar, or a list with a count type and an item type. */
export type PlyProperty =
  | { readonly kind: 'scalar'; readonly name: string; readonly type: PlyScalarType }
  | {
      readonly kind: 'list';
      readonly name: string;
      readonly countType: PlyScalarType;
      readonly itemType: PlyScalarType;
    };

/** One element of a PLY header (`element vertex 8` and its properties). */
export interface PlyElement {
  readonly name: string;
  readonly count: number;
  readonly properties: readonly PlyProperty[];
  /** The header line that declared it. */
  readonly line: number;
}

/** The encodings PLY allows. */
export type PlyEncoding = 'ascii' | 'binary_little_endian' | 'binary_big_endian';

/** A parsed PLY header. */
export interface PlyHeader {
  readonly encoding: PlyEncoding;
  readonly elements: readonly PlyElement[];
  /** Byte offset of the body (just after the `end_header` line). */
  readonly bodyOffset: number;
  /** Number of lines the header takes, so the ASCII body can count lines from the right place. */
  readonly lineCount: number;
}

/** Longest header that is searched for `end_header`. */
const MAX_HEADER_BYTES = 1 << 20;

/**
 * Parses a PLY header (`ply`, `format …`, `comment`/`obj_info`, `element`, `property`, `end_header`).
 *
 * @see https://paulbourke.net/dataformats/ply/
 * @param bytes - the file
 * @returns the header; fails with `invalid_header` or `unsupported_property_type`
 */
export function parsePlyHeader(bytes: Uint8Array): PlyHeader {
  const text = latin1(bytes, 0, headerEnd(bytes));
  const endMatch = /(^|\n)end_header[ \t]*\r?(\n|$)/.exec(text);
  if (endMatch === null) fail('invalid_header', 'header', 'The PLY header has no end_header line.');
  const bodyOffset = endMatch.index + endMatch[0].length;
  const lines = text.slice(0, bodyOffset).split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let encoding: PlyEncoding | null = null;
  const elements: { name: string; count: number; properties: PlyProperty[]; line: number }[] = [];
  for (const [index, raw] of lines.entries()) {
    const where = `header line ${index + 1}`;
    const words = raw.trim().split(/[ \t]+/);
    const keyword = words[0] ?? '';
    if (index === 0) {
      if (keyword !== 'ply') fail('invalid_header', where, 'A PLY file starts with the line "ply".');
      continue;
    }
    switch (keyword) {
      case 'format': {
        const value = words[1] ?? '';
        if (value !== 'ascii' && value !== 'binary_little_endian' && value !== 'binary_big_endian') {
          fail('invalid_header', where, `Unknown PLY format '${clip(value)}'.`);
        }
        encoding = value;
        continue;
      }
      case 'element': {
        const count = words[2] ?? '';
        if (words.length !== 3 || !/^\d{1,10}$/.test(count) || Number(count) > 0xffffffff) {
          fail('invalid_header', where, `An element line is "element <name> <count>"; got '${clip(raw.trim())}'.`);
        }
        elements.push({ name: words[1] ?? '', count: Number(count), properties: [], line: index + 1 });
        continue;
      }
      case 'property': {
        const element = elements[elements.length - 1];
        if (element === undefined) fail('invalid_header', where, 'A property comes before any element.');
        element.properties.push(parseProperty(words, where));
        continue;
      }
      case 'comment':
      case 'obj_info':
      case 'end_header':
      case '':
        continue;
      default:
        fail('invalid_header', where, `Unknown PLY header line '${clip(raw.trim())}'.`);
    }
  }
  if (encoding === null) fail('invalid_header', 'header line 2', 'The PLY header has no format line.');
  return { encoding, elements, bodyOffset, lineCount: lines.length };
}

/** @returns the offset just after the first line that starts with `end_header` (or the search limit) */
function headerEnd(bytes: Uint8Array): number {
  const limit = Math.min(bytes.length, MAX_HEADER_BYTES);
  const word = [101, 110, 100, 95, 104, 101, 97, 100, 101, 114];
  for (let at = bytes.indexOf(101); at >= 0 && at < limit; at = bytes.indexOf(101, at + 1)) {
    if (at > 0 && bytes[at - 1] !== 10) continue;
    if (!word.every((code, k) => bytes[at + k] === code)) continue;
    const after = bytes[at + word.length];
    if (after !== undefined && after !== 10 && after !== 13 && after !== 32 && after !== 9) continue;
    const newline = bytes.indexOf(10, at);
    return newline === -1 ? bytes.length : Math.min(newline + 1, bytes.length);
  }
  return limit;
}

function parseProperty(words: readonly string[], where: string): PlyProperty {
  if (words[1] === 'list') {
    if (words.length !== 5)
      fail('invalid_header', where, 'A list property is "property list <count type> <item type> <name>".');
    return {
      kind: 'list',
      countType: scalarType(words[2] ?? '', where),
      itemType: scalarType(words[3] ?? '', where),
      name: words[4] ?? '',
    };
  }
  if (words.length !== 3) fail('invalid_header', where, 'A property is "property <type> <name>".');
  return { kind: 'scalar', type: scalarType(words[1] ?? '', where), name: words[2] ?? '' };
}

function scalarType(name: string, where: string): PlyScalarType {
  const type = Object.hasOwn(TYPE_NAMES, name) ? TYPE_NAMES[name] : undefined;
  if (type === undefined) {
    fail('unsupported_property_type', where, `'${clip(name)}' is not a PLY property type.`);
  }
  return type;
}

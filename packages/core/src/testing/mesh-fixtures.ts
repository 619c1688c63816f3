// Test-only helpers for the mesh readers and writers (excluded from the build by tsconfig.build.json).
import fc from 'fast-check';
import type { Issue } from '../issue.js';
import type { Mesh } from '../mesh/mesh.js';
import type { MeshRead, MeshReadResult } from '../mesh/read-mesh.js';

/** UTF-8/ASCII bytes of a text. */
export function textBytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Random float32 coordinates in ±10 m, including −0, tiny and subnormal values. */
export const coordinateArbitrary = fc.float({ min: -1e4, max: 1e4, noNaN: true, noDefaultInfinity: true });

/** Random meshes: 3–30 vertices, 1–40 triangles with three distinct corners (positions may coincide). */
export const meshArbitrary: fc.Arbitrary<Mesh> = fc.integer({ min: 3, max: 30 }).chain((n) =>
  fc
    .record({
      positions: fc.array(coordinateArbitrary, { minLength: 3 * n, maxLength: 3 * n }),
      triangles: fc.array(
        fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.nat(n - 1)).filter(([a, b, c]) => a !== b && b !== c && a !== c),
        { minLength: 1, maxLength: 40 },
      ),
    })
    .map(({ positions, triangles }) => ({
      positions: Float32Array.from(positions),
      triangles: Uint32Array.from(triangles.flat()),
    })),
);

/**
 * The geometry of a mesh, independent of vertex numbering: per triangle its nine corner coordinates (−0 as 0),
 * leaving out triangles with two corners at the same place (the readers merge those corners and drop the
 * triangle).
 */
export function triangleSoup(mesh: Mesh): number[][] {
  const soup: number[][] = [];
  const p = mesh.positions;
  const t = mesh.triangles;
  for (let k = 0; k < t.length; k += 3) {
    const corners = [t[k]!, t[k + 1]!, t[k + 2]!].map((v) => [p[v * 3]! + 0, p[v * 3 + 1]! + 0, p[v * 3 + 2]! + 0]);
    const same = (a: number[], b: number[]) => a.every((value, i) => value === b[i]);
    if (same(corners[0]!, corners[1]!) || same(corners[1]!, corners[2]!) || same(corners[0]!, corners[2]!)) continue;
    soup.push(corners.flat());
  }
  return soup;
}

/** A PLY scalar type name as written in a header (either spelling). */
export type PlyTypeName =
  | 'char'
  | 'uchar'
  | 'short'
  | 'ushort'
  | 'int'
  | 'uint'
  | 'float'
  | 'double'
  | 'int8'
  | 'uint8'
  | 'int16'
  | 'uint16'
  | 'int32'
  | 'uint32'
  | 'float32'
  | 'float64';

/** One property of a PLY element being built. */
export type PlyPropertySpec =
  | { readonly name: string; readonly type: PlyTypeName }
  | { readonly name: string; readonly list: readonly [PlyTypeName, PlyTypeName] };

/** One element of a PLY file being built, with its rows (a list property takes an array). */
export interface PlyElementSpec {
  readonly name: string;
  readonly properties: readonly PlyPropertySpec[];
  readonly rows: readonly (readonly (number | readonly number[])[])[];
}

const SIZES: Record<string, [number, string]> = {
  char: [1, 'Int8'],
  int8: [1, 'Int8'],
  uchar: [1, 'Uint8'],
  uint8: [1, 'Uint8'],
  short: [2, 'Int16'],
  int16: [2, 'Int16'],
  ushort: [2, 'Uint16'],
  uint16: [2, 'Uint16'],
  int: [4, 'Int32'],
  int32: [4, 'Int32'],
  uint: [4, 'Uint32'],
  uint32: [4, 'Uint32'],
  float: [4, 'Float32'],
  float32: [4, 'Float32'],
  double: [8, 'Float64'],
  float64: [8, 'Float64'],
};

/**
 * Builds a PLY file from a layout and rows, in any encoding: the test's way to make unusual layouts.
 *
 * @param encoding - the body encoding
 * @param elements - elements in file order
 * @param count - optional override of each element's declared count (to make broken headers)
 */
export function buildPly(
  encoding: 'ascii' | 'binary_little_endian' | 'binary_big_endian',
  elements: readonly PlyElementSpec[],
  count: (element: PlyElementSpec) => number = (element) => element.rows.length,
): Uint8Array {
  const header = ['ply', `format ${encoding} 1.0`, 'comment built by a groundup test'];
  for (const element of elements) {
    header.push(`element ${element.name} ${count(element)}`);
    for (const p of element.properties) {
      header.push('type' in p ? `property ${p.type} ${p.name}` : `property list ${p.list[0]} ${p.list[1]} ${p.name}`);
    }
  }
  header.push('end_header', '');
  const head = textBytes(header.join('\n'));
  if (encoding === 'ascii') {
    const lines = elements.flatMap((element) =>
      element.rows.map((row) =>
        row.map((cell) => (typeof cell === 'number' ? String(cell) : [cell.length, ...cell].join(' '))).join(' '),
      ),
    );
    return textBytes(header.join('\n') + lines.join('\n') + '\n');
  }
  const little = encoding === 'binary_little_endian';
  let size = head.length;
  const cells: [string, number][] = [];
  for (const element of elements) {
    for (const row of element.rows) {
      row.forEach((cell, i) => {
        const p = element.properties[i]!;
        if ('type' in p) cells.push([p.type, cell as number]);
        else {
          const items = cell as readonly number[];
          cells.push([p.list[0], items.length]);
          for (const item of items) cells.push([p.list[1], item]);
        }
      });
    }
  }
  for (const [type] of cells) size += SIZES[type]![0];
  const bytes = new Uint8Array(size);
  bytes.set(head);
  const view = new DataView(bytes.buffer) as any;
  let offset = head.length;
  for (const [type, value] of cells) {
    const [width, method] = SIZES[type]!;
    if (width === 1) view[`set${method}`](offset, value);
    else view[`set${method}`](offset, value, little);
    offset += width;
  }
  return bytes;
}

/** The vertex and face elements of a mesh, in the layout most PLY writers use. */
export function plainPlyElements(mesh: Mesh): PlyElementSpec[] {
  const vertices: number[][] = [];
  for (let v = 0; v < mesh.positions.length; v += 3) vertices.push([...mesh.positions.subarray(v, v + 3)]);
  const faces: number[][][] = [];
  for (let k = 0; k < mesh.triangles.length; k += 3) faces.push([[...mesh.triangles.subarray(k, k + 3)]]);
  return [
    {
      name: 'vertex',
      properties: [
        { name: 'x', type: 'float' },
        { name: 'y', type: 'float' },
        { name: 'z', type: 'float' },
      ],
      rows: vertices,
    },
    { name: 'face', properties: [{ name: 'vertex_indices', list: ['uchar', 'int'] }], rows: faces },
  ];
}

/** A successful mesh read as the tests look at it: the value with its warnings. */
export type MeshReadForTest = MeshRead & { readonly warnings: readonly Issue[] };

/**
 * The value and warnings of a successful {@link readMesh} result, or a thrown Error naming the error.
 *
 * @param result - a read result
 * @returns the mesh, format, encoding, counts and warnings
 */
export function readSucceeded(result: MeshReadResult): MeshReadForTest {
  if (!result.ok) {
    const error = meshReadError(result);
    throw new Error(`${error.code} at ${error.where}: ${error.message}`);
  }
  return { ...result.value, warnings: result.issues };
}

/**
 * The error of a failed read, as `{ code, message, where }` (`where` is the issue's path).
 *
 * @param result - a read result
 * @returns its first error, or a `none` code for a success
 */
export function meshReadError(result: MeshReadResult): { code: string; message: string; where: string } {
  const error = result.issues.find((issue) => issue.severity === 'error');
  return error === undefined
    ? { code: 'none', message: '', where: '' }
    : { code: error.code, message: error.message, where: error.path };
}

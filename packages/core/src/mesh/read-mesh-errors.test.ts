import { describe, expect, it } from 'vitest';
import { buildPly, meshReadError, plainPlyElements, textBytes } from '../testing/mesh-fixtures.js';
import { createBoxMesh, createTetrahedronMesh } from './mesh-builders.js';
import type { MeshReadErrorCode } from './mesh-read-error.js';
import { readMesh } from './read-mesh.js';
import { writeAsciiStl, writeBinaryStl } from './write-stl.js';
import { writeObj } from './write-obj.js';
import { writePly } from './write-ply.js';

function errorOf(bytes: Uint8Array, format?: 'stl' | 'obj' | 'ply'): { code: MeshReadErrorCode; where: string } {
  const result = readMesh(bytes, format === undefined ? {} : { format });
  if (result.ok) throw new Error('expected an error, got a mesh');
  const error = meshReadError(result);
  expect(error.message.length).toBeGreaterThan(10);
  return { code: error.code as MeshReadErrorCode, where: error.where };
}

const tetra = createTetrahedronMesh(10);
const stl = writeBinaryStl(createBoxMesh([0, 0, 0], [1, 1, 1]));

describe('readMesh errors', () => {
  it('reports an empty file', () => {
    expect(errorOf(new Uint8Array())).toEqual({ code: 'empty_file', where: 'byte 0' });
  });

  it('reports a binary STL cut inside a triangle as truncated, at the end of the file', () => {
    const cut = stl.slice(0, 84 + 50 * 5 + 17);
    expect(errorOf(cut)).toEqual({ code: 'truncated', where: `byte ${cut.length}` });
  });

  it('reports a binary STL whose count promises more triangles than it holds as a count mismatch', () => {
    const short = stl.slice(0, 84 + 50 * 11);
    expect(errorOf(short)).toEqual({ code: 'count_mismatch', where: 'byte 80' });
    const solidHeader = writeBinaryStl(tetra, 'solid scanner export').slice(0, 84 + 50 * 2);
    expect(errorOf(solidHeader).code).toBe('count_mismatch');
  });

  it('reports NaN and infinite coordinates in every format', () => {
    const nan = stl.slice();
    new DataView(nan.buffer).setFloat32(84 + 50 * 3 + 12 + 4, Number.NaN, true);
    expect(errorOf(nan)).toEqual({ code: 'non_finite_coordinate', where: `byte ${84 + 50 * 3 + 12}` });
    const inf = writePly(tetra);
    new DataView(inf.buffer).setFloat32(inf.length - 4 * 13 - 4, Number.POSITIVE_INFINITY, true);
    expect(errorOf(inf).code).toBe('non_finite_coordinate');
    expect(errorOf(textBytes('v 0 0 0\nv 1 nan 0\nv 0 1 0\nf 1 2 3\n'))).toEqual({
      code: 'non_finite_coordinate',
      where: 'line 2',
    });
    expect(errorOf(textBytes('v 0 0 0\nv 1 0 0\nv 0 1 1e39\nf 1 2 3\n')).code).toBe('non_finite_coordinate');
    expect(errorOf(textBytes(writeAsciiStl(tetra).replace('vertex 10', 'vertex inf'))).code).toBe(
      'non_finite_coordinate',
    );
    expect(
      errorOf(writePly(tetra, { encoding: 'ascii' }).map((b, i, all) => (i > all.length - 40 && b === 49 ? 0x2d : b)))
        .code,
    ).toMatch(/^(invalid_number|index_out_of_range)$/);
  });

  it('reports faces that point at missing vertices, with the face number', () => {
    expect(errorOf(textBytes('v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\nf 1 2 4\n'))).toEqual({
      code: 'index_out_of_range',
      where: 'face 2',
    });
    expect(errorOf(textBytes('v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 -4\n')).code).toBe('index_out_of_range');
    expect(errorOf(textBytes('v 0 0 0\nv 1 0 0\nv 0 1 0\nf 0 1 2\n')).code).toBe('index_out_of_range');
    const elements = plainPlyElements(tetra);
    const broken = [elements[0]!, { ...elements[1]!, rows: [...elements[1]!.rows, [[0, 1, 9]]] }];
    expect(errorOf(buildPly('binary_little_endian', broken))).toEqual({ code: 'index_out_of_range', where: 'face 5' });
    expect(errorOf(buildPly('ascii', broken))).toEqual({ code: 'index_out_of_range', where: 'face 5' });
  });

  it('reports an unknown PLY property type with its header line', () => {
    const ply = new TextDecoder('latin1')
      .decode(writePly(tetra, { encoding: 'ascii' }))
      .replace('property float y', 'property float16 y');
    expect(errorOf(textBytes(ply))).toEqual({ code: 'unsupported_property_type', where: 'header line 6' });
    const list = new TextDecoder('latin1')
      .decode(writePly(tetra, { encoding: 'ascii' }))
      .replace('list uchar uint', 'list uchar long');
    expect(errorOf(textBytes(list)).code).toBe('unsupported_property_type');
  });

  it('reports a PLY header without end_header, or with nonsense in it, as an invalid header', () => {
    const text = new TextDecoder('latin1').decode(writePly(tetra, { encoding: 'ascii' }));
    expect(errorOf(textBytes(text.replace('end_header', 'end_headr'))).code).toBe('invalid_header');
    expect(errorOf(textBytes('ply\nformat ascii 1.0\nelement vertex 3\n')).code).toBe('invalid_header');
    expect(errorOf(textBytes(text.replace('format ascii', 'format utf8'))).code).toBe('invalid_header');
    expect(errorOf(textBytes(text.replace('element vertex 4', 'element vertex -4'))).code).toBe('invalid_header');
    expect(errorOf(textBytes(text.replace('property float x', 'property float w'))).code).toBe('invalid_header');
    expect(
      errorOf(
        textBytes(text.replace('element face', 'property float q\nelement face').replace(/^element vertex.*\n/m, '')),
      ).code,
    ).toBe('invalid_header');
  });

  it('reports PLY counts larger than the file, and a PLY cut inside a record', () => {
    const elements = plainPlyElements(tetra);
    const more = (element: { name: string; rows: readonly unknown[] }) =>
      element.rows.length + (element.name === 'face' ? 1 : 0);
    for (const encoding of ['ascii', 'binary_little_endian', 'binary_big_endian'] as const) {
      expect(errorOf(buildPly(encoding, elements, more)).code).toBe('count_mismatch');
    }
    const huge = buildPly('binary_little_endian', elements, (e) =>
      e.name === 'vertex' ? 4_000_000_000 : e.rows.length,
    );
    expect(errorOf(huge)).toEqual({ code: 'count_mismatch', where: 'header line 4' });
    const full = writePly(tetra);
    expect(errorOf(full.slice(0, full.length - 6)).code).toBe('truncated');
    const ascii = writePly(tetra, { encoding: 'ascii' });
    expect(errorOf(ascii.slice(0, ascii.length - 4))).toEqual({ code: 'truncated', where: 'line 18' });
  });

  it('reports a text file that is not a mesh, and a binary file that is nothing known', () => {
    expect(errorOf(textBytes('this is not a mesh\n')).code).toBe('not_a_mesh');
    expect(errorOf(textBytes('patient,side\nA,left\n')).code).toBe('not_a_mesh');
    expect(errorOf(Uint8Array.from([0, 1, 2, 3, 4, 5]))).toEqual({ code: 'unknown_format', where: 'byte 0' });
    expect(errorOf(textBytes('hello'), 'ply').code).toBe('unknown_format');
    expect(errorOf(stl, 'obj').code).toBe('unknown_format');
  });

  it('reports files that are well formed but have no triangles', () => {
    expect(errorOf(textBytes('v 0 0 0\nv 1 0 0\n')).code).toBe('no_triangles');
    expect(errorOf(textBytes('solid empty\nendsolid empty\n')).code).toBe('no_triangles');
    expect(errorOf(writeBinaryStl({ positions: new Float32Array(), triangles: new Uint32Array() })).code).toBe(
      'no_triangles',
    );
    expect(errorOf(buildPly('ascii', [plainPlyElements(tetra)[0]!])).code).toBe('no_triangles');
  });

  it('reports faces with fewer than three corners and numbers that are not numbers', () => {
    expect(errorOf(textBytes('v 0 0 0\nv 1 0 0\nf 1 2\n'))).toEqual({ code: 'invalid_face', where: 'line 3' });
    expect(errorOf(textBytes('v 0 0 0\nv 1 zero 0\n'))).toEqual({ code: 'invalid_number', where: 'line 2' });
    expect(errorOf(textBytes('v 0 0\n')).code).toBe('invalid_number');
    expect(errorOf(textBytes('v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 x\n')).code).toBe('invalid_number');
    const elements = plainPlyElements(tetra);
    const twoCorners = [elements[0]!, { ...elements[1]!, rows: [[[0, 1]]] }];
    expect(errorOf(buildPly('binary_little_endian', twoCorners))).toEqual({ code: 'invalid_face', where: 'face 1' });
  });

  it('accepts bytes after the triangles of a binary STL only when told the file is STL, with a warning', () => {
    const padded = new Uint8Array(stl.length + 30);
    padded.set(stl);
    expect(errorOf(padded).code).toBe('unknown_format');
    const result = readMesh(padded, { format: 'stl' });
    expect(result.ok && result.issues.map((w) => w.code)).toEqual(['trailing_data']);
  });

  it('reads an OBJ whose text happens to be forced as STL as an error, not a crash', () => {
    expect(errorOf(textBytes(writeObj(tetra)), 'stl').code).toMatch(/^(truncated|count_mismatch|unknown_format)$/);
  });
});

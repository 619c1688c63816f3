import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildPly,
  meshArbitrary,
  meshReadError,
  plainPlyElements,
  readSucceeded,
  textBytes,
  triangleSoup,
  type MeshReadForTest,
} from '../testing/mesh-fixtures.js';
import type { Mesh } from './mesh.js';
import { createBoxMesh, createIcosphereMesh } from './mesh-builders.js';
import { readMesh } from './read-mesh.js';
import { writeAsciiStl, writeBinaryStl } from './write-stl.js';
import { writeObj } from './write-obj.js';
import { writePly } from './write-ply.js';

function readOk(bytes: Uint8Array, format?: 'stl' | 'obj' | 'ply'): MeshReadForTest {
  return readSucceeded(readMesh(bytes, format === undefined ? {} : { format }));
}

const ENCODINGS: [string, (mesh: Mesh) => Uint8Array, string, string][] = [
  ['binary STL', (m) => writeBinaryStl(m, 'solid-looking header, as many exporters write'), 'stl', 'binary'],
  ['ASCII STL', (m) => textBytes(writeAsciiStl(m, 'test part')), 'stl', 'ascii'],
  ['OBJ', (m) => textBytes(writeObj(m)), 'obj', 'ascii'],
  ['binary PLY', (m) => writePly(m), 'ply', 'binary_little_endian'],
  ['ASCII PLY', (m) => writePly(m, { encoding: 'ascii' }), 'ply', 'ascii'],
  ['big-endian PLY', (m) => buildPly('binary_big_endian', plainPlyElements(m)), 'ply', 'binary_big_endian'],
];

describe('readMesh round trips', () => {
  for (const [name, write, format, encoding] of ENCODINGS) {
    it(`reads back the same geometry from a ${name} it wrote, for random meshes`, () => {
      fc.assert(
        fc.property(meshArbitrary, (mesh) => {
          const expected = triangleSoup(mesh);
          const result = readMesh(write(mesh));
          if (expected.length === 0) {
            expect(result.ok ? 'ok' : meshReadError(result).code).toBe('no_triangles');
            return;
          }
          const read = readSucceeded(result);
          expect(read.format).toBe(format);
          expect(read.encoding).toBe(encoding);
          expect(triangleSoup(read.mesh)).toEqual(expected);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('merges the corners of a binary STL back into shared vertices, without warnings', () => {
    const sphere = createIcosphereMesh(30, 3);
    const result = readOk(writeBinaryStl(sphere, 'solid sphere'));
    expect(result.mesh.positions.length).toBe(sphere.positions.length);
    expect(triangleSoup(result.mesh)).toEqual(triangleSoup(sphere));
    expect(result.warnings).toEqual([]);
    expect(result.stats.mergedVertices).toBe(sphere.triangles.length - sphere.positions.length / 3);
  });

  it('writes binary STL normals of unit length pointing out of the solid, and the header text', () => {
    const bytes = writeBinaryStl(createBoxMesh([0, 0, 0], [1, 1, 1]), 'groundup box');
    expect(String.fromCharCode(...bytes.subarray(0, 12))).toBe('groundup box');
    const view = new DataView(bytes.buffer);
    expect([0, 4, 8].map((o) => view.getFloat32(84 + o, true))).toEqual([0, 0, -1]);
  });

  it('keeps the vertex numbering of OBJ and PLY files that have no duplicates', () => {
    const box = createBoxMesh([1, 2, 3], [4, 5, 6]);
    for (const bytes of [textBytes(writeObj(box)), writePly(box)]) {
      const result = readOk(bytes);
      expect([...result.mesh.positions]).toEqual([...box.positions]);
      expect([...result.mesh.triangles]).toEqual([...box.triangles]);
      expect(result.warnings).toEqual([]);
    }
  });
});

describe('readMesh on OBJ', () => {
  it('reads v/vt/vn face forms, fan-triangulates polygons and resolves negative indices', () => {
    const obj = [
      '# a quad and a triangle',
      'mtllib x.mtl',
      'o thing',
      'v 0 0 0',
      'v 1 0 0 1.0',
      'v 1 1 0 0.5 0.5 0.5',
      'v 0 1 0',
      'vt 0 0',
      'vn 0 0 1',
      'usemtl skin',
      's off',
      'f 1/1/1 2/1/1 3/1/1 4/1/1',
      'v 0 0 1',
      'f -1//1 -5//1 -4//1 # a comment',
      'f 2/1 3/1 5/1',
      '',
    ].join('\r\n');
    const result = readOk(textBytes(obj));
    expect(result.format).toBe('obj');
    expect([...result.mesh.triangles]).toEqual([0, 1, 2, 0, 2, 3, 4, 0, 1, 1, 2, 4]);
    expect(result.mesh.positions.length).toBe(15);
  });

  it('merges duplicate OBJ vertices and drops the triangles that collapse, with warnings', () => {
    const obj = 'v 0 0 0\nv 1 0 0\nv 0 1 0\nv 1 0 0\nv 5 5 5\nf 1 2 3\nf 1 2 4\n';
    const result = readOk(textBytes(obj));
    expect([...result.mesh.triangles]).toEqual([0, 1, 2]);
    expect(result.warnings.map((w) => w.code)).toEqual([
      'duplicate_vertices_merged',
      'degenerate_triangles_dropped',
      'unreferenced_vertices',
    ]);
    expect(result.warnings.every((w) => w.severity === 'warning')).toBe(true);
    expect(result.stats).toEqual({ mergedVertices: 1, droppedDegenerateTriangles: 1, unreferencedVertices: 1 });
  });

  it('keeps duplicate vertices apart when asked not to merge', () => {
    const obj = 'v 0 0 0\nv 1 0 0\nv 0 1 0\nv 1 0 0\nf 1 2 3\nf 4 3 1\n';
    const result = readOk(textBytes(obj));
    expect(result.mesh.positions.length).toBe(9);
    const apart = readMesh(textBytes(obj), { mergeDuplicateVertices: false });
    expect(apart.ok && apart.value.mesh.positions.length).toBe(12);
  });
});

describe('readMesh on ASCII STL', () => {
  it('reads upper-case keywords, several solids and a polygon loop', () => {
    const stl = [
      'SOLID one',
      'FACET NORMAL 0 0 1',
      'OUTER LOOP',
      'VERTEX 0 0 0',
      'VERTEX 1 0 0',
      'VERTEX 1 1 0',
      'VERTEX 0 1 0',
      'ENDLOOP',
      'ENDFACET',
      'ENDSOLID one',
      'solid two',
      'facet normal 0 0 1',
      'outer loop',
      'vertex 0 0 1e1',
      'vertex 1 0 1E1',
      'vertex 1 1 10.0',
      'endloop',
      'endfacet',
      'endsolid',
    ].join('\n');
    const result = readOk(textBytes(stl));
    expect(result.encoding).toBe('ascii');
    expect(result.mesh.triangles.length / 3).toBe(3);
    expect(result.mesh.positions.length / 3).toBe(7);
  });
});

describe('readMesh on PLY layouts', () => {
  const box = createBoxMesh([0, 0, 0], [10, 20, 30]);
  const vertexRows = (extra: (v: number) => number[]) =>
    Array.from({ length: 8 }, (_, v) => [...extra(v), ...box.positions.subarray(v * 3, v * 3 + 3)]);
  const faces = (to: (face: number[]) => (number | number[])[]) =>
    Array.from({ length: 12 }, (_, f) => to([...box.triangles.subarray(f * 3, f * 3 + 3)]));

  const layouts: [string, Parameters<typeof buildPly>[1]][] = [
    [
      'double coordinates after extra properties, and ushort/uint index lists',
      [
        {
          name: 'vertex',
          properties: [
            { name: 'quality', type: 'float' },
            { name: 'red', type: 'uchar' },
            { name: 'x', type: 'double' },
            { name: 'y', type: 'float64' },
            { name: 'z', type: 'double' },
          ],
          rows: vertexRows((v) => [v / 2, v]),
        },
        {
          name: 'face',
          properties: [
            { name: 'flags', type: 'ushort' },
            { name: 'vertex_indices', list: ['ushort', 'uint'] },
          ],
          rows: faces((f) => [7, f]),
        },
      ],
    ],
    [
      'integer coordinates, an extra element before and after, a texture list and int8/uint8 aliases',
      [
        { name: 'material', properties: [{ name: 'r', type: 'uint8' }], rows: [[1], [2]] },
        {
          name: 'vertex',
          properties: [
            { name: 'z', type: 'int16' },
            { name: 'y', type: 'int32' },
            { name: 'x', type: 'short' },
          ],
          rows: Array.from({ length: 8 }, (_, v) => [
            box.positions[v * 3 + 2]!,
            box.positions[v * 3 + 1]!,
            box.positions[v * 3]!,
          ]),
        },
        {
          name: 'face',
          properties: [
            { name: 'texcoord', list: ['uchar', 'float'] },
            { name: 'vertex_index', list: ['int8', 'int'] },
          ],
          rows: faces((f) => [[0.5, 0.25], f]),
        },
        {
          name: 'edge',
          properties: [
            { name: 'vertex1', type: 'int' },
            { name: 'vertex2', type: 'int' },
          ],
          rows: [[0, 1]],
        },
      ],
    ],
    [
      'quads with uchar indices',
      [
        {
          name: 'vertex',
          properties: [
            { name: 'x', type: 'float32' },
            { name: 'y', type: 'float32' },
            { name: 'z', type: 'float32' },
          ],
          rows: vertexRows(() => []),
        },
        {
          name: 'face',
          properties: [{ name: 'vertex_indices', list: ['uint8', 'uchar'] }],
          rows: [[[0, 3, 2, 1]], [[4, 5, 6, 7]], [[0, 1, 5, 4]], [[1, 2, 6, 5]], [[2, 3, 7, 6]], [[3, 0, 4, 7]]],
        },
      ],
    ],
  ];
  for (const [name, elements] of layouts) {
    for (const encoding of ['ascii', 'binary_little_endian', 'binary_big_endian'] as const) {
      it(`reads ${name} (${encoding}) as the closed box it describes`, () => {
        const result = readOk(buildPly(encoding, elements));
        expect(result.encoding).toBe(encoding);
        expect([...result.mesh.positions]).toEqual([...box.positions]);
        expect(result.mesh.triangles.length).toBe(36);
        expect(triangleSoup(result.mesh)).toHaveLength(12);
      });
    }
  }
});

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testdataOrSkip } from '../../../../test-support/testdata.js';
import { buildPly, meshArbitrary, meshReadError, plainPlyElements, textBytes } from '../testing/mesh-fixtures.js';
import type { Mesh } from './mesh.js';
import type { MeshReadErrorCode } from './mesh-read-error.js';
import { readMesh } from './read-mesh.js';
import { writeAsciiStl, writeBinaryStl } from './write-stl.js';
import { writeObj } from './write-obj.js';
import { writePly } from './write-ply.js';

const CODES: readonly MeshReadErrorCode[] = [
  'empty_file',
  'unknown_format',
  'not_a_mesh',
  'invalid_header',
  'unsupported_property_type',
  'truncated',
  'count_mismatch',
  'invalid_number',
  'non_finite_coordinate',
  'index_out_of_range',
  'invalid_face',
  'no_triangles',
];

/** One corruption: flip a byte, cut the file, insert bytes or delete a run, at a relative position. */
type Mutation =
  | { readonly kind: 'set'; readonly at: number; readonly value: number }
  | { readonly kind: 'cut'; readonly at: number }
  | { readonly kind: 'insert'; readonly at: number; readonly bytes: number[] }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number };

/** Bytes that matter to the text formats, so that corruptions make near-miss tokens, not just noise. */
const interestingByte = fc.oneof(
  fc.integer({ min: 0, max: 255 }),
  fc.constantFrom(...Array.from(textBytes('0123456789-+.eE /\n\r\tnaifvNI#'))),
);
/** Positions biased to the start of the file, where headers are. */
const position = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  fc.double({ min: 0, max: 0.002, noNaN: true }),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('set' as const), at: position, value: interestingByte }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cut' as const), at: position }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: position,
      bytes: fc.array(interestingByte, { minLength: 1, maxLength: 8 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      at: position,
      length: fc.integer({ min: 1, max: 16 }),
    }),
  },
);

function mutate(base: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let bytes = base.slice();
  for (const m of mutations) {
    const at = Math.floor(m.at * bytes.length);
    switch (m.kind) {
      case 'set':
        if (at < bytes.length) bytes[at] = m.value;
        break;
      case 'cut':
        bytes = bytes.slice(0, at);
        break;
      case 'insert': {
        const next = new Uint8Array(bytes.length + m.bytes.length);
        next.set(bytes.subarray(0, at));
        next.set(m.bytes, at);
        next.set(bytes.subarray(at), at + m.bytes.length);
        bytes = next;
        break;
      }
      case 'delete': {
        const next = new Uint8Array(Math.max(at, bytes.length - m.length));
        next.set(bytes.subarray(0, at));
        next.set(bytes.subarray(at + m.length), at);
        bytes = next;
        break;
      }
    }
  }
  return bytes;
}

/** The contract: a valid mesh (finite coordinates, indices in range) or a coded error; never a throw. */
function expectMeshOrCodedError(bytes: Uint8Array, format?: 'stl' | 'obj' | 'ply'): void {
  const started = performance.now();
  const result = readMesh(bytes, format === undefined ? {} : { format });
  expect(performance.now() - started).toBeLessThan(3000);
  if (!result.ok) {
    const error = meshReadError(result);
    expect(CODES).toContain(error.code);
    expect(error.where).not.toBe('');
    expect(error.message).not.toBe('');
    expect(result.issues.filter((issue) => issue.severity === 'error')).toHaveLength(1);
    return;
  }
  const { positions, triangles } = result.value.mesh;
  expect(positions.length % 3).toBe(0);
  expect(triangles.length % 3).toBe(0);
  expect(triangles.length).toBeGreaterThan(0);
  expect(positions.every(Number.isFinite)).toBe(true);
  const vertices = positions.length / 3;
  expect(triangles.every((v) => v < vertices)).toBe(true);
  expect(result.issues.every((w) => w.severity === 'warning')).toBe(true);
}

const WRITERS: [string, (mesh: Mesh) => Uint8Array][] = [
  ['binary STL', (m) => writeBinaryStl(m, 'solid fuzz')],
  ['ASCII STL', (m) => textBytes(writeAsciiStl(m))],
  ['OBJ', (m) => textBytes(writeObj(m))],
  ['binary PLY', (m) => writePly(m)],
  ['ASCII PLY', (m) => writePly(m, { encoding: 'ascii' })],
  ['big-endian PLY', (m) => buildPly('binary_big_endian', plainPlyElements(m))],
];

describe('readMesh on corrupted files', () => {
  for (const [name, write] of WRITERS) {
    it(`returns a valid mesh or a coded error for 600 corrupted ${name} files of random meshes`, () => {
      fc.assert(
        fc.property(
          meshArbitrary,
          fc.array(mutation, { minLength: 1, maxLength: 4 }),
          fc.constantFrom<'stl' | 'obj' | 'ply' | undefined>(undefined, undefined, 'stl', 'obj', 'ply'),
          (mesh, mutations, format) => expectMeshOrCodedError(mutate(write(mesh), mutations), format),
        ),
        { numRuns: 600 },
      );
    });
  }

  it('returns a valid mesh or a coded error, never a throw, for arbitrary bytes and arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 600 }), fc.string({ maxLength: 300 }).map(textBytes)), (bytes) =>
        expectMeshOrCodedError(bytes),
      ),
      { numRuns: 1500 },
    );
  });

  const real: [string, number][] = [
    ['boa-ssm-foot-stl/appm1s_105_foot.stl', 400],
    ['boa-ssm-foot-stl/m2s_105_foot.stl', 400],
    ['polycron-foot-imprint-ply/Left foot from author.ply', 150],
    ['polycron-foot-imprint-ply/Right foot from author.ply', 150],
  ];
  for (const [relative, runs] of real) {
    it(`returns a valid mesh or a coded error for ${runs} corrupted copies of ${relative}`, (ctx) => {
      const file = testdataOrSkip(ctx, relative);
      const base = new Uint8Array(readFileSync(file));
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) =>
          expectMeshOrCodedError(mutate(base, mutations)),
        ),
        { numRuns: runs },
      );
    });
  }
});

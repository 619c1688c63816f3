import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseMesh } from './analyse-mesh.js';
import type { Mesh } from './mesh.js';
import { createBoxMesh, createIcosphereMesh, createTetrahedronMesh } from './mesh-builders.js';
import { meshComponents, splitMeshComponents } from './mesh-components.js';
import { mirrorMesh, transformMesh } from './transform-mesh.js';

const cube = createBoxMesh([0, 0, 0], [10, 10, 10]);

function join(a: Mesh, b: Mesh): Mesh {
  const offset = a.positions.length / 3;
  return {
    positions: Float32Array.from([...a.positions, ...b.positions]),
    triangles: Uint32Array.from([...a.triangles, ...b.triangles.map((v) => v + offset)]),
  };
}

/** Merges vertices with exactly equal coordinates, as the readers do. */
function weldEqual(mesh: Mesh): Mesh {
  const index = new Map<string, number>();
  const positions: number[] = [];
  const remap: number[] = [];
  for (let v = 0; v < mesh.positions.length / 3; v++) {
    const key = `${mesh.positions[v * 3]},${mesh.positions[v * 3 + 1]},${mesh.positions[v * 3 + 2]}`;
    let at = index.get(key);
    if (at === undefined) {
      at = positions.length / 3;
      index.set(key, at);
      positions.push(mesh.positions[v * 3] ?? 0, mesh.positions[v * 3 + 1] ?? 0, mesh.positions[v * 3 + 2] ?? 0);
    }
    remap.push(at);
  }
  return { positions: Float32Array.from(positions), triangles: mesh.triangles.map((v) => remap[v] ?? 0) };
}

describe('analyseMesh', () => {
  it('finds the pinch where two cubes touch at one corner (every edge still has two triangles)', () => {
    // Welding the second cube's corner (20,10,10)→(10,10,10) is what a reader does with equal vertices.
    const second = createBoxMesh([10, 10, 10], [20, 20, 20]);
    const bowtie = join(cube, second);
    const welded = weldEqual(bowtie);
    const a = analyseMesh(welded);
    expect(a.closed).toBe(true);
    expect(a.nonManifoldEdgeCount).toBe(0);
    expect(a.componentCount).toBe(1);
    expect(a.nonManifoldVertexCount).toBe(1);
    expect(analyseMesh(cube).nonManifoldVertexCount).toBe(0);
    expect(analyseMesh(createIcosphereMesh(5, 3)).nonManifoldVertexCount).toBe(0);
  });

  it('finds no pinched vertex on any closed sphere, and one per extra cone glued on at a vertex', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 3 }), (subdivisions, cones) => {
        const sphere = createIcosphereMesh(10, subdivisions);
        let mesh = sphere;
        for (let c = 0; c < cones; c++) {
          // A tetrahedron with one corner exactly on sphere vertex c.
          const v = c * 3;
          const [x, y, z] = [sphere.positions[v] ?? 0, sphere.positions[v + 1] ?? 0, sphere.positions[v + 2] ?? 0];
          const tet = createTetrahedronMesh(3);
          const shift: Mesh = {
            positions: tet.positions.map((value, i) => value - (tet.positions[i % 3] ?? 0) + [x, y, z][i % 3]!),
            triangles: tet.triangles,
          };
          mesh = weldEqual(join(mesh, shift));
        }
        expect(analyseMesh(sphere).nonManifoldVertexCount).toBe(0);
        expect(analyseMesh(mesh).nonManifoldVertexCount).toBe(cones);
      }),
      { numRuns: 20 },
    );
  });

  it('finds two parts in two disjoint cubes, and twice the volume', () => {
    const two = join(cube, createBoxMesh([20, 0, 0], [30, 10, 10]));
    const a = analyseMesh(two);
    expect(a.componentCount).toBe(2);
    expect(a.closed).toBe(true);
    expect(a.volumeMm3).toBeCloseTo(2000, 6);
  });

  it('finds a cube missing one triangle open, with three boundary edges and no volume', () => {
    const open = { positions: cube.positions, triangles: cube.triangles.slice(3) };
    const a = analyseMesh(open);
    expect(a.closed).toBe(false);
    expect(a.boundaryEdgeCount).toBe(3);
    expect(a.nonManifoldEdgeCount).toBe(0);
    expect(a.volumeMm3).toBeNull();
  });

  it('finds a fin (three triangles on one edge) non-manifold', () => {
    const fin: Mesh = {
      positions: Float32Array.from([0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 1, 0, -1, -1, 0]),
      triangles: Uint32Array.from([0, 1, 2, 1, 0, 3, 0, 1, 4]),
    };
    const a = analyseMesh(fin);
    expect(a.nonManifoldEdgeCount).toBe(1);
    expect(a.closed).toBe(false);
    expect(a.boundaryEdgeCount).toBe(6);
  });

  it('gives a negative volume for an inside-out cube and flags a single flipped triangle as inconsistent', () => {
    const inverted = {
      positions: cube.positions,
      triangles: cube.triangles.map((_, i, t) => t[i - (i % 3) + [0, 2, 1][i % 3]!]!),
    };
    expect(analyseMesh(inverted).volumeMm3).toBeCloseTo(-1000, 6);
    const oneFlipped = cube.triangles.slice();
    [oneFlipped[1], oneFlipped[2]] = [oneFlipped[2]!, oneFlipped[1]!];
    const a = analyseMesh({ positions: cube.positions, triangles: oneFlipped });
    expect(a.inconsistentEdgeCount).toBe(3);
    expect(a.volumeMm3).toBeNull();
  });

  it('counts triangles with a repeated corner or collinear corners as degenerate', () => {
    const mesh: Mesh = {
      positions: Float32Array.from([0, 0, 0, 1, 0, 0, 2, 0, 0, 0, 1, 0]),
      triangles: Uint32Array.from([0, 1, 2, 0, 1, 1, 0, 1, 3]),
    };
    expect(analyseMesh(mesh).degenerateTriangleCount).toBe(2);
  });

  it('keeps volume and area under rigid motion, and flips nothing but the handedness under a mirror', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
        fc.tuple(fc.double({ min: -500, max: 500, noNaN: true }), fc.double({ min: -500, max: 500, noNaN: true })),
        fc.constantFrom<'x' | 'y' | 'z'>('x', 'y', 'z'),
        (angle, [tx, ty], axis) => {
          const sphere = createIcosphereMesh(20, 2);
          const before = analyseMesh(sphere);
          const c = Math.cos(angle);
          const s = Math.sin(angle);
          const moved = analyseMesh(transformMesh(sphere, [c, s, 0, -s, c, 0, 0, 0, 1, tx, ty, 7]));
          expect(moved.volumeMm3! / before.volumeMm3!).toBeCloseTo(1, 4);
          expect(moved.areaMm2 / before.areaMm2).toBeCloseTo(1, 4);
          const mirrored = analyseMesh(mirrorMesh(sphere, axis, 3));
          expect(mirrored.volumeMm3! / before.volumeMm3!).toBeCloseTo(1, 4);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('analyses a 300,000-triangle sphere in well under a second', () => {
    const sphere = createIcosphereMesh(50, 7);
    const started = performance.now();
    const a = analyseMesh(sphere);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(a.triangleCount).toBe(20 * 4 ** 7);
    expect(a.closed).toBe(true);
  });
});

describe('meshComponents', () => {
  it('labels each triangle with its part, parts numbered by first triangle', () => {
    const parts = meshComponents(join(createTetrahedronMesh(1), cube));
    expect(parts.count).toBe(2);
    expect([...parts.triangleLabels]).toEqual([0, 0, 0, 0, ...Array<number>(12).fill(1)]);
    expect([...parts.triangleCounts]).toEqual([4, 12]);
  });

  it('splits parts into separate meshes, largest first, each closed and re-indexed', () => {
    const plate = createBoxMesh([-50, -50, -2], [50, 50, 0]);
    const sphere = createIcosphereMesh(10, 2);
    const pieces = splitMeshComponents(join(plate, sphere));
    expect(pieces.map((m) => m.triangles.length / 3)).toEqual([320, 12]);
    expect(pieces.map((m) => m.positions.length / 3)).toEqual([162, 8]);
    expect(analyseMesh(pieces[0]!).volumeMm3).toBeCloseTo(analyseMesh(sphere).volumeMm3!, 3);
    expect(analyseMesh(pieces[1]!).volumeMm3).toBeCloseTo(20000, 3);
  });
});

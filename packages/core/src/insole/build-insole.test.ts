import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseMesh } from '../mesh/analyse-mesh.js';
import { mirrorMesh } from '../mesh/transform-mesh.js';
import { fitPlane, heightsAt, topAt } from '../testing/insole-probes.js';
import { buildInsole as buildInsoleResult, type BuiltInsole } from './build-insole.js';
import { checkInsole } from './check-insole.js';
import { defaultInsoleParameters } from './default-insole-parameters.js';
import { loadGeometryKernel, type GeometryKernel } from './geometry-kernel.js';
import type { InsoleParameters } from './insole-parameters.js';
import type { Side } from '../scan/foot-frame.js';

/** {@link buildInsoleResult} for parameters that must build: the insole, or a thrown Error with the issues. */
function buildInsole(params: InsoleParameters): BuiltInsole {
  const result = buildInsoleResult(params);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

let kernel: GeometryKernel;
beforeAll(async () => {
  kernel = await loadGeometryKernel();
});

/** Every body closed, oriented, one part, positive volume, no folded cell, and accepted by manifold-3d. */
function expectSolid(built: BuiltInsole): void {
  expect(built.foldedCells).toBe(0);
  for (const body of [built.shell, ...(built.topCover === null ? [] : [built.topCover])]) {
    const a = analyseMesh(body.mesh);
    expect(a.closed, body.name).toBe(true);
    expect(a.inconsistentEdgeCount, body.name).toBe(0);
    expect(a.degenerateTriangleCount, body.name).toBe(0);
    expect(a.componentCount, body.name).toBe(1);
    expect(a.volumeMm3 ?? 0, body.name).toBeGreaterThan(0);
    expect(kernel.check(body.mesh).status, body.name).toBe('NoError');
  }
}

const flat = (side: Side, overrides: Partial<InsoleParameters> = {}) =>
  defaultInsoleParameters(side, {
    top: { kind: 'parametric', archHeightMm: 0, archApexFraction: 0.42, fill: 'standard' },
    heelCupDepthMm: 0,
    ...overrides,
  });

/** Medial direction (+y for a right foot, −y for a left). */
const medialSign = (side: Side) => (side === 'right' ? 1 : -1);

describe('buildInsole', () => {
  const features: [string, Partial<InsoleParameters>][] = [
    ['a plain shell', {}],
    ['no heel cup', { heelCupDepthMm: 0 }],
    ['the deepest heel cup', { heelCupDepthMm: 30 }],
    ['a 10° varus rearfoot post with a 10° grind', { rearfootPostDeg: 10, rearfootMotionGrindDeg: 10 }],
    ['a 10° valgus rearfoot post', { rearfootPostDeg: -10, rearfootMotionGrindDeg: 4 }],
    ['a 5° varus forefoot post', { forefootPostDeg: 5 }],
    ['a 20° valgus forefoot post', { forefootPostDeg: -20 }],
    ['8 mm skives both sides', { medialHeelSkiveMm: 8, lateralHeelSkiveMm: 8 }],
    ['a 12 mm heel lift without taper', { heelLiftMm: 12, heelLiftTaperMm: 0 }],
    ['a 12 mm heel lift with the longest taper', { heelLiftMm: 12, heelLiftTaperMm: 150 }],
    [
      'a 10 mm metatarsal pad',
      { metatarsalPad: { centreXMm: 165, centreYMm: 5, heightMm: 10, lengthMm: 40, widthMm: 25 } },
    ],
    ['a three-quarter shell', { length: 'three-quarter' }],
    ['a sulcus shell', { length: 'sulcus' }],
    ['a flat EVA underside', { shell: { material: 'eva', thicknessMm: 9, underside: 'flat' } }],
    ['the thinnest graphite shell', { shell: { material: 'graphite', thicknessMm: 1, underside: 'shell' } }],
    [
      'a 40 mm maximal-fill arch',
      { top: { kind: 'parametric', archHeightMm: 40, archApexFraction: 0.55, fill: 'maximal' } },
    ],
    [
      'a full cover on a three-quarter shell',
      { length: 'three-quarter', topCover: { material: 'poron', thicknessMm: 6.5, length: 'full' } },
    ],
    ['a sulcus cover on a full shell', { topCover: { material: 'plastazote-1', thicknessMm: 1, length: 'sulcus' } }],
    ['a small narrow foot', { outline: { kind: 'size', footLengthMm: 150, width: 'narrow' } }],
    ['a large extra-wide foot', { outline: { kind: 'size', footLengthMm: 350, width: 'extra-wide' } }],
    ['a coarse grid', { resolutionMm: 5 }],
    [
      'every feature at once',
      {
        length: 'sulcus',
        heelCupDepthMm: 18,
        rearfootPostDeg: 6,
        rearfootMotionGrindDeg: 4,
        forefootPostDeg: 4,
        medialHeelSkiveMm: 4,
        heelLiftMm: 6,
        metatarsalPad: { centreXMm: 160, centreYMm: 0, heightMm: 6, lengthMm: 40, widthMm: 25 },
        topCover: { material: 'eva', thicknessMm: 2, length: 'full' },
      },
    ],
  ];
  for (const side of ['left', 'right'] as const) {
    for (const [name, overrides] of features) {
      it(`builds a closed, manifold solid with ${name} (${side})`, () => {
        expectSolid(buildInsole(defaultInsoleParameters(side, overrides)));
      });
    }
  }

  it('raises the heel seat by exactly the heel lift (±0.2 mm) and leaves the forefoot alone', () => {
    for (const side of ['left', 'right'] as const) {
      for (const lift of [1, 6, 12]) {
        const without = buildInsole(flat(side)).shell.mesh;
        const withLift = buildInsole(flat(side, { heelLiftMm: lift })).shell.mesh;
        expect(Math.abs(topAt(withLift, 190, 0) - topAt(without, 190, 0))).toBeLessThan(0.2);
        for (const x of [20, 35, 50])
          expect(Math.abs(topAt(withLift, x, 0) - topAt(without, x, 0) - lift)).toBeLessThan(0.2);
      }
    }
  });

  it('tilts the plantar heel plane by the rearfoot post angle (±0.5°), medial side up for varus', () => {
    for (const side of ['left', 'right'] as const) {
      for (const post of [-10, -4, 4, 10]) {
        const mesh = buildInsole(flat(side, { rearfootPostDeg: post })).shell.mesh;
        const points: [number, number, number][] = [];
        for (const x of [15, 25, 35, 45])
          for (const y of [-15, -7.5, 0, 7.5, 15]) points.push([x, y, topAt(mesh, x, y)]);
        const plane = fitPlane(points);
        const tiltTowardMedialDeg = (Math.atan(plane.c * medialSign(side)) * 180) / Math.PI;
        expect(Math.abs(tiltTowardMedialDeg - post)).toBeLessThan(0.5);
        expect(Math.abs(plane.b)).toBeLessThan(0.01);
      }
    }
  });

  it('raises the rim of the heel cup by its depth above the heel seat (±0.5 mm)', () => {
    for (const side of ['left', 'right'] as const) {
      for (const depth of [5, 12, 30]) {
        const built = buildInsole(flat(side, { heelCupDepthMm: depth }));
        // The rearmost point of the outline is on the rim.
        let rear = 0;
        for (let i = 1; i < built.outline.xs.length; i++)
          if ((built.outline.xs[i] ?? 0) < (built.outline.xs[rear] ?? 0)) rear = i;
        const rimTop = topAt(built.shell.mesh, (built.outline.xs[rear] ?? 0) + 0.05, built.outline.ys[rear] ?? 0);
        const seat = topAt(built.shell.mesh, 40, 0);
        expect(Math.abs(rimTop - seat - depth)).toBeLessThan(0.5);
      }
    }
  });

  it('builds the left insole as the mirror image of the right for a symmetric prescription', () => {
    const overrides: Partial<InsoleParameters> = {
      rearfootPostDeg: 4,
      rearfootMotionGrindDeg: 4,
      medialHeelSkiveMm: 2,
      heelLiftMm: 3,
      forefootPostDeg: 3,
      metatarsalPad: { centreXMm: 160, centreYMm: 4, heightMm: 5, lengthMm: 40, widthMm: 25 },
    };
    const right = buildInsole(defaultInsoleParameters('right', overrides));
    const left = buildInsole(
      defaultInsoleParameters('left', {
        ...overrides,
        metatarsalPad: { centreXMm: 160, centreYMm: -4, heightMm: 5, lengthMm: 40, widthMm: 25 },
      }),
    );
    const mirrored = mirrorMesh(right.shell.mesh, 'y');
    expect(left.shell.mesh.triangles.length).toBe(mirrored.triangles.length);
    expect(left.shell.mesh.triangles.every((v, i) => v === mirrored.triangles[i])).toBe(true);
    let worst = 0;
    for (let i = 0; i < mirrored.positions.length; i++)
      worst = Math.max(worst, Math.abs((left.shell.mesh.positions[i] ?? 0) - (mirrored.positions[i] ?? 0)));
    expect(worst).toBeLessThan(1e-4);
    expect(analyseMesh(left.shell.mesh).volumeMm3).toBeCloseTo(analyseMesh(right.shell.mesh).volumeMm3 ?? 0, 0);
  });

  it('lays the top cover exactly on the shell where they overlap, whatever their lengths', () => {
    for (const [shell, cover] of [
      ['three-quarter', 'full'],
      ['full', 'sulcus'],
      ['sulcus', 'sulcus'],
    ] as const) {
      const built = buildInsole(
        defaultInsoleParameters('left', {
          length: shell,
          heelCupDepthMm: 20,
          rearfootPostDeg: 5,
          topCover: { material: 'eva', thicknessMm: 2, length: cover },
        }),
      );
      if (built.topCover === null) throw new Error('no cover');
      for (const x of [3, 20, 60, 100, 140])
        for (const y of [-30, -10, 0, 10, 30]) {
          const under = heightsAt(built.topCover.mesh, x, y);
          const shellTop = heightsAt(built.shell.mesh, x, y);
          if (under.length === 0 || shellTop.length === 0) continue;
          expect(Math.abs(Math.min(...under) - Math.max(...shellTop)), `${shell}/${cover} at ${x}, ${y}`).toBeLessThan(
            1e-3,
          );
        }
    }
  });

  it('reports the thinnest point as the shell thickness and passes the material check', () => {
    const built = buildInsole(
      defaultInsoleParameters('right', { shell: { material: 'graphite', thicknessMm: 1.5, underside: 'shell' } }),
    );
    expect(built.shell.minThicknessMm).toBeCloseTo(1.5, 6);
    const report = checkInsole(built, { kernel });
    expect(report.checks.find((c) => c.code === 'min_thickness')?.ok).toBe(true);
    expect(report.checks.find((c) => c.code === 'kernel_manifold')?.ok).toBe(true);
    expect(report.manifold).toBe(true);
    expect(report.massG).toBeGreaterThan(0);
  });

  it('refuses out-of-range and contradictory parameters, naming them', () => {
    const attempt = (params: InsoleParameters) => {
      const result = buildInsoleResult(params);
      if (result.ok) return [];
      return result.issues.filter((i) => i.severity === 'error').map((i) => `${i.code} ${i.path}`);
    };
    expect(attempt(defaultInsoleParameters('right', { heelLiftMm: 13 }))).toEqual(['out_of_range heelLiftMm']);
    expect(attempt(defaultInsoleParameters('right', { rearfootPostDeg: Number.NaN }))).toEqual([
      'not_a_number rearfootPostDeg',
    ]);
    expect(attempt(defaultInsoleParameters('left', { length: 'three-quarter', forefootPostDeg: 4 }))).toEqual([
      'contradictory forefootPostDeg',
    ]);
    expect(
      attempt(
        defaultInsoleParameters('left', {
          shoe: { maxHeelHeightMm: 10, lastLengthMm: null, width: 'standard' },
          heelLiftMm: 9,
        }),
      ),
    ).toEqual(['heel_too_high_for_shoe heelLiftMm']);
    expect(
      attempt(defaultInsoleParameters('left', { shell: { material: 'graphite', thicknessMm: 3, underside: 'shell' } })),
    ).toEqual(['out_of_range shell.thicknessMm']);
  });
});

describe('buildInsole over random valid parameters (fast-check)', () => {
  const parameters = fc
    .record({
      side: fc.constantFrom<Side>('left', 'right'),
      footLengthMm: fc.double({ min: 150, max: 350, noNaN: true }),
      width: fc.constantFrom('narrow', 'standard', 'wide', 'extra-wide' as const),
      length: fc.constantFrom('three-quarter', 'sulcus', 'full' as const),
      archHeightMm: fc.double({ min: 0, max: 40, noNaN: true }),
      archApexFraction: fc.double({ min: 0.3, max: 0.55, noNaN: true }),
      fill: fc.constantFrom('minimal', 'standard', 'maximal' as const),
      heelCupDepthMm: fc.double({ min: 0, max: 30, noNaN: true }),
      rearfootPostDeg: fc.double({ min: -10, max: 10, noNaN: true }),
      rearfootMotionGrindDeg: fc.double({ min: 0, max: 10, noNaN: true }),
      forefootPostDeg: fc.double({ min: -20, max: 5, noNaN: true }),
      medialHeelSkiveMm: fc.double({ min: 0, max: 8, noNaN: true }),
      lateralHeelSkiveMm: fc.double({ min: 0, max: 8, noNaN: true }),
      heelLiftMm: fc.double({ min: 0, max: 12, noNaN: true }),
      heelLiftTaperMm: fc.double({ min: 0, max: 150, noNaN: true }),
      pad: fc.option(
        fc.record({
          x: fc.double({ min: 0.45, max: 0.58, noNaN: true }),
          y: fc.double({ min: -15, max: 15, noNaN: true }),
          h: fc.double({ min: 1, max: 10, noNaN: true }),
        }),
      ),
      material: fc.constantFrom(
        'polypropylene',
        'subortholen',
        'polyethylene',
        'eva',
        'graphite',
        'fiberglass' as const,
      ),
      thickness: fc.double({ min: 0, max: 1, noNaN: true }),
      underside: fc.constantFrom('shell', 'flat' as const),
      cover: fc.option(
        fc.record({
          thickness: fc.double({ min: 1, max: 6.5, noNaN: true }),
          length: fc.constantFrom('three-quarter', 'sulcus', 'full' as const),
        }),
      ),
    })
    .map((r): InsoleParameters => {
      const limits = {
        polypropylene: [2, 9],
        subortholen: [2, 9],
        polyethylene: [2, 9],
        eva: [2, 9],
        graphite: [1, 2],
        fiberglass: [2, 3],
      }[r.material];
      const [lo = 2, hi = 9] = limits;
      return defaultInsoleParameters(r.side, {
        outline: { kind: 'size', footLengthMm: r.footLengthMm, width: r.width },
        length: r.length,
        top: { kind: 'parametric', archHeightMm: r.archHeightMm, archApexFraction: r.archApexFraction, fill: r.fill },
        heelCupDepthMm: r.heelCupDepthMm,
        rearfootPostDeg: r.rearfootPostDeg,
        rearfootMotionGrindDeg: r.rearfootMotionGrindDeg,
        forefootPostDeg: r.length === 'three-quarter' ? 0 : r.forefootPostDeg,
        medialHeelSkiveMm: r.medialHeelSkiveMm,
        lateralHeelSkiveMm: r.lateralHeelSkiveMm,
        heelLiftMm: r.heelLiftMm,
        heelLiftTaperMm: r.heelLiftTaperMm,
        metatarsalPad:
          r.pad === null || r.length === 'three-quarter'
            ? null
            : { centreXMm: r.pad.x * r.footLengthMm, centreYMm: r.pad.y, heightMm: r.pad.h, lengthMm: 40, widthMm: 25 },
        shell: { material: r.material, thicknessMm: lo + r.thickness * (hi - lo), underside: r.underside },
        topCover: r.cover === null ? null : { material: 'eva', thicknessMm: r.cover.thickness, length: r.cover.length },
        resolutionMm: 3,
      });
    });

  it('always builds a closed, manifold solid of positive volume', () => {
    fc.assert(
      fc.property(parameters, (params) => {
        expectSolid(buildInsole(params));
      }),
      { numRuns: 25, seed: 8 },
    );
  });

  it('never loses volume when the shell gets thicker', () => {
    fc.assert(
      fc.property(parameters, fc.double({ min: 0.1, max: 3, noNaN: true }), (params, extra) => {
        const thicker: InsoleParameters = {
          ...params,
          shell: { ...params.shell, material: 'polypropylene', thicknessMm: Math.min(9, 2 + extra + 1) },
        };
        const thinner: InsoleParameters = {
          ...params,
          shell: { ...params.shell, material: 'polypropylene', thicknessMm: 2 + extra / 2 },
        };
        const v1 = analyseMesh(buildInsole(thinner).shell.mesh).volumeMm3 ?? 0;
        const v2 = analyseMesh(buildInsole(thicker).shell.mesh).volumeMm3 ?? 0;
        expect(v2).toBeGreaterThanOrEqual(v1);
      }),
      { numRuns: 15, seed: 8 },
    );
  });
});

describe('feature properties over random feet (fast-check)', () => {
  const foot = fc.record({
    side: fc.constantFrom<Side>('left', 'right'),
    footLengthMm: fc.double({ min: 240, max: 350, noNaN: true }),
    width: fc.constantFrom('narrow', 'standard', 'wide', 'extra-wide' as const),
    thicknessMm: fc.double({ min: 2, max: 9, noNaN: true }),
  });
  const base = (f: {
    side: Side;
    footLengthMm: number;
    width: 'narrow' | 'standard' | 'wide' | 'extra-wide';
    thicknessMm: number;
  }) =>
    flat(f.side, {
      outline: { kind: 'size', footLengthMm: f.footLengthMm, width: f.width },
      shell: { material: 'polypropylene', thicknessMm: f.thicknessMm, underside: 'shell' },
      resolutionMm: 3,
    });

  it('the heel lift is the height difference under the heel (±0.2 mm), the post the heel seat tilt (±0.5°), the cup the rim rise (±0.5 mm)', () => {
    fc.assert(
      fc.property(
        foot,
        fc.double({ min: 0.5, max: 12, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 1, max: 30, noNaN: true }),
        (f, lift, post, cup) => {
          const L = f.footLengthMm;
          const plain = buildInsole(base(f)).shell.mesh;
          const lifted = buildInsole({ ...base(f), heelLiftMm: lift }).shell.mesh;
          expect(Math.abs(topAt(lifted, 0.12 * L, 0) - topAt(plain, 0.12 * L, 0) - lift)).toBeLessThan(0.2);

          const posted = buildInsole({ ...base(f), rearfootPostDeg: post }).shell.mesh;
          const points: [number, number, number][] = [];
          for (const x of [0.07, 0.11, 0.15, 0.19])
            for (const y of [-0.05, 0, 0.05]) points.push([x * L, y * L, topAt(posted, x * L, y * L)]);
          const tilt = (Math.atan(fitPlane(points).c * medialSign(f.side)) * 180) / Math.PI;
          expect(Math.abs(tilt - post)).toBeLessThan(0.5);

          const cupped = buildInsole({ ...base(f), heelCupDepthMm: cup });
          let rear = 0;
          for (let i = 1; i < cupped.outline.xs.length; i++)
            if ((cupped.outline.xs[i] ?? 0) < (cupped.outline.xs[rear] ?? 0)) rear = i;
          const rim = topAt(cupped.shell.mesh, (cupped.outline.xs[rear] ?? 0) + 0.05, cupped.outline.ys[rear] ?? 0);
          const seat = topAt(cupped.shell.mesh, 0.2 * L, 0);
          expect(Math.abs(rim - seat - cup)).toBeLessThan(0.5);
        },
      ),
      { numRuns: 12, seed: 8 },
    );
  });
});

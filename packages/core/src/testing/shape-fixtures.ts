// Test-only shapes of foot size that are not feet (excluded from the build by tsconfig.build.json).
import fc from 'fast-check';
import { createBoxMesh, createIcosphereMesh } from '../mesh/mesh-builders.js';
import type { Mesh } from '../mesh/mesh.js';
import { createSyntheticFoot } from '../scan/synthetic-foot.js';

/** A rigid motion: rotation about a unit axis by an angle, then a translation, mm. */
export interface RigidMotion {
  readonly axis: readonly [number, number, number];
  readonly angleRad: number;
  readonly translationMm: readonly [number, number, number];
}

/** Random rigid motions: any axis, any angle, translations within ±1 m. */
export const rigidMotionArbitrary: fc.Arbitrary<RigidMotion> = fc
  .record({
    axis: fc
      .tuple(
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
      )
      .filter(([x, y, z]) => Math.hypot(x, y, z) > 0.1),
    angleRad: fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
    translationMm: fc.tuple(
      fc.double({ min: -1000, max: 1000, noNaN: true }),
      fc.double({ min: -1000, max: 1000, noNaN: true }),
      fc.double({ min: -1000, max: 1000, noNaN: true }),
    ),
  })
  .map(({ axis, angleRad, translationMm }) => {
    const n = Math.hypot(...axis);
    return { axis: [axis[0] / n, axis[1] / n, axis[2] / n] as const, angleRad, translationMm };
  });

/**
 * A mesh moved rigidly (Rodrigues' rotation, then the translation), computed in double precision.
 *
 * @param mesh - any mesh
 * @param motion - the rigid motion
 * @returns the moved mesh, same triangles
 */
export function moveRigidly(mesh: Mesh, motion: RigidMotion): Mesh {
  const [kx, ky, kz] = motion.axis;
  const c = Math.cos(motion.angleRad);
  const s = Math.sin(motion.angleRad);
  const t = 1 - c;
  const r = [
    [t * kx * kx + c, t * kx * ky - s * kz, t * kx * kz + s * ky],
    [t * kx * ky + s * kz, t * ky * ky + c, t * ky * kz - s * kx],
    [t * kx * kz - s * ky, t * ky * kz + s * kx, t * kz * kz + c],
  ] as const;
  const p = mesh.positions;
  const out = new Float32Array(p.length);
  for (let i = 0; i < p.length; i += 3) {
    const x = p[i]!;
    const y = p[i + 1]!;
    const z = p[i + 2]!;
    for (let row = 0; row < 3; row++) {
      const [a, b, d] = r[row]!;
      out[i + row] = a * x + b * y + d * z + motion.translationMm[row]!;
    }
  }
  return { positions: out, triangles: mesh.triangles };
}

/** A closed cylinder along x: `around` points per ring, `rings` rings, capped by fans, CCW from outside. */
export function createCylinderMesh(
  lengthMm: number,
  radiusYMm: number,
  radiusZMm: number,
  around = 48,
  rings = 40,
): Mesh {
  const positions: number[] = [];
  for (let r = 0; r < rings; r++) {
    const x = (r / (rings - 1)) * lengthMm;
    for (let k = 0; k < around; k++) {
      const a = (2 * Math.PI * k) / around;
      positions.push(x, radiusYMm * Math.cos(a), radiusZMm * Math.sin(a));
    }
  }
  const first = positions.length / 3;
  positions.push(0, 0, 0, lengthMm, 0, 0);
  const triangles: number[] = [];
  for (let r = 0; r + 1 < rings; r++) {
    for (let k = 0; k < around; k++) {
      const a = r * around + k;
      const b = r * around + ((k + 1) % around);
      triangles.push(a, b, b + around, a, b + around, a + around);
    }
  }
  const last = (rings - 1) * around;
  for (let k = 0; k < around; k++) {
    triangles.push(first, (k + 1) % around, k);
    triangles.push(first + 1, last + k, last + ((k + 1) % around));
  }
  return { positions: Float32Array.from(positions), triangles: Uint32Array.from(triangles) };
}

/** An ellipsoid with semi-axes a, b, c (mm) along x, y, z: a scaled icosphere (5,120 triangles). */
export function createEllipsoidMesh(a: number, b: number, c: number): Mesh {
  const unit = createIcosphereMesh(1, 4);
  const p = Float32Array.from(unit.positions);
  for (let i = 0; i < p.length; i += 3) {
    p[i] = p[i]! * a;
    p[i + 1] = p[i + 1]! * b;
    p[i + 2] = p[i + 2]! * c;
  }
  return { positions: p, triangles: unit.triangles };
}

/** A sphere with every vertex pushed in or out along its radius by the given noise, mm. */
export function createNoisySphereMesh(radiusMm: number, noiseMm: readonly number[]): Mesh {
  const unit = createIcosphereMesh(1, 4);
  const p = Float32Array.from(unit.positions);
  for (let i = 0, v = 0; i < p.length; i += 3, v++) {
    const r = radiusMm + (noiseMm[v % noiseMm.length] ?? 0);
    p[i] = p[i]! * r;
    p[i + 1] = p[i + 1]! * r;
    p[i + 2] = p[i + 2]! * r;
  }
  return { positions: p, triangles: unit.triangles };
}

/**
 * The synthetic foot with everything in front of a fraction of its length pressed flat onto a
 * plane (the toes cut off and the cut closed): still one closed part.
 */
export function createFootWithoutToes(cutAt: number, side: 'left' | 'right' = 'right'): Mesh {
  const foot = createSyntheticFoot({ side, stations: 120, around: 64 });
  const cutX = cutAt * foot.truth.lengthMm;
  const p = Float32Array.from(foot.mesh.positions);
  for (let i = 0; i < p.length; i += 3) p[i] = Math.min(p[i]!, cutX);
  return { positions: p, triangles: foot.mesh.triangles };
}

/** A left and a right synthetic foot side by side, `gapMm` apart, in one mesh (two parts). */
export function createPairOfFeet(gapMm: number): Mesh {
  const right = createSyntheticFoot({ side: 'right', stations: 120, around: 64 });
  const left = createSyntheticFoot({ side: 'left', stations: 120, around: 64 });
  const n = right.mesh.positions.length / 3;
  const positions = new Float32Array(2 * n * 3);
  positions.set(right.mesh.positions);
  const shift = right.truth.ballWidthMm + gapMm;
  for (let i = 0; i < left.mesh.positions.length; i += 3) {
    positions[3 * n + i] = left.mesh.positions[i]!;
    positions[3 * n + i + 1] = left.mesh.positions[i + 1]! - shift;
    positions[3 * n + i + 2] = left.mesh.positions[i + 2]!;
  }
  const triangles = new Uint32Array(2 * right.mesh.triangles.length);
  triangles.set(right.mesh.triangles);
  for (let k = 0; k < left.mesh.triangles.length; k++)
    triangles[right.mesh.triangles.length + k] = left.mesh.triangles[k]! + n;
  return { positions, triangles };
}

/** A shape of foot size that is not one measurable foot, as plain data (so that a failing case prints short). */
export type NotAFootShape =
  | { readonly kind: 'box'; readonly sizeMm: readonly [number, number, number] }
  | { readonly kind: 'cylinder'; readonly lengthMm: number; readonly radiusYMm: number; readonly radiusZMm: number }
  | { readonly kind: 'ellipsoid'; readonly semiAxesMm: readonly [number, number, number] }
  | { readonly kind: 'noisy-sphere'; readonly radiusMm: number; readonly noiseMm: readonly number[] }
  | { readonly kind: 'foot-without-toes'; readonly cutAt: number; readonly side: 'left' | 'right' }
  | { readonly kind: 'pair-of-feet'; readonly gapMm: number };

/**
 * The mesh of a not-a-foot shape.
 *
 * @param shape - the shape
 * @returns its mesh
 */
export function createNotAFoot(shape: NotAFootShape): Mesh {
  switch (shape.kind) {
    case 'box':
      return createBoxMesh([0, 0, 0], shape.sizeMm);
    case 'cylinder':
      return createCylinderMesh(shape.lengthMm, shape.radiusYMm, shape.radiusZMm);
    case 'ellipsoid':
      return createEllipsoidMesh(...shape.semiAxesMm);
    case 'noisy-sphere':
      return createNoisySphereMesh(shape.radiusMm, shape.noiseMm);
    case 'foot-without-toes':
      return createFootWithoutToes(shape.cutAt, shape.side);
    case 'pair-of-feet':
      return createPairOfFeet(shape.gapMm);
  }
}

const mm = (min: number, max: number) => fc.double({ min, max, noNaN: true });

/** Boxes, cylinders, ellipsoids and noisy spheres of foot size, feet cut behind the toes and pairs of feet. */
export const notAFootArbitrary: fc.Arbitrary<NotAFootShape> = fc.oneof(
  fc.tuple(mm(180, 320), mm(60, 130), mm(40, 120)).map((sizeMm) => ({ kind: 'box' as const, sizeMm })),
  fc
    .tuple(mm(180, 320), mm(30, 65), mm(20, 60))
    .map(([lengthMm, radiusYMm, radiusZMm]) => ({ kind: 'cylinder' as const, lengthMm, radiusYMm, radiusZMm })),
  fc.tuple(mm(90, 160), mm(30, 65), mm(20, 60)).map((semiAxesMm) => ({ kind: 'ellipsoid' as const, semiAxesMm })),
  fc
    .tuple(mm(60, 140), fc.array(mm(-5, 5), { minLength: 1, maxLength: 97 }))
    .map(([radiusMm, noiseMm]) => ({ kind: 'noisy-sphere' as const, radiusMm, noiseMm })),
  fc
    .tuple(fc.double({ min: 0.55, max: 0.8, noNaN: true }), fc.constantFrom('left' as const, 'right' as const))
    .map(([cutAt, side]) => ({ kind: 'foot-without-toes' as const, cutAt, side })),
  mm(5, 150).map((gapMm) => ({ kind: 'pair-of-feet' as const, gapMm })),
);

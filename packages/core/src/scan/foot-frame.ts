import type { Mesh } from '../mesh/mesh.js';
import type { Mat3, Vec3 } from './vec3.js';

/** Left or right foot. */
export type Side = 'left' | 'right';

/**
 * A rigid placement into the foot frame of PRODUCT.md: origin at the heel's rearmost point on the
 * ground plane, +x along the foot axis toward the toes, +y to the left of the walking direction
 * (medial for a right foot), +z up. A point maps as `p' = rotation · p + translation`.
 */
export interface RigidTransform {
  /** Rows are the foot frame's x, y and z axes expressed in input coordinates. */
  readonly rotation: Mat3;
  readonly translation: Vec3;
}

/**
 * Applies a rigid transform to every vertex (in double precision, stored as float32).
 *
 * @param mesh - the input mesh
 * @param transform - rotation and translation
 * @returns a new mesh with the same triangles
 */
export function applyRigid(mesh: Mesh, transform: RigidTransform): Mesh {
  const [r0, r1, r2] = transform.rotation;
  const [tx, ty, tz] = transform.translation;
  const source = mesh.positions;
  const out = new Float32Array(source.length);
  for (let i = 0; i < source.length; i += 3) {
    const x = source[i] ?? 0;
    const y = source[i + 1] ?? 0;
    const z = source[i + 2] ?? 0;
    out[i] = r0[0] * x + r0[1] * y + r0[2] * z + tx;
    out[i + 1] = r1[0] * x + r1[1] * y + r1[2] * z + ty;
    out[i + 2] = r2[0] * x + r2[1] * y + r2[2] * z + tz;
  }
  return { positions: out, triangles: mesh.triangles };
}

/**
 * The transform that applies `first`, then `second`.
 *
 * @param second - applied last
 * @param first - applied first
 * @returns `p ↦ second(first(p))`
 */
export function composeRigid(second: RigidTransform, first: RigidTransform): RigidTransform {
  const row = (r: Vec3): Vec3 => [
    r[0] * first.rotation[0][0] + r[1] * first.rotation[1][0] + r[2] * first.rotation[2][0],
    r[0] * first.rotation[0][1] + r[1] * first.rotation[1][1] + r[2] * first.rotation[2][1],
    r[0] * first.rotation[0][2] + r[1] * first.rotation[1][2] + r[2] * first.rotation[2][2],
  ];
  const [r0, r1, r2] = second.rotation;
  const t = first.translation;
  const moved = (r: Vec3, s: number) => r[0] * t[0] + r[1] * t[1] + r[2] * t[2] + s;
  return {
    rotation: [row(r0), row(r1), row(r2)],
    translation: [moved(r0, second.translation[0]), moved(r1, second.translation[1]), moved(r2, second.translation[2])],
  };
}

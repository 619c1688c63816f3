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

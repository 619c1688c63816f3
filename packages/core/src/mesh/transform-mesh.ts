import type { Mesh } from './mesh.js';

/** A coordinate axis. */
export type Axis = 'x' | 'y' | 'z';

const AXIS_INDEX: Readonly<Record<Axis, number>> = { x: 0, y: 1, z: 2 };

/** Swaps the second and third corner of every triangle, turning the mesh inside out (or back). */
export function flipWinding(triangles: Uint32Array): Uint32Array {
  const flipped = new Uint32Array(triangles.length);
  for (let k = 0; k < triangles.length; k += 3) {
    flipped[k] = triangles[k] ?? 0;
    flipped[k + 1] = triangles[k + 2] ?? 0;
    flipped[k + 2] = triangles[k + 1] ?? 0;
  }
  return flipped;
}

/**
 * Applies an affine transform. When it mirrors (negative determinant), the triangles' winding is flipped so
 * that they stay counter-clockwise seen from outside.
 *
 * @param mesh - the mesh
 * @param matrix - column-major, either 4×4 (16 numbers, as three.js `Matrix4.elements`; the last row must be
 *   0 0 0 1) or 3×4 (12 numbers: the three columns of the linear part, then the translation)
 * @returns the transformed mesh
 * @throws RangeError when the matrix has another length, a projective last row or non-finite entries
 */
export function transformMesh(mesh: Mesh, matrix: readonly number[] | Float64Array | Float32Array): Mesh {
  const m = Array.from(matrix);
  let linear: number[];
  let translation: number[];
  if (m.length === 16) {
    if (m[3] !== 0 || m[7] !== 0 || m[11] !== 0 || m[15] !== 1) {
      throw new RangeError('transformMesh: a 4×4 matrix must be affine (last row 0 0 0 1).');
    }
    linear = [...m.slice(0, 3), ...m.slice(4, 7), ...m.slice(8, 11)];
    translation = m.slice(12, 15);
  } else if (m.length === 12) {
    linear = m.slice(0, 9);
    translation = m.slice(9, 12);
  } else {
    throw new RangeError(`transformMesh: the matrix needs 16 or 12 numbers, not ${m.length}.`);
  }
  if (!m.every(Number.isFinite)) throw new RangeError('transformMesh: the matrix has a non-finite entry.');
  const [m00 = 0, m10 = 0, m20 = 0, m01 = 0, m11 = 0, m21 = 0, m02 = 0, m12 = 0, m22 = 0] = linear;
  const [tx = 0, ty = 0, tz = 0] = translation;
  const p = mesh.positions;
  const positions = new Float32Array(p.length);
  for (let v = 0; v < p.length; v += 3) {
    const x = p[v] ?? 0;
    const y = p[v + 1] ?? 0;
    const z = p[v + 2] ?? 0;
    positions[v] = m00 * x + m01 * y + m02 * z + tx;
    positions[v + 1] = m10 * x + m11 * y + m12 * z + ty;
    positions[v + 2] = m20 * x + m21 * y + m22 * z + tz;
  }
  const determinant = m00 * (m11 * m22 - m12 * m21) - m01 * (m10 * m22 - m12 * m20) + m02 * (m10 * m21 - m11 * m20);
  return { positions, triangles: determinant < 0 ? flipWinding(mesh.triangles) : mesh.triangles.slice() };
}

/**
 * Scales a mesh about the origin (e.g. 10 for centimetres to millimetres). A negative overall scale mirrors, and
 * the winding is flipped to keep triangles counter-clockwise from outside.
 *
 * @param mesh - the mesh
 * @param factor - one factor, or one per axis
 * @returns the scaled mesh
 */
export function scaleMesh(mesh: Mesh, factor: number | readonly [number, number, number]): Mesh {
  const [sx, sy, sz] = typeof factor === 'number' ? [factor, factor, factor] : factor;
  return transformMesh(mesh, [sx, 0, 0, 0, sy, 0, 0, 0, sz, 0, 0, 0]);
}

/**
 * Mirrors a mesh in the plane `axis = about` (e.g. a right foot into a left one across y = 0), flipping the
 * winding so that triangles stay counter-clockwise seen from outside.
 *
 * @param mesh - the mesh
 * @param axis - the axis the mirror plane is perpendicular to
 * @param about - where the plane crosses that axis, mm (default 0)
 * @returns the mirrored mesh
 */
export function mirrorMesh(mesh: Mesh, axis: Axis, about = 0): Mesh {
  const index = AXIS_INDEX[axis];
  const positions = mesh.positions.slice();
  for (let v = index; v < positions.length; v += 3) positions[v] = 2 * about - (positions[v] ?? 0);
  return { positions, triangles: flipWinding(mesh.triangles) };
}

/** A 3-vector `[x, y, z]`. */
export type Vec3 = readonly [number, number, number];

/** A 3×3 matrix, row-major: `m[r][c]`. */
export type Mat3 = readonly [Vec3, Vec3, Vec3];

export function dot(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

export function cross(a: Vec3, b: Vec3): Vec3 {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

export function scale(a: Vec3, s: number): Vec3 {
  return [a[0] * s, a[1] * s, a[2] * s];
}

export function add(a: Vec3, b: Vec3): Vec3 {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}

export function sub(a: Vec3, b: Vec3): Vec3 {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}

export function norm(a: Vec3): number {
  return Math.hypot(a[0], a[1], a[2]);
}

export function normalize(a: Vec3): Vec3 {
  const n = norm(a);
  return n === 0 ? [0, 0, 0] : scale(a, 1 / n);
}

/** Rotation by `angle` radians about a unit `axis` (Rodrigues), as a row-major matrix. */
export function rotationAbout(axis: Vec3, angle: number): Mat3 {
  const [x, y, z] = normalize(axis);
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const t = 1 - c;
  return [
    [t * x * x + c, t * x * y - s * z, t * x * z + s * y],
    [t * x * y + s * z, t * y * y + c, t * y * z - s * x],
    [t * x * z - s * y, t * y * z + s * x, t * z * z + c],
  ];
}

export function mulMat(a: Mat3, b: Mat3): Mat3 {
  const row = (r: Vec3): Vec3 => [
    r[0] * b[0][0] + r[1] * b[1][0] + r[2] * b[2][0],
    r[0] * b[0][1] + r[1] * b[1][1] + r[2] * b[2][1],
    r[0] * b[0][2] + r[1] * b[1][2] + r[2] * b[2][2],
  ];
  return [row(a[0]), row(a[1]), row(a[2])];
}

export function mulVec(m: Mat3, v: Vec3): Vec3 {
  return [dot(m[0], v), dot(m[1], v), dot(m[2], v)];
}

/**
 * Eigen-decomposition of a symmetric 3×3 matrix by cyclic Jacobi rotations.
 *
 * @param m - a symmetric matrix
 * @returns eigenvalues in descending order with their unit eigenvectors
 */
export function symmetricEigen(m: Mat3): { values: Vec3; vectors: Mat3 } {
  // a: the matrix being diagonalised; v: accumulated rotations (columns are eigenvectors). Row-major, 3×3.
  const a = Float64Array.from([...m[0], ...m[1], ...m[2]]);
  const v = Float64Array.from([1, 0, 0, 0, 1, 0, 0, 0, 1]);
  const at = (arr: Float64Array, r: number, c: number) => arr[r * 3 + c] ?? 0;
  for (let sweep = 0; sweep < 50; sweep++) {
    const off = Math.abs(at(a, 0, 1)) + Math.abs(at(a, 0, 2)) + Math.abs(at(a, 1, 2));
    const diag = Math.abs(at(a, 0, 0)) + Math.abs(at(a, 1, 1)) + Math.abs(at(a, 2, 2));
    if (off <= 1e-14 * diag || off === 0) break;
    for (const [p, q] of [
      [0, 1],
      [0, 2],
      [1, 2],
    ] as const) {
      const apq = at(a, p, q);
      if (apq === 0) continue;
      const theta = (at(a, q, q) - at(a, p, p)) / (2 * apq);
      const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
      const c = 1 / Math.sqrt(t * t + 1);
      const s = t * c;
      for (let k = 0; k < 3; k++) {
        const akp = at(a, k, p);
        const akq = at(a, k, q);
        a[k * 3 + p] = c * akp - s * akq;
        a[k * 3 + q] = s * akp + c * akq;
      }
      for (let k = 0; k < 3; k++) {
        const apk = at(a, p, k);
        const aqk = at(a, q, k);
        a[p * 3 + k] = c * apk - s * aqk;
        a[q * 3 + k] = s * apk + c * aqk;
      }
      for (let k = 0; k < 3; k++) {
        const vkp = at(v, k, p);
        const vkq = at(v, k, q);
        v[k * 3 + p] = c * vkp - s * vkq;
        v[k * 3 + q] = s * vkp + c * vkq;
      }
    }
  }
  const pairs = [0, 1, 2]
    .map((i) => ({ value: at(a, i, i), vector: [at(v, 0, i), at(v, 1, i), at(v, 2, i)] as const }))
    .sort((x, y) => y.value - x.value);
  const pick = (i: number) => pairs[i] ?? { value: 0, vector: [0, 0, 0] as const };
  return {
    values: [pick(0).value, pick(1).value, pick(2).value],
    vectors: [pick(0).vector, pick(1).vector, pick(2).vector],
  };
}

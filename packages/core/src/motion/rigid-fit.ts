import type { Mat3, Vec3 } from '../scan/vec3.js';

/** A rigid motion `p ↦ rotation · p + translation` (rotation row-major). */
export interface RigidFit {
  readonly rotation: Mat3;
  readonly translation: Vec3;
  /** Root-mean-square distance between the moved reference points and the targets, in input units. */
  readonly rmsResidual: number;
}

/** Eigenvector of the largest eigenvalue of a symmetric 4×4 matrix (cyclic Jacobi), row-major input. */
function largestEigenvector4(a: number[]): [number, number, number, number] {
  const v = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1];
  for (let sweep = 0; sweep < 30; sweep++) {
    let off = 0;
    for (let p = 0; p < 3; p++) for (let q = p + 1; q < 4; q++) off += (a[p * 4 + q] ?? 0) ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < 3; p++) {
      for (let q = p + 1; q < 4; q++) {
        const apq = a[p * 4 + q] ?? 0;
        if (Math.abs(apq) < 1e-300) continue;
        const app = a[p * 5] ?? 0;
        const aqq = a[q * 5] ?? 0;
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < 4; k++) {
          const akp = a[k * 4 + p] ?? 0;
          const akq = a[k * 4 + q] ?? 0;
          a[k * 4 + p] = c * akp - s * akq;
          a[k * 4 + q] = s * akp + c * akq;
        }
        for (let k = 0; k < 4; k++) {
          const apk = a[p * 4 + k] ?? 0;
          const aqk = a[q * 4 + k] ?? 0;
          a[p * 4 + k] = c * apk - s * aqk;
          a[q * 4 + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < 4; k++) {
          const vkp = v[k * 4 + p] ?? 0;
          const vkq = v[k * 4 + q] ?? 0;
          v[k * 4 + p] = c * vkp - s * vkq;
          v[k * 4 + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  let best = 0;
  for (let i = 1; i < 4; i++) if ((a[i * 5] ?? 0) > (a[best * 5] ?? 0)) best = i;
  return [v[best] ?? 0, v[4 + best] ?? 0, v[8 + best] ?? 0, v[12 + best] ?? 0];
}

/**
 * Least-squares rigid fit of reference points onto target points (Horn's closed-form unit-quaternion
 * method): the rotation and translation minimising Σ|R·ref + t − target|². Pairs where either point
 * has a NaN coordinate are skipped.
 *
 * @param ref - reference points, `ref[i * 3 + axis]`
 * @param target - target points, same layout and count
 * @returns the transform, or null when fewer than three usable pairs remain
 * @see Horn BKP (1987) J Opt Soc Am A 4:629–642 (evidence library `horn-1987`)
 */
export function fitRigid(ref: ArrayLike<number>, target: ArrayLike<number>): RigidFit | null {
  const n = Math.floor(ref.length / 3);
  const use: number[] = [];
  for (let i = 0; i < n; i++) {
    let ok = true;
    for (let a = 0; a < 3; a++) {
      if (!Number.isFinite(ref[i * 3 + a] ?? NaN) || !Number.isFinite(target[i * 3 + a] ?? NaN)) ok = false;
    }
    if (ok) use.push(i);
  }
  if (use.length < 3) return null;
  const cr = [0, 0, 0];
  const ct = [0, 0, 0];
  for (const i of use) {
    for (let a = 0; a < 3; a++) {
      cr[a] = (cr[a] ?? 0) + (ref[i * 3 + a] ?? 0) / use.length;
      ct[a] = (ct[a] ?? 0) + (target[i * 3 + a] ?? 0) / use.length;
    }
  }
  // Cross-covariance S[a][b] = Σ (ref_a − c_a)(target_b − c_b).
  const s = new Array<number>(9).fill(0);
  for (const i of use) {
    for (let a = 0; a < 3; a++) {
      const ra = (ref[i * 3 + a] ?? 0) - (cr[a] ?? 0);
      for (let b = 0; b < 3; b++) s[a * 3 + b] = (s[a * 3 + b] ?? 0) + ra * ((target[i * 3 + b] ?? 0) - (ct[b] ?? 0));
    }
  }
  const [sxx, sxy, sxz, syx, syy, syz, szx, szy, szz] = s as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const nMat = [
    sxx + syy + szz,
    syz - szy,
    szx - sxz,
    sxy - syx,
    syz - szy,
    sxx - syy - szz,
    sxy + syx,
    szx + sxz,
    szx - sxz,
    sxy + syx,
    -sxx + syy - szz,
    syz + szy,
    sxy - syx,
    szx + sxz,
    syz + szy,
    -sxx - syy + szz,
  ];
  const [w, x, y, z] = largestEigenvector4(nMat);
  const rotation: Mat3 = [
    [w * w + x * x - y * y - z * z, 2 * (x * y - w * z), 2 * (x * z + w * y)],
    [2 * (x * y + w * z), w * w - x * x + y * y - z * z, 2 * (y * z - w * x)],
    [2 * (x * z - w * y), 2 * (y * z + w * x), w * w - x * x - y * y + z * z],
  ];
  const rc: Vec3 = [
    rotation[0][0] * (cr[0] ?? 0) + rotation[0][1] * (cr[1] ?? 0) + rotation[0][2] * (cr[2] ?? 0),
    rotation[1][0] * (cr[0] ?? 0) + rotation[1][1] * (cr[1] ?? 0) + rotation[1][2] * (cr[2] ?? 0),
    rotation[2][0] * (cr[0] ?? 0) + rotation[2][1] * (cr[1] ?? 0) + rotation[2][2] * (cr[2] ?? 0),
  ];
  const translation: Vec3 = [(ct[0] ?? 0) - rc[0], (ct[1] ?? 0) - rc[1], (ct[2] ?? 0) - rc[2]];
  let sq = 0;
  for (const i of use) {
    for (let a = 0; a < 3; a++) {
      const row = rotation[a as 0 | 1 | 2];
      const moved =
        row[0] * (ref[i * 3] ?? 0) +
        row[1] * (ref[i * 3 + 1] ?? 0) +
        row[2] * (ref[i * 3 + 2] ?? 0) +
        translation[a as 0 | 1 | 2];
      sq += (moved - (target[i * 3 + a] ?? 0)) ** 2;
    }
  }
  return { rotation, translation, rmsResidual: Math.sqrt(sq / use.length) };
}

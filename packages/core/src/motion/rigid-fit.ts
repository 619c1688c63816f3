import type { Mat3, Vec3 } from '../scan/vec3.js';

/** A rigid motion `p ↦ rotation · p + translation` (rotation row-major). */
export interface RigidFit {
  readonly rotation: Mat3;
  readonly translation: Vec3;
  /** Root-mean-square distance between the moved reference points and the targets, in input units. */
  readonly rmsResidual: number;
}

/**
 * Eigenvector of the largest eigenvalue of a symmetric 4×4 matrix by cyclic Jacobi rotations; `a` (row-major)
 * is overwritten.
 */
function largestEigenvector4(a: Float64Array): [number, number, number, number] {
  const v = new Float64Array(16);
  v[0] = v[5] = v[10] = v[15] = 1;
  let scale2 = 0;
  for (let i = 0; i < 16; i++) scale2 += (a[i] ?? 0) ** 2;
  for (let sweep = 0; sweep < 30; sweep++) {
    let off = 0;
    for (let p = 0; p < 3; p++) for (let q = p + 1; q < 4; q++) off += (a[p * 4 + q] ?? 0) ** 2;
    // Off-diagonal energy below 1e-28 of the matrix's: converged to double precision.
    if (off <= 1e-28 * scale2) break;
    for (let p = 0; p < 3; p++) {
      for (let q = p + 1; q < 4; q++) {
        const apq = a[p * 4 + q] ?? 0;
        if (apq === 0) continue;
        const theta = ((a[q * 5] ?? 0) - (a[p * 5] ?? 0)) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
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

/** Determinant of the 3×3 minor of a 4×4 row-major matrix without row `r` and column `c`. */
function minor3(m: Float64Array, r: number, c: number): number {
  const r0 = (r === 0 ? 1 : 0) * 4;
  const r1 = (r <= 1 ? 2 : 1) * 4;
  const r2 = (r <= 2 ? 3 : 2) * 4;
  const c0 = c === 0 ? 1 : 0;
  const c1 = c <= 1 ? 2 : 1;
  const c2 = c <= 2 ? 3 : 2;
  const a = m[r0 + c0] ?? 0;
  const b = m[r0 + c1] ?? 0;
  const d = m[r0 + c2] ?? 0;
  const e = m[r1 + c0] ?? 0;
  const f = m[r1 + c1] ?? 0;
  const g = m[r1 + c2] ?? 0;
  const h = m[r2 + c0] ?? 0;
  const i = m[r2 + c1] ?? 0;
  const j = m[r2 + c2] ?? 0;
  return a * (f * j - g * i) - b * (e * j - g * h) + d * (e * i - f * h);
}

/**
 * Largest eigenpair of Horn's traceless 4×4 matrix by Newton's method on its characteristic polynomial,
 * started from the upper bound (Ga + Gb)/2, and the eigenvector as the largest row of the adjugate of
 * N − λI (the "QCP" approach, Theobald 2005 [U]). Null when the eigenvector is ill-determined (the
 * caller then uses Jacobi rotations).
 */
function largestEigenvectorNewton(n: Float64Array, upper: number): [number, number, number, number] | null {
  // P(λ) = λ⁴ + c2 λ² + c1 λ + c0 (trace 0): c2 = −½ tr(N²), c1 = −⅓ tr(N³), c0 = det N.
  let tr2 = 0;
  for (let i = 0; i < 16; i++) tr2 += (n[i] ?? 0) ** 2;
  let tr3 = 0;
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++) {
      let nij2 = 0;
      for (let k = 0; k < 4; k++) nij2 += (n[i * 4 + k] ?? 0) * (n[k * 4 + j] ?? 0);
      tr3 += nij2 * (n[j * 4 + i] ?? 0);
    }
  let det = 0;
  for (let c = 0; c < 4; c++) det += (c % 2 === 0 ? 1 : -1) * (n[c] ?? 0) * minor3(n, 0, c);
  const c2 = -tr2 / 2;
  const c1 = -tr3 / 3;
  const c0 = det;
  let lambda = upper;
  for (let it = 0; it < 50; it++) {
    const l2 = lambda * lambda;
    const p = l2 * l2 + c2 * l2 + c1 * lambda + c0;
    const dp = 4 * l2 * lambda + 2 * c2 * lambda + c1;
    if (dp === 0) break;
    const step = p / dp;
    lambda -= step;
    if (Math.abs(step) <= 1e-13 * Math.abs(lambda)) break;
  }
  // N − λI in place (restored below, so the Jacobi fallback sees N).
  const m = n;
  for (let i = 0; i < 4; i++) m[i * 5] = (m[i * 5] ?? 0) - lambda;
  // The adjugate of the (rank-3) N − λI has rank one, every row ∝ the eigenvector: take the row with the
  // largest diagonal cofactor.
  let r = 0;
  let diag = 0;
  for (let i = 0; i < 4; i++) {
    const d = Math.abs(minor3(m, i, i));
    if (d > diag) {
      diag = d;
      r = i;
    }
  }
  const best: [number, number, number, number] = [0, 0, 0, 0];
  for (let c = 0; c < 4; c++) best[c] = ((r + c) % 2 === 0 ? 1 : -1) * minor3(m, c, r);
  const bestNorm = Math.hypot(best[0], best[1], best[2], best[3]);
  const scale = Math.max(Math.abs(lambda), Math.sqrt(tr2), 1e-300);
  for (let i = 0; i < 4; i++) m[i * 5] = (m[i * 5] ?? 0) + lambda;
  if (!(bestNorm > 1e-8 * scale ** 3)) return null;
  return [best[0] / bestNorm, best[1] / bestNorm, best[2] / bestNorm, best[3] / bestNorm];
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
  const out = new Float64Array(12);
  if (!fitRigidInto(ref, target, out)) return null;
  const rotation: Mat3 = [
    [out[0] ?? 0, out[1] ?? 0, out[2] ?? 0],
    [out[3] ?? 0, out[4] ?? 0, out[5] ?? 0],
    [out[6] ?? 0, out[7] ?? 0, out[8] ?? 0],
  ];
  const translation: Vec3 = [out[9] ?? 0, out[10] ?? 0, out[11] ?? 0];
  let sq = 0;
  let count = 0;
  const n = Math.floor(ref.length / 3);
  for (let i = 0; i < n; i++) {
    const p: Vec3 = [ref[i * 3] ?? NaN, ref[i * 3 + 1] ?? NaN, ref[i * 3 + 2] ?? NaN];
    const q: Vec3 = [target[i * 3] ?? NaN, target[i * 3 + 1] ?? NaN, target[i * 3 + 2] ?? NaN];
    if (!Number.isFinite(p[0] + p[1] + p[2] + q[0] + q[1] + q[2])) continue;
    count++;
    for (let a = 0; a < 3; a++) {
      const row = rotation[a as 0 | 1 | 2];
      sq += (row[0] * p[0] + row[1] * p[1] + row[2] * p[2] + translation[a as 0 | 1 | 2] - q[a as 0 | 1 | 2]) ** 2;
    }
  }
  return { rotation, translation, rmsResidual: Math.sqrt(sq / count) };
}

/**
 * {@link fitRigid} without allocation of the result: writes the rotation (row-major, 9 values) and the
 * translation (3 values) into `out`.
 *
 * @param ref - reference points, `ref[i * 3 + axis]`
 * @param target - target points, same layout and count
 * @param out - at least 12 values, overwritten
 * @returns false (and `out` untouched) when fewer than three usable pairs remain
 */
export function fitRigidInto(ref: ArrayLike<number>, target: ArrayLike<number>, out: Float64Array): boolean {
  const n = Math.floor(ref.length / 3);
  const ok = new Uint8Array(n);
  let count = 0;
  let crx = 0;
  let cry = 0;
  let crz = 0;
  let ctx = 0;
  let cty = 0;
  let ctz = 0;
  for (let i = 0; i < n; i++) {
    const rx = ref[i * 3] ?? NaN;
    const ry = ref[i * 3 + 1] ?? NaN;
    const rz = ref[i * 3 + 2] ?? NaN;
    const tx = target[i * 3] ?? NaN;
    const ty = target[i * 3 + 1] ?? NaN;
    const tz = target[i * 3 + 2] ?? NaN;
    // A NaN anywhere makes the sum NaN.
    if (!Number.isFinite(rx + ry + rz + tx + ty + tz)) continue;
    ok[i] = 1;
    count++;
    crx += rx;
    cry += ry;
    crz += rz;
    ctx += tx;
    cty += ty;
    ctz += tz;
  }
  if (count < 3) return false;
  crx /= count;
  cry /= count;
  crz /= count;
  ctx /= count;
  cty /= count;
  ctz /= count;
  // Cross-covariance S_ab = Σ (ref_a − c_a)(target_b − c_b), and the spreads Σ|ref − c|², Σ|target − c|².
  let gRef = 0;
  let gTarget = 0;
  let sxx = 0;
  let sxy = 0;
  let sxz = 0;
  let syx = 0;
  let syy = 0;
  let syz = 0;
  let szx = 0;
  let szy = 0;
  let szz = 0;
  for (let i = 0; i < n; i++) {
    if (ok[i] === 0) continue;
    const rx = (ref[i * 3] ?? 0) - crx;
    const ry = (ref[i * 3 + 1] ?? 0) - cry;
    const rz = (ref[i * 3 + 2] ?? 0) - crz;
    const tx = (target[i * 3] ?? 0) - ctx;
    const ty = (target[i * 3 + 1] ?? 0) - cty;
    const tz = (target[i * 3 + 2] ?? 0) - ctz;
    gRef += rx * rx + ry * ry + rz * rz;
    gTarget += tx * tx + ty * ty + tz * tz;
    sxx += rx * tx;
    sxy += rx * ty;
    sxz += rx * tz;
    syx += ry * tx;
    syy += ry * ty;
    syz += ry * tz;
    szx += rz * tx;
    szy += rz * ty;
    szz += rz * tz;
  }
  const nMat = Float64Array.of(
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
  );
  const [w, x, y, z] = largestEigenvectorNewton(nMat, (gRef + gTarget) / 2) ?? largestEigenvector4(nMat);
  const r00 = w * w + x * x - y * y - z * z;
  const r01 = 2 * (x * y - w * z);
  const r02 = 2 * (x * z + w * y);
  const r10 = 2 * (x * y + w * z);
  const r11 = w * w - x * x + y * y - z * z;
  const r12 = 2 * (y * z - w * x);
  const r20 = 2 * (x * z - w * y);
  const r21 = 2 * (y * z + w * x);
  const r22 = w * w - x * x - y * y + z * z;
  out.set([r00, r01, r02, r10, r11, r12, r20, r21, r22]);
  out[9] = ctx - (r00 * crx + r01 * cry + r02 * crz);
  out[10] = cty - (r10 * crx + r11 * cry + r12 * crz);
  out[11] = ctz - (r20 * crx + r21 * cry + r22 * crz);
  return true;
}

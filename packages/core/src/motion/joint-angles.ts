import type { Issue } from '../issue.js';
import { cross, dot, mulMat, mulVec, normalize, sub, type Mat3, type Vec3 } from '../scan/vec3.js';
import { frameFromAxes, millimetresPerUnit, type LowerLimbModel, type SegmentName } from './lower-limb-model.js';
import type { MarkerTrajectories } from './read-trc.js';
import { fitRigid } from './rigid-fit.js';

/** Names of the angle curves {@link jointAngles} computes (degrees). */
export const JOINT_ANGLE_NAMES = [
  'pelvis_tilt',
  'pelvis_obliquity',
  'pelvis_rotation',
  ...(['r', 'l'] as const).flatMap((s) => [
    `hip_flexion_${s}`,
    `hip_adduction_${s}`,
    `hip_rotation_${s}`,
    `knee_flexion_${s}`,
    `knee_adduction_${s}`,
    `knee_rotation_${s}`,
    `ankle_dorsiflexion_${s}`,
    `ankle_inversion_${s}`,
    `ankle_rotation_${s}`,
    `foot_progression_${s}`,
    `rearfoot_inversion_${s}`,
  ]),
] as const;

/** One angle curve name, e.g. `knee_flexion_r`. */
export type JointAngleName = (typeof JOINT_ANGLE_NAMES)[number];

/** Joint angle curves of a dynamic trial, degrees, one value per marker frame (NaN where untracked). */
export interface JointAngleCurves {
  readonly kind: 'JointAngleCurves';
  readonly rateHz: number;
  readonly timeS: Float64Array;
  /** Curves by name; a rearfoot curve only when the marker set has a calcaneus cluster. */
  readonly angles: Readonly<Partial<Record<JointAngleName, Float64Array>>>;
  /** Horizontal unit vector of the direction of progression in the lab. */
  readonly progression: Vec3;
  readonly warnings: readonly Issue[];
}

/** Transposed `a` times `b`: `b` expressed in the frame `a`. */
function relative(a: Mat3, b: Mat3): Mat3 {
  const col = (m: Mat3, c: 0 | 1 | 2): Vec3 => [m[0][c], m[1][c], m[2][c]];
  const row = (r: 0 | 1 | 2): Vec3 => [dot(col(a, r), col(b, 0)), dot(col(a, r), col(b, 1)), dot(col(a, r), col(b, 2))];
  return [row(0), row(1), row(2)];
}

/**
 * Cardan angles of `R = Rz(a)·Rx(b)·Ry(c)` (rotating axes: z first, then the floating x, then y), radians.
 * For a joint this is the Grood & Suntay (1983) joint coordinate system: flexion about the proximal
 * segment's z, rotation about the distal segment's y, ab/adduction about the floating axis.
 *
 * @param r - rotation of the distal frame in the proximal frame (row-major)
 * @returns `[a, b, c]` about z, x and y
 */
export function cardanZxy(r: Mat3): Vec3 {
  const b = Math.asin(Math.max(-1, Math.min(1, r[2][1])));
  return [Math.atan2(-r[0][1], r[1][1]), b, Math.atan2(-r[2][0], r[2][2])];
}

const DEG = 180 / Math.PI;

/**
 * Joint angles of a dynamic trial from a static calibration: each segment's marker cluster is fitted to
 * its static positions by least squares (Horn 1987 [U]), carrying the static anatomical frame; angles are
 * Cardan z-x-y (Grood & Suntay 1983 [U]; ISB, Wu et al. 2002 [U]) of the distal frame in the proximal one.
 *
 * Sign conventions (degrees), chosen to match OpenSim Gait2354 coordinates where it has them:
 * - pelvis (pelvis frame in the lab frame x = progression, y = up, z = x × y): `pelvis_tilt` about z,
 *   positive when the front of the pelvis rises (posterior tilt; OpenSim `pelvis_tilt`);
 *   `pelvis_obliquity` about the floating x, positive when the right side drops (OpenSim `pelvis_list`);
 *   `pelvis_rotation` about y, positive when the pelvis turns to the left (OpenSim `pelvis_rotation`).
 * - hip: flexion, adduction and internal rotation positive on both sides (OpenSim `hip_*`).
 * - knee: flexion positive (OpenSim `knee_angle` is the negative of this); adduction (varus) and internal
 *   rotation of the shank positive.
 * - ankle (foot vs shank): dorsiflexion positive (OpenSim `ankle_angle`), inversion positive, internal
 *   rotation (adduction of the foot) positive.
 * - `foot_progression`: angle of the foot's heel–toe axis to the direction of progression in the horizontal
 *   plane, positive for toe-out.
 * - `rearfoot_inversion`: calcaneus vs shank about the floating (anterior) axis, inversion positive; only
 *   when the marker set has a calcaneus cluster.
 *
 * Frames where a segment has fewer than three cluster markers are NaN, with a warning naming the segment.
 *
 * @param trial - the dynamic trial
 * @param model - the calibration from {@link calibrateLowerLimb}
 * @returns angle curves sampled at the trial's frames
 */
export function jointAngles(trial: MarkerTrajectories, model: LowerLimbModel): JointAngleCurves {
  const warnings: Issue[] = [];
  const k = millimetresPerUnit(trial.units) ?? 1;
  const nm = trial.markerNames.length;
  const n = trial.timeS.length;
  const frames = new Map<SegmentName, (Mat3 | null)[]>();
  const pelvisOrigin: (Vec3 | null)[] = [];
  for (const seg of model.segments) {
    const idx = seg.clusterNames.map((name) => trial.markerNames.indexOf(name));
    const absent = seg.clusterNames.filter((_, i) => idx[i] === -1);
    if (absent.length > 0)
      warnings.push({
        severity: 'warning',
        code: 'missing_markers',
        path: seg.segment,
        message: `The dynamic trial has no ${absent.join(', ')} (${seg.segment} cluster).`,
      });
    const target = new Float64Array(idx.length * 3);
    const out: (Mat3 | null)[] = [];
    let lost = 0;
    for (let f = 0; f < n; f++) {
      for (let i = 0; i < idx.length; i++) {
        const m = idx[i] ?? -1;
        for (let a = 0; a < 3; a++) target[i * 3 + a] = m < 0 ? NaN : (trial.xyz[(f * nm + m) * 3 + a] ?? NaN) * k;
      }
      const fit = fitRigid(seg.clusterMm, target);
      if (fit === null) {
        lost++;
        out.push(null);
        if (seg.segment === 'pelvis') pelvisOrigin.push(null);
        continue;
      }
      out.push(mulMat(fit.rotation, seg.frame));
      if (seg.segment === 'pelvis') {
        const o = mulVec(fit.rotation, seg.originMm);
        pelvisOrigin.push([o[0] + fit.translation[0], o[1] + fit.translation[1], o[2] + fit.translation[2]]);
      }
    }
    if (lost > 0)
      warnings.push({
        severity: 'warning',
        code: 'segment_untracked',
        path: seg.segment,
        message: `${seg.segment}: fewer than three cluster markers in ${String(lost)} of ${String(n)} frames; angles NaN there.`,
      });
    frames.set(seg.segment, out);
  }

  // Direction of progression: the pelvis's horizontal travel, or on a treadmill (travel under 0.5 m) the
  // mean horizontal anterior axis of the pelvis.
  const up = model.up;
  const horizontal = (v: Vec3): Vec3 => sub(v, [up[0] * dot(v, up), up[1] * dot(v, up), up[2] * dot(v, up)]);
  const valid = pelvisOrigin.filter((o): o is Vec3 => o !== null);
  const first = valid[0];
  const last = valid[valid.length - 1];
  let travel: Vec3 = first !== undefined && last !== undefined ? horizontal(sub(last, first)) : [0, 0, 0];
  if (Math.hypot(...travel) < 500) {
    travel = [0, 0, 0];
    for (const r of frames.get('pelvis') ?? []) {
      if (r === null) continue;
      const h = horizontal([r[0][0], r[1][0], r[2][0]]);
      travel = [travel[0] + h[0], travel[1] + h[1], travel[2] + h[2]];
    }
  }
  const progression = Math.hypot(...travel) > 0 ? normalize(travel) : normalize(horizontal([1, 0, 0]));
  const lab = frameFromAxes(progression, up, cross(progression, up));

  const angles: Partial<Record<JointAngleName, Float64Array>> = {};
  const curve = (name: JointAngleName): Float64Array => {
    const c = new Float64Array(n).fill(NaN);
    angles[name] = c;
    return c;
  };
  const put = (
    names: readonly [JointAngleName, JointAngleName, JointAngleName],
    signs: Vec3,
    proximal: (f: number) => Mat3 | null,
    distal: readonly (Mat3 | null)[],
  ): void => {
    const [ca, cb, cc] = names.map(curve) as [Float64Array, Float64Array, Float64Array];
    for (let f = 0; f < n; f++) {
      const p = proximal(f);
      const d = distal[f] ?? null;
      if (p === null || d === null) continue;
      const [a, b, c] = cardanZxy(relative(p, d));
      ca[f] = signs[0] * a * DEG;
      cb[f] = signs[1] * b * DEG;
      cc[f] = signs[2] * c * DEG;
    }
  };
  const pelvis = frames.get('pelvis') ?? [];
  put(['pelvis_tilt', 'pelvis_obliquity', 'pelvis_rotation'], [1, 1, 1], () => lab, pelvis);
  for (const s of ['r', 'l'] as const) {
    const m = s === 'r' ? 1 : -1;
    const thigh = frames.get(`thigh_${s}`) ?? [];
    const shank = frames.get(`shank_${s}`) ?? [];
    const foot = frames.get(`foot_${s}`) ?? [];
    put([`hip_flexion_${s}`, `hip_adduction_${s}`, `hip_rotation_${s}`], [1, m, m], (f) => pelvis[f] ?? null, thigh);
    put([`knee_flexion_${s}`, `knee_adduction_${s}`, `knee_rotation_${s}`], [-1, m, m], (f) => thigh[f] ?? null, shank);
    put(
      [`ankle_dorsiflexion_${s}`, `ankle_inversion_${s}`, `ankle_rotation_${s}`],
      [1, m, m],
      (f) => shank[f] ?? null,
      foot,
    );
    const calc = frames.get(`calcaneus_${s}`);
    if (calc !== undefined) {
      const rf = curve(`rearfoot_inversion_${s}`);
      for (let f = 0; f < n; f++) {
        const p = shank[f] ?? null;
        const d = calc[f] ?? null;
        if (p !== null && d !== null) rf[f] = m * cardanZxy(relative(p, d))[1] * DEG;
      }
    }
    const fp = curve(`foot_progression_${s}`);
    const right = cross(progression, up);
    for (let f = 0; f < n; f++) {
      const r = foot[f] ?? null;
      if (r === null) continue;
      const x: Vec3 = [r[0][0], r[1][0], r[2][0]];
      fp[f] = m * Math.atan2(dot(x, right), dot(x, progression)) * DEG;
    }
  }
  if (!model.segments.some((seg) => seg.segment.startsWith('calcaneus')))
    warnings.push({
      severity: 'warning',
      code: 'no_rearfoot',
      path: 'calcaneus',
      message: `The ${model.markerSet} marker set has no calcaneus cluster: no rearfoot angle (the ankle angles are of the whole foot).`,
    });
  return { kind: 'JointAngleCurves', rateHz: trial.rateHz, timeS: trial.timeS, angles, progression, warnings };
}

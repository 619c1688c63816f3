import type { Issue } from '../issue.js';
import { cross, dot, normalize, sub, type Mat3, type Vec3 } from '../scan/vec3.js';
import { frameFromAxes, millimetresPerUnit, type LowerLimbModel, type SegmentName } from './lower-limb-model.js';
import type { MarkerTrajectories } from './read-trc.js';
import { fitRigidInto } from './rigid-fit.js';

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
  // Anatomical frames per segment and frame, row-major 3×3 (`frames[f * 9 + r * 3 + c]`), NaN where untracked.
  const frames = new Map<SegmentName, Float64Array>();
  const pelvisOrigin: (Vec3 | null)[] = [];
  const fit = new Float64Array(12);
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
    const out = new Float64Array(n * 9).fill(NaN);
    const a = seg.frame;
    let lost = 0;
    for (let f = 0; f < n; f++) {
      for (let i = 0; i < idx.length; i++) {
        const m = idx[i] ?? -1;
        const o = (f * nm + m) * 3;
        target[i * 3] = m < 0 ? NaN : (trial.xyz[o] ?? NaN) * k;
        target[i * 3 + 1] = m < 0 ? NaN : (trial.xyz[o + 1] ?? NaN) * k;
        target[i * 3 + 2] = m < 0 ? NaN : (trial.xyz[o + 2] ?? NaN) * k;
      }
      if (!fitRigidInto(seg.clusterMm, target, fit)) {
        lost++;
        if (seg.segment === 'pelvis') pelvisOrigin.push(null);
        continue;
      }
      for (let r = 0; r < 3; r++) {
        const q0 = fit[r * 3] ?? 0;
        const q1 = fit[r * 3 + 1] ?? 0;
        const q2 = fit[r * 3 + 2] ?? 0;
        for (let c = 0; c < 3; c++)
          out[f * 9 + r * 3 + c] = q0 * a[0][c as 0 | 1 | 2] + q1 * a[1][c as 0 | 1 | 2] + q2 * a[2][c as 0 | 1 | 2];
      }
      if (seg.segment === 'pelvis') {
        const [ox, oy, oz] = seg.originMm;
        pelvisOrigin.push([
          (fit[0] ?? 0) * ox + (fit[1] ?? 0) * oy + (fit[2] ?? 0) * oz + (fit[9] ?? 0),
          (fit[3] ?? 0) * ox + (fit[4] ?? 0) * oy + (fit[5] ?? 0) * oz + (fit[10] ?? 0),
          (fit[6] ?? 0) * ox + (fit[7] ?? 0) * oy + (fit[8] ?? 0) * oz + (fit[11] ?? 0),
        ]);
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
  const pelvis = frames.get('pelvis') ?? new Float64Array(n * 9).fill(NaN);
  if (Math.hypot(...travel) < 500) {
    travel = [0, 0, 0];
    for (let f = 0; f < n; f++) {
      const x: Vec3 = [pelvis[f * 9] ?? NaN, pelvis[f * 9 + 3] ?? NaN, pelvis[f * 9 + 6] ?? NaN];
      if (!x.every(Number.isFinite)) continue;
      const h = horizontal(x);
      travel = [travel[0] + h[0], travel[1] + h[1], travel[2] + h[2]];
    }
  }
  const progression = Math.hypot(...travel) > 0 ? normalize(travel) : normalize(horizontal([1, 0, 0]));
  const labFrame = frameFromAxes(progression, up, cross(progression, up));
  const lab = new Float64Array(n * 9);
  for (let f = 0; f < n; f++) lab.set(labFrame.flat(), f * 9);

  const angles: Partial<Record<JointAngleName, Float64Array>> = {};
  const curve = (name: JointAngleName): Float64Array => {
    const c = new Float64Array(n).fill(NaN);
    angles[name] = c;
    return c;
  };
  /** Cardan z-x-y angles (degrees, signed) of `distal` in `proximal`, frame by frame, NaN-propagating. */
  const put = (
    names: readonly [JointAngleName, JointAngleName, JointAngleName] | readonly [null, JointAngleName, null],
    signs: Vec3,
    proximal: Float64Array,
    distal: Float64Array,
  ): void => {
    const ca = names[0] === null ? null : curve(names[0]);
    const cb = curve(names[1]);
    const cc = names[2] === null ? null : curve(names[2]);
    for (let f = 0; f < n; f++) {
      const o = f * 9;
      // R = Pᵀ·D; Cardan z-x-y needs R01, R11, R21, R20, R22.
      const rel = (r: number, c: number): number =>
        (proximal[o + r] ?? NaN) * (distal[o + c] ?? NaN) +
        (proximal[o + 3 + r] ?? NaN) * (distal[o + 3 + c] ?? NaN) +
        (proximal[o + 6 + r] ?? NaN) * (distal[o + 6 + c] ?? NaN);
      const r21 = rel(2, 1);
      if (!Number.isFinite(r21)) continue;
      if (ca !== null) ca[f] = signs[0] * Math.atan2(-rel(0, 1), rel(1, 1)) * DEG;
      cb[f] = signs[1] * Math.asin(Math.max(-1, Math.min(1, r21))) * DEG;
      if (cc !== null) cc[f] = signs[2] * Math.atan2(-rel(2, 0), rel(2, 2)) * DEG;
    }
  };
  put(['pelvis_tilt', 'pelvis_obliquity', 'pelvis_rotation'], [1, 1, 1], lab, pelvis);
  const none = new Float64Array(n * 9).fill(NaN);
  for (const s of ['r', 'l'] as const) {
    const m = s === 'r' ? 1 : -1;
    const thigh = frames.get(`thigh_${s}`) ?? none;
    const shank = frames.get(`shank_${s}`) ?? none;
    const foot = frames.get(`foot_${s}`) ?? none;
    put([`hip_flexion_${s}`, `hip_adduction_${s}`, `hip_rotation_${s}`], [1, m, m], pelvis, thigh);
    put([`knee_flexion_${s}`, `knee_adduction_${s}`, `knee_rotation_${s}`], [-1, m, m], thigh, shank);
    put([`ankle_dorsiflexion_${s}`, `ankle_inversion_${s}`, `ankle_rotation_${s}`], [1, m, m], shank, foot);
    const calc = frames.get(`calcaneus_${s}`);
    if (calc !== undefined) put([null, `rearfoot_inversion_${s}`, null], [m, m, m], shank, calc);
    const fp = curve(`foot_progression_${s}`);
    const right = cross(progression, up);
    for (let f = 0; f < n; f++) {
      const x: Vec3 = [foot[f * 9] ?? NaN, foot[f * 9 + 3] ?? NaN, foot[f * 9 + 6] ?? NaN];
      if (!Number.isFinite(x[0])) continue;
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

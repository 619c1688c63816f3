import { describe, expect, it } from 'vitest';
import { mulMat, mulVec, rotationAbout, type Mat3, type Vec3 } from '../scan/vec3.js';
import { cardanZxy, jointAngles } from './joint-angles.js';
import { GAIT2354_MARKER_SET } from './lower-limb-marker-set.js';
import { calibrateLowerLimb, type LowerLimbModel, type SegmentName } from './lower-limb-model.js';
import type { MarkerTrajectories } from './read-trc.js';
import { fitRigid } from './rigid-fit.js';
import { syntheticStandingMarkers } from './synthetic-markers.js';

const rad = Math.PI / 180;
/** Rz(a)·Rx(b)·Ry(c), degrees. */
function zxy(a: number, b: number, c: number): Mat3 {
  return mulMat(
    mulMat(rotationAbout([0, 0, 1], a * rad), rotationAbout([1, 0, 0], b * rad)),
    rotationAbout([0, 1, 0], c * rad),
  );
}
const transpose = (m: Mat3): Mat3 => [
  [m[0][0], m[1][0], m[2][0]],
  [m[0][1], m[1][1], m[2][1]],
  [m[0][2], m[1][2], m[2][2]],
];

function trial(frames: readonly Record<string, Vec3>[], rateHz: number): MarkerTrajectories {
  const names = Object.keys(frames[0] ?? {});
  return {
    kind: 'MarkerTrajectories',
    rateHz,
    units: 'mm',
    markerNames: names,
    timeS: Float64Array.from(frames, (_, f) => f / rateHz),
    xyz: Float64Array.from(frames.flatMap((fr) => names.flatMap((n) => [...(fr[n] ?? [NaN, NaN, NaN])]))),
  };
}

function calibrated(): LowerLimbModel {
  const s = syntheticStandingMarkers();
  const cal = calibrateLowerLimb(trial([s, s, s], 100), GAIT2354_MARKER_SET);
  if (!cal.ok) throw new Error(cal.error.message);
  return cal.model;
}

/** Expected angles (degrees) at frame f of the synthetic walk. */
function expected(f: number): Record<string, number> {
  const t = f / 100;
  const w = 2 * Math.PI * t;
  const e: Record<string, number> = {
    pelvis_tilt: 5 * Math.sin(w),
    pelvis_obliquity: 6 * Math.cos(w),
    pelvis_rotation: 8 * Math.sin(w + 1),
  };
  for (const [s, ph] of [
    ['r', 0],
    ['l', Math.PI],
  ] as const) {
    e[`hip_flexion_${s}`] = 10 + 30 * Math.sin(w + ph);
    e[`hip_adduction_${s}`] = 8 * Math.sin(w + ph + 0.5);
    e[`hip_rotation_${s}`] = -12 * Math.cos(w + ph);
    e[`knee_flexion_${s}`] = 30 - 28 * Math.cos(w + ph);
    e[`knee_adduction_${s}`] = 4 * Math.sin(w + ph);
    e[`knee_rotation_${s}`] = 15 * Math.sin(w + ph + 2);
    e[`ankle_dorsiflexion_${s}`] = 15 * Math.sin(w + ph + 1);
    e[`ankle_inversion_${s}`] = 12 * Math.cos(w + ph + 1);
    e[`ankle_rotation_${s}`] = 9 * Math.sin(w + ph + 3);
  }
  return e;
}

/** Markers of the synthetic walk: every segment posed from the expected angles, pelvis moving 1 m/s along +X. */
function syntheticWalk(model: LowerLimbModel, frames: number, angleOf: (f: number) => Record<string, number>) {
  const stat = syntheticStandingMarkers();
  const out: Record<string, Vec3>[] = [];
  const footFrames: Record<'r' | 'l', Mat3[]> = { r: [], l: [] };
  for (let f = 0; f < frames; f++) {
    const e = angleOf(f);
    const a = (k: string): number => e[k] ?? 0;
    const poses = new Map<SegmentName, Mat3>();
    const pelvis = zxy(a('pelvis_tilt'), a('pelvis_obliquity'), a('pelvis_rotation'));
    poses.set('pelvis', pelvis);
    for (const s of ['r', 'l'] as const) {
      const m = s === 'r' ? 1 : -1;
      const thigh = mulMat(pelvis, zxy(a(`hip_flexion_${s}`), m * a(`hip_adduction_${s}`), m * a(`hip_rotation_${s}`)));
      const shank = mulMat(
        thigh,
        zxy(-a(`knee_flexion_${s}`), m * a(`knee_adduction_${s}`), m * a(`knee_rotation_${s}`)),
      );
      const foot = mulMat(
        shank,
        zxy(a(`ankle_dorsiflexion_${s}`), m * a(`ankle_inversion_${s}`), m * a(`ankle_rotation_${s}`)),
      );
      poses.set(`thigh_${s}`, thigh);
      poses.set(`shank_${s}`, shank);
      poses.set(`foot_${s}`, foot);
      footFrames[s].push(foot);
    }
    const frame: Record<string, Vec3> = { ...stat };
    for (const seg of model.segments) {
      const pose = poses.get(seg.segment);
      if (pose === undefined) continue;
      const q = mulMat(pose, transpose(seg.frame));
      for (const name of seg.clusterNames) {
        const p = stat[name] ?? [0, 0, 0];
        const r = mulVec(q, [p[0] - seg.originMm[0], p[1] - seg.originMm[1], p[2] - seg.originMm[2]]);
        frame[name] = [r[0] + seg.originMm[0] + f * 10, r[1] + seg.originMm[1], r[2] + seg.originMm[2]];
      }
    }
    out.push(frame);
  }
  return { markers: trial(out, 100), footFrames };
}

describe('fitRigid', () => {
  it('recovers a known rotation and translation from four points', () => {
    const ref = [0, 0, 0, 100, 0, 0, 0, 50, 0, 10, 20, 70];
    const r = zxy(30, -20, 75);
    const t: Vec3 = [5, -7, 300];
    const target = [0, 1, 2, 3].flatMap((i) => {
      const p = mulVec(r, [ref[i * 3]!, ref[i * 3 + 1]!, ref[i * 3 + 2]!]);
      return [p[0] + t[0], p[1] + t[1], p[2] + t[2]];
    });
    const fit = fitRigid(ref, target)!;
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(fit.rotation[i]![j]!).toBeCloseTo(r[i]![j]!, 9);
    expect(fit.translation[2]).toBeCloseTo(300, 6);
    expect(fit.rmsResidual).toBeLessThan(1e-9);
  });
  it('recovers half turns and small rotations of a three-point cluster', () => {
    const ref = [0, 0, 0, 120, 0, 0, 30, 80, 10];
    for (const [axis, deg] of [
      [[1, 0, 0], 180],
      [[0, 1, 0], 180],
      [[0, 0, 1], 180],
      [[1, 2, 3], 180],
      [[3, -1, 2], 0.01],
      [[0, 0, 1], 0],
    ] as const) {
      const r = rotationAbout(axis, deg * rad);
      const target = [0, 1, 2].flatMap((i) => [...mulVec(r, [ref[i * 3]!, ref[i * 3 + 1]!, ref[i * 3 + 2]!])]);
      const fit = fitRigid(ref, target)!;
      for (let i = 0; i < 3; i++)
        for (let j = 0; j < 3; j++)
          expect(fit.rotation[i]![j]!, `${String(axis)} ${String(deg)}`).toBeCloseTo(r[i]![j]!, 8);
    }
  });

  it('skips pairs with NaN and gives null below three pairs', () => {
    expect(fitRigid([0, 0, 0, 1, 0, 0, 0, 1, 0], [0, 0, 0, NaN, 0, 0, 0, 1, 0])).toBeNull();
  });
});

describe('cardanZxy', () => {
  it('inverts Rz·Rx·Ry', () => {
    const [a, b, c] = cardanZxy(zxy(-40, 25, 70));
    expect([a / rad, b / rad, c / rad].map((v) => Math.round(v * 1e9) / 1e9)).toEqual([-40, 25, 70]);
  });
});

describe('jointAngles on synthetic markers from known segment poses', () => {
  const model = calibrated();
  const { markers, footFrames } = syntheticWalk(model, 101, expected);
  const curves = jointAngles(markers, model);

  it('recovers pelvis, hip, knee and ankle angles in three planes within 0.1°', () => {
    let worst = 0;
    for (let f = 0; f < 101; f++) {
      for (const [name, value] of Object.entries(expected(f))) {
        const got = curves.angles[name]![f]!;
        worst = Math.max(worst, Math.abs(got - value));
        expect(Math.abs(got - value), `${name} frame ${String(f)}`).toBeLessThan(0.1);
      }
    }
    expect(worst).toBeLessThan(1e-6);
    expect(curves.progression[0]).toBeCloseTo(1, 9);
  });

  it('gives the foot progression angle of the heel–toe axis in the horizontal plane, toe-out positive', () => {
    for (const s of ['r', 'l'] as const) {
      for (let f = 0; f < 101; f += 10) {
        const x = footFrames[s][f]!;
        const want = ((s === 'r' ? 1 : -1) * Math.atan2(x[2][0], x[0][0])) / rad;
        expect(curves.angles[`foot_progression_${s}`]![f]).toBeCloseTo(want, 6);
      }
    }
    const only = syntheticWalk(model, 2, () => ({ ankle_rotation_r: 10, ankle_rotation_l: 10, pelvis_rotation: 0 }));
    const toeIn = jointAngles(only.markers, model);
    expect(toeIn.angles.foot_progression_r![0]).toBeCloseTo(-10, 6);
    expect(toeIn.angles.foot_progression_l![0]).toBeCloseTo(-10, 6);
  });

  it('says there is no rearfoot angle for a marker set without a calcaneus cluster', () => {
    expect(curves.angles.rearfoot_inversion_r).toBeUndefined();
    expect(curves.warnings.map((w) => w.code)).toContain('no_rearfoot');
  });

  it('tracks the foot through a missing marker, and leaves a three-marker thigh NaN where one is missing, with a warning', () => {
    const nm = markers.markerNames.length;
    const xyz = Float64Array.from(markers.xyz);
    const toe = markers.markerNames.indexOf('R.Toe.Tip');
    const thigh = markers.markerNames.indexOf('L.Thigh.Front');
    xyz.fill(NaN, (5 * nm + toe) * 3, (5 * nm + toe) * 3 + 3);
    xyz.fill(NaN, (7 * nm + thigh) * 3, (7 * nm + thigh) * 3 + 3);
    const gappy = jointAngles({ ...markers, xyz }, model);
    expect(gappy.angles.ankle_dorsiflexion_r![5]).toBeCloseTo(expected(5)['ankle_dorsiflexion_r']!, 6);
    expect(gappy.angles.hip_flexion_l![7]).toBeNaN();
    expect(gappy.angles.knee_flexion_l![7]).toBeNaN();
    expect(gappy.warnings).toContainEqual(expect.objectContaining({ code: 'segment_untracked', path: 'thigh_l' }));
  });

  it('computes the rearfoot angle from a calcaneus cluster when the set has one', () => {
    const set = {
      ...GAIT2354_MARKER_SET,
      legs: {
        ...GAIT2354_MARKER_SET.legs,
        right: { ...GAIT2354_MARKER_SET.legs.right, calcaneusCluster: ['R.Heel', 'R.Midfoot.Lat', 'R.Midfoot.Sup'] },
      },
    };
    const s = syntheticStandingMarkers();
    const cal = calibrateLowerLimb(trial([s], 100), set);
    if (!cal.ok) throw new Error(cal.error.message);
    const walk = syntheticWalk(cal.model, 21, expected);
    const c = jointAngles(walk.markers, cal.model);
    // The calcaneus moves with the whole synthetic foot here, so its frontal angle is the ankle's.
    for (let f = 0; f < 21; f++)
      expect(c.angles.rearfoot_inversion_r![f]).toBeCloseTo(expected(f)['ankle_inversion_r']!, 6);
    expect(c.angles.rearfoot_inversion_l).toBeUndefined();
  });
});

describe('calibrateLowerLimb', () => {
  it('names every marker a static trial lacks', () => {
    const s = syntheticStandingMarkers();
    delete s['R.Knee.Med'];
    delete s['L.Ankle.Lat'];
    const r = calibrateLowerLimb(trial([s], 100), GAIT2354_MARKER_SET);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('missing_markers');
    expect(r.error.missing).toEqual(['R.Knee.Med', 'L.Ankle.Lat']);
    expect(r.error.message).toContain('R.Knee.Med');
  });

  it('finds the lab vertical and puts the hip centres below, behind and medial to the ASIS', () => {
    const model = calibrated();
    expect(model.up).toEqual([0, 1, 0]);
    const hip = model.jointCentresMm.right.hip;
    expect(hip[1]).toBeLessThan(1000);
    expect(hip[0]).toBeLessThan(0);
    expect(hip[2]).toBeGreaterThan(0);
    expect(hip[2]).toBeLessThan(120);
  });

  it('converts metres to millimetres', () => {
    const s = syntheticStandingMarkers();
    const metres = Object.fromEntries(
      Object.entries(s).map(([k, v]): [string, Vec3] => [k, [v[0] / 1000, v[1] / 1000, v[2] / 1000]]),
    );
    const r = calibrateLowerLimb({ ...trial([metres], 100), units: 'm' }, GAIT2354_MARKER_SET);
    expect(r.ok && r.model.jointCentresMm.right.knee[1]).toBeCloseTo(500, 6);
  });
});

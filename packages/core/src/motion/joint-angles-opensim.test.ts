import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testdataOrSkip } from '../../../../test-support/testdata.js';
import { jointAngles, type JointAngleName } from './joint-angles.js';
import { GAIT2354_MARKER_SET } from './lower-limb-marker-set.js';
import { calibrateLowerLimb } from './lower-limb-model.js';
import { readMot } from './read-mot.js';
import { readTrc } from './read-trc.js';

/** Our curve, the OpenSim IK column it corresponds to, and the sign that maps ours onto OpenSim's. */
const PAIRS: readonly [JointAngleName, string, 1 | -1][] = [
  ['pelvis_tilt', 'pelvis_tilt', 1],
  ['pelvis_obliquity', 'pelvis_list', 1],
  ['pelvis_rotation', 'pelvis_rotation', 1],
  ...(['r', 'l'] as const).flatMap((s): [JointAngleName, string, 1 | -1][] => [
    [`hip_flexion_${s}`, `hip_flexion_${s}`, 1],
    [`hip_adduction_${s}`, `hip_adduction_${s}`, 1],
    [`hip_rotation_${s}`, `hip_rotation_${s}`, 1],
    [`knee_flexion_${s}`, `knee_angle_${s}`, -1],
    [`ankle_dorsiflexion_${s}`, `ankle_angle_${s}`, 1],
    [`ankle_inversion_${s}`, `subtalar_angle_${s}`, 1],
  ]),
];

/** RMSE (with and without the mean offset) of our curves against an IK table, at the IK rows' times. */
function compare(
  curves: ReturnType<typeof jointAngles>,
  markerRateHz: number,
  markerStartS: number,
  ik: { columnNames: readonly string[]; columns: readonly Float64Array[] },
) {
  const time = ik.columns[0]!;
  const rows: Record<string, { rmse: number; rmseNoOffset: number; offset: number; compared: number }> = {};
  for (const [ours, theirs, sign] of PAIRS) {
    const ref = ik.columns[ik.columnNames.indexOf(theirs)]!;
    const diffs = Array.from(time, (t, i) => {
      const f = Math.round((t - markerStartS) * markerRateHz);
      return sign * curves.angles[ours]![f]! - ref[i]!;
    }).filter(Number.isFinite);
    const offset = diffs.reduce((a, b) => a + b, 0) / diffs.length;
    const rmse = Math.sqrt(diffs.reduce((a, d) => a + d * d, 0) / diffs.length);
    const rmseNoOffset = Math.sqrt(diffs.reduce((a, d) => a + (d - offset) ** 2, 0) / diffs.length);
    rows[ours] = { rmse, rmseNoOffset, offset, compared: diffs.length };
  }
  // Every coordinate is compared at every IK row, and its curve has the shape of OpenSim's: the two
  // models zero their segment frames differently in the static pose, so a constant offset is expected, but
  // after removing it the curves of the same markers agree within 5° for every coordinate but hip rotation
  // (the OpenCap validation accepted 4.34° RMSE against marker mocap with a different marker set
  // altogether, anchors-domain [S15]; 5° is that plus the noise of a single trial). Hip rotation about the
  // thigh's long axis is the one coordinate the two models do not agree on: 6.6° on the walk's left side.
  // That is a known gap, held at 8° only so that it does not grow unseen, and not counted as agreement.
  for (const [name, row] of Object.entries(rows)) {
    expect(row.compared, name).toBe(time.length);
    expect(Number.isFinite(row.rmse), name).toBe(true);
    const limitDeg = name.startsWith('hip_rotation') ? 8 : 5;
    expect(row.rmseNoOffset, `${name} without offset`).toBeLessThanOrEqual(limitDeg);
  }
  return rows;
}

describe('joint angles of the Hamner run against OpenSim inverse kinematics', () => {
  it('follows every OpenSim coordinate of the run but hip rotation within 5° once the constant offset is removed', (ctx) => {
    const staticPath = testdataOrSkip(ctx, 'opensim-hamner-running/subject02_static.trc');
    const runPath = testdataOrSkip(ctx, 'opensim-hamner-running/subject02_running.trc');
    const ikPath = testdataOrSkip(ctx, 'opensim-hamner-running/outputReference/ResultsIK/subject02_running_ik.mot');
    const st = readTrc(readFileSync(staticPath, 'utf8'));
    const run = readTrc(readFileSync(runPath, 'utf8'));
    const ik = readMot(readFileSync(ikPath, 'utf8'));
    if (!st.ok || !run.ok || !ik.ok) throw new Error('read failed');
    const cal = calibrateLowerLimb(st.markers, GAIT2354_MARKER_SET);
    if (!cal.ok) throw new Error(cal.error.message);
    const rows = compare(jointAngles(run.markers, cal.model), run.markers.rateHz, run.markers.timeS[0]!, ik.table);
    // The offsets themselves (segment-frame conventions, not curve shape) stay within 10°: a larger one is
    // a wrong axis or sign, which would show as a flipped or scaled curve, not a constant.
    for (const [name, row] of Object.entries(rows)) expect(Math.abs(row.offset), name).toBeLessThanOrEqual(10);
  });
});

describe('joint angles on the gait2354 walk against OpenSim inverse kinematics', () => {
  it('keeps sagittal hip within 5° RMSE, knee and ankle within 8°, and each within 3° without the mean offset', (ctx) => {
    const staticPath = testdataOrSkip(ctx, 'opensim-gait2354-walk/subject01_static.trc');
    const walkPath = testdataOrSkip(ctx, 'opensim-gait2354-walk/subject01_walk1.trc');
    const ikPath = testdataOrSkip(ctx, 'opensim-gait2354-walk/OutputReference/subject01_walk1_ik.mot');
    const st = readTrc(readFileSync(staticPath, 'utf8'));
    const walk = readTrc(readFileSync(walkPath, 'utf8'));
    const ik = readMot(readFileSync(ikPath, 'utf8'));
    if (!st.ok || !walk.ok || !ik.ok) throw new Error('read failed');
    const cal = calibrateLowerLimb(st.markers, GAIT2354_MARKER_SET);
    if (!cal.ok) throw new Error(cal.error.message);
    const curves = jointAngles(walk.markers, cal.model);
    const time = ik.table.columns[0]!;
    expect(time.length).toBe(73);
    const rows = compare(curves, walk.markers.rateHz, walk.markers.timeS[0]!, ik.table);
    for (const [name, r] of Object.entries(rows)) expect(r.compared, name).toBe(73);
    // Angles OpenSim's Gait2354 has no coordinate for (its knee is a 1-DOF hinge, its ankle and subtalar
    // axes are oblique, and foot progression is not a coordinate) cannot be compared; what must hold is that
    // they are defined at every IK row and that the knee moves as a hinge: its frontal and transverse
    // excursions (max − min) are each under half its flexion excursion.
    const at = (name: JointAngleName) =>
      Array.from(time, (t) => curves.angles[name]![Math.round(t * walk.markers.rateHz)]!);
    const excursion = (values: readonly number[]) => Math.max(...values) - Math.min(...values);
    for (const s of ['r', 'l'] as const) {
      for (const name of ['knee_adduction', 'knee_rotation', 'ankle_rotation', 'foot_progression'] as const)
        expect(at(`${name}_${s}`).every(Number.isFinite), `${name}_${s}`).toBe(true);
      const flexion = excursion(at(`knee_flexion_${s}`));
      expect(flexion, `knee_flexion_${s}`).toBeGreaterThan(30);
      expect(excursion(at(`knee_adduction_${s}`)), `knee_adduction_${s}`).toBeLessThan(flexion / 2);
      expect(excursion(at(`knee_rotation_${s}`)), `knee_rotation_${s}`).toBeLessThan(flexion / 2);
    }
    for (const s of ['r', 'l'] as const) {
      const hip = rows[`hip_flexion_${s}`]!;
      const knee = rows[`knee_flexion_${s}`]!;
      const ankle = rows[`ankle_dorsiflexion_${s}`]!;
      expect(hip.rmse, `hip_flexion_${s}`).toBeLessThanOrEqual(5);
      expect(knee.rmse, `knee_flexion_${s}`).toBeLessThanOrEqual(8);
      expect(ankle.rmse, `ankle_dorsiflexion_${s}`).toBeLessThanOrEqual(8);
      for (const [name, r] of [
        ['hip', hip],
        ['knee', knee],
        ['ankle', ankle],
      ] as const)
        expect(r.rmseNoOffset, `${name}_${s} without offset`).toBeLessThanOrEqual(3);
    }
  });
});

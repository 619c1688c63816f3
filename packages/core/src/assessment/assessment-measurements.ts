import type { BodySide } from '../intake/body-side.js';
import type { SpatialParameters } from '../motion/spatial-parameters.js';
import type { GaitEventSource } from '../motion/select-gait-events.js';
import type { LoadedCaptures } from './case-captures.js';
import type { Case } from './case-file.js';

/** One measurement of the assessment, with where it came from. */
export interface AssessmentMeasurement {
  readonly id: string;
  readonly side: BodySide | null;
  readonly label: string;
  readonly value: number | string | null;
  readonly unit: string | null;
  readonly method: string;
  /** Stated accuracy (±, in the unit), or a sentence when only reliability is known. */
  readonly accuracy: string;
  /** `measured` on this person (exam, file); `scored` from their answers. */
  readonly basis: 'measured' | 'scored';
  readonly source: 'exam' | 'scan' | 'pressure' | 'motion' | 'questionnaire';
}

const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits + 0;

/** How the stance angles are measured (groundup's motion module; README "Motion capture"). */
const stanceMethod = (source: GaitEventSource): string =>
  `marker motion capture: mean over stance (${eventMethod(source)}), Grood & Suntay joint coordinates, static calibration (Gait2354 marker set)`;

/** How a trial's gait events were found, in words ({@link selectGaitEvents}). */
function eventMethod(source: GaitEventSource): string {
  switch (source) {
    case 'grf':
      return 'gait events from the vertical ground reaction force (20 N threshold)';
    case 'c3d-events':
      return 'gait events stored in the C3D file';
    case 'force-plates+markers':
      return 'gait events from the force plates, marker-based (Zeni 2008 [U]) off the plates';
    case 'markers':
      return 'marker-based gait events (Zeni 2008 [U])';
  }
}

/**
 * Stated accuracy of the stance angles: RMSE against OpenSim inverse kinematics on the Gait2354 walk (README
 * "Motion capture": ankle inversion 3.5/4.1°, pelvis obliquity 3.4°); foot progression and knee adduction have no
 * OpenSim coordinate to compare with.
 */
const STANCE_ACCURACY: Readonly<Record<'footProgression' | 'inversion' | 'kneeAdduction' | 'pelvisObliquity', string>> =
  {
    footProgression:
      'no OpenSim coordinate to compare with; the other angles are within about 2–5° RMSE of OpenSim IK on the gait2354 walk',
    inversion:
      'about 3.5–4° RMSE against OpenSim IK (subtalar angle) on the gait2354 walk; skin markers, whole-foot angle',
    kneeAdduction:
      'no OpenSim coordinate to compare with; the other angles are within about 2–5° RMSE of OpenSim IK on the gait2354 walk',
    pelvisObliquity: 'about 3.4° RMSE against OpenSim IK (pelvis list) on the gait2354 walk',
  };

/** Why the motion figures are reported only. */
const REPORTED_ONLY = 'reported only: the biomech reference gives no threshold to classify or prescribe from it';

/**
 * The measurements of a case: exam findings, scan and pressure figures, motion (stance angles with a static trial;
 * cadence, walking speed, stride length and step width), the leg-length difference and questionnaire scores, each with unit, method, accuracy and where it came from.
 *
 * @param kase - the case
 * @param captures - the analysed files
 * @returns the measurements, left foot first
 */
export function measurementsOf(kase: Case, captures: LoadedCaptures): AssessmentMeasurement[] {
  const out: AssessmentMeasurement[] = [];
  for (const side of ['left', 'right'] as const) {
    const exam = kase.exam[side];
    if (exam?.fpi6)
      out.push({
        id: 'fpi6',
        side,
        label: 'Foot Posture Index (FPI-6)',
        value: exam.fpi6.total,
        unit: 'points',
        method: 'six-item visual and palpation exam, relaxed standing',
        accuracy: 'test-retest classification Kw = 0.92 (Langley 2016)',
        basis: 'measured',
        source: 'exam',
      });
    if (exam?.navicularDrop)
      out.push({
        id: 'navicularDrop',
        side,
        label: 'Navicular drop',
        value: exam.navicularDrop.navicularDropMm,
        unit: 'mm',
        method: 'subtalar neutral minus relaxed standing',
        accuracy: 'inter-rater ICC 0.40–0.95 across studies',
        basis: 'measured',
        source: 'exam',
      });
    if (exam?.rcsp)
      out.push({
        id: 'rcsp',
        side,
        label: 'Resting calcaneal stance position',
        value: exam.rcsp.rcspDeg,
        unit: 'deg',
        method: 'goniometer, relaxed bipedal stance; + inverted, − everted',
        accuracy: 'not stated in the reference',
        basis: 'measured',
        source: 'exam',
      });
    if (exam?.forefootToRearfoot)
      out.push({
        id: 'forefootToRearfoot',
        side,
        label: 'Forefoot to rearfoot',
        value: `${exam.forefootToRearfoot.relation} ${exam.forefootToRearfoot.angleDeg}°`,
        unit: null,
        method: 'subtalar neutral, non-weight-bearing',
        accuracy: 'not stated in the reference',
        basis: 'measured',
        source: 'exam',
      });
    const lunge = exam?.ankleDorsiflexion ?? null;
    if (lunge !== null && lunge.dorsiflexionDeg !== null) {
      out.push({
        id: 'ankleDorsiflexion',
        side,
        label: 'Ankle dorsiflexion (lunge, tibial angle)',
        value: lunge.dorsiflexionDeg,
        unit: 'deg',
        method: 'weight-bearing lunge test',
        accuracy: 'not stated in the reference',
        basis: 'measured',
        source: 'exam',
      });
    }
    if (lunge !== null && lunge.toeToWallMm !== null) {
      out.push({
        id: 'ankleDorsiflexionToeToWall',
        side,
        label: 'Ankle dorsiflexion (lunge, toe to wall)',
        value: lunge.toeToWallMm,
        unit: 'mm',
        method: 'weight-bearing lunge test',
        accuracy: 'not stated in the reference',
        basis: 'measured',
        source: 'exam',
      });
    }
    const scan = captures.scan[side];
    if (scan !== null) {
      const m = scan.measurements;
      for (const [id, label, meas] of [
        ['footLength', 'Foot length', m.length],
        ['ballWidth', 'Ball width', m.ballWidth],
        ['heelWidth', 'Heel width', m.heelWidth],
        ['archHeight', 'Arch height (dorsal, 50 %)', m.archHeight],
        ['truncatedLength', 'Truncated foot length', m.truncatedLength],
        ['archHeightIndex', 'Arch height index', m.archHeightIndex],
      ] as const) {
        out.push({
          id,
          side,
          label,
          value: meas.value === null ? null : round(meas.value, meas.unit === 'ratio' ? 3 : 1),
          unit: meas.unit,
          method: `3D scan (${scan.surface}): ${meas.method}`,
          accuracy: `± ${round(meas.accuracy, meas.unit === 'ratio' ? 3 : 1)} ${meas.unit} (groundup estimate)`,
          basis: 'measured',
          source: 'scan',
        });
      }
    }
    out.push(...stanceMeasurements(captures, side));
    const foot = captures.pressure?.insole?.feet.find((f) => f.side === side);
    if (foot !== undefined) {
      out.push({
        id: 'peakPressure',
        side,
        label: 'Peak plantar pressure (in-shoe)',
        value: round(foot.peakValue, 0),
        unit: 'kPa',
        method: 'in-shoe insole, highest sensor over the recording',
        accuracy: 'device accuracy not stated in the file',
        basis: 'measured',
        source: 'pressure',
      });
      if (foot.meanContactTimeS !== null)
        out.push({
          id: 'contactTime',
          side,
          label: 'Mean contact time',
          value: round(foot.meanContactTimeS, 3),
          unit: 's',
          method: 'in-shoe insole, full stances',
          accuracy: '± one frame',
          basis: 'measured',
          source: 'pressure',
        });
    }
  }
  const plate = captures.pressure;
  if (plate?.archIndex?.archIndex != null && plate.plateSide !== null) {
    out.push({
      id: 'archIndex',
      side: plate.plateSide,
      label: 'Arch index (plate footprint)',
      value: plate.archIndex.archIndex,
      unit: 'ratio',
      method: plate.archIndex.method,
      accuracy: 'whole sensors; AI vs radiographic navicular height r = 0.67 (van Schie & Boulton 2000)',
      basis: 'measured',
      source: 'pressure',
    });
  }
  const motion = captures.motion;
  if (motion !== null && Number.isFinite(motion.spatiotemporal.cadenceStepsPerMin)) {
    out.push({
      id: 'cadence',
      side: null,
      label: 'Cadence',
      value: round(motion.spatiotemporal.cadenceStepsPerMin, 1),
      unit: 'steps/min',
      method: eventMethod(motion.eventSource),
      accuracy: '± one frame per event',
      basis: 'measured',
      source: 'motion',
    });
  }
  if (motion !== null) out.push(...spatialMeasurements(motion.spatial));
  const lld = kase.exam.legLength;
  if (lld !== null)
    out.push({
      id: 'legLengthDifference',
      side: lld.shortSide,
      label: 'Leg-length difference (short side)',
      value: lld.differenceMm,
      unit: 'mm',
      method: `${lld.method}, ${lld.type}`,
      accuracy: 'block test is the best clinical method; radiograph the reference',
      basis: 'measured',
      source: 'exam',
    });
  for (const q of kase.questionnaires) {
    if (q.score !== null)
      out.push({
        id: `questionnaire-${q.instrument}`,
        side: null,
        label: `Questionnaire ${q.instrument.toUpperCase()}`,
        value: round(q.score, 1),
        unit: q.total?.unit ?? null,
        method: `published scoring, version ${q.version}`,
        accuracy: 'see the instrument MCID',
        basis: 'scored',
        source: 'questionnaire',
      });
    for (const s of q.subscales) {
      if (s.score !== null)
        out.push({
          id: `questionnaire-${q.instrument}-${s.id}`,
          side: null,
          label: `${q.instrument.toUpperCase()} ${s.name}`,
          value: round(s.score, 1),
          unit: s.unit,
          method: `published scoring, version ${q.version}`,
          accuracy: 'see the instrument MCID',
          basis: 'scored',
          source: 'questionnaire',
        });
    }
  }
  return out;
}

/** The stance angles of one side (static calibration given), each with its method and accuracy. */
function stanceMeasurements(captures: LoadedCaptures, side: BodySide): AssessmentMeasurement[] {
  const stance = captures.motion?.stance?.sides[side];
  if (stance === undefined) return [];
  const inversionLabel =
    stance.inversion.source === 'rearfoot'
      ? 'Rearfoot inversion over stance (calcaneus vs shank, frontal plane)'
      : 'Ankle inversion over stance (whole foot vs shank, frontal plane)';
  const rows = [
    [
      'stanceFootProgression',
      'Foot progression angle over stance (+ toe-out)',
      'footProgression',
      stance.footProgression,
    ],
    ['stanceInversion', `${inversionLabel} (+ inversion)`, 'inversion', stance.inversion],
    ['stanceKneeAdduction', 'Knee adduction over stance (+ varus)', 'kneeAdduction', stance.kneeAdduction],
    [
      'stancePelvisObliquity',
      'Pelvis obliquity over stance (+ right side down)',
      'pelvisObliquity',
      stance.pelvisObliquity,
    ],
  ] as const;
  const out: AssessmentMeasurement[] = [];
  for (const [id, label, key, figure] of rows) {
    if (!Number.isFinite(figure.meanDeg)) continue;
    out.push({
      id,
      side,
      label,
      value: round(figure.meanDeg, 1),
      unit: 'deg',
      method: `${stanceMethod(captures.motion?.eventSource ?? 'markers')}; range ${round(figure.minDeg, 1)} to ${round(figure.maxDeg, 1)}° over ${figure.stances} stance(s); ${REPORTED_ONLY}`,
      accuracy: STANCE_ACCURACY[key],
      basis: 'measured',
      source: 'motion',
    });
  }
  return out;
}

/** Walking speed, stride length per side and step width, where the heel markers and events allow them (a side with one strike has no stride). */
function spatialMeasurements(spatial: SpatialParameters): AssessmentMeasurement[] {
  const method = `heel and pelvis markers at marker-based foot strikes, along the direction of progression; ${REPORTED_ONLY}`;
  const accuracy =
    'not validated against a reference system; on the gait2354 treadmill walk with GRF events: 1.12 m/s, stride 1.40 m, width 0.13 m';
  const rows: [string, BodySide | null, string, number, string][] = [
    ['walkingSpeed', null, 'Walking speed', spatial.walkingSpeedMps, 'm/s'],
    ['strideLength', 'left', 'Stride length', spatial.strideLengthM.left, 'm'],
    ['strideLength', 'right', 'Stride length', spatial.strideLengthM.right, 'm'],
    ['stepWidth', null, 'Step width', spatial.stepWidthM, 'm'],
  ];
  return rows
    .filter((row) => Number.isFinite(row[3]))
    .map(([id, side, label, value, unit]) => ({
      id,
      side,
      label,
      value: round(value, 2),
      unit,
      method,
      accuracy,
      basis: 'measured',
      source: 'motion',
    }));
}

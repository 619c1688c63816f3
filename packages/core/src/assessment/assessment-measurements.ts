import type { BodySide } from '../intake/body-side.js';
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

/**
 * The measurements of a case: exam findings, scan and pressure figures, cadence, the leg-length difference and
 * questionnaire scores, each with unit, method, accuracy and where it came from.
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
      method: 'marker-based gait events (Zeni 2008 [U])',
      accuracy: '± one frame per event',
      basis: 'measured',
      source: 'motion',
    });
  }
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

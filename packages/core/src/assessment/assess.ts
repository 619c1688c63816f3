import { estimateChain, type ChainAssessment } from '../chain/estimate-chain.js';
import { cite } from '../evidence/source-ref.js';
import { claim, type SourcedClaim } from '../evidence/sourced-claim.js';
import type { EvidenceStatement, EvidenceTopic } from '../evidence/evidence-statement.js';
import { evidenceStatementsFor } from '../evidence/evidence-statements.js';
import { assessLegLengthDifference, type LegLengthAssessment } from '../exam/leg-length-difference.js';
import { checkOrthoticOnlyPlanAllowed } from '../exam/red-flags/orthotic-plan-gate.js';
import type { QuestionnaireScore } from '../exam/questionnaires/score-questionnaire.js';
import type { RedFlagScreenResult } from '../exam/red-flags/red-flag-screen.js';
import type { Issue } from '../issue.js';
import type { BodySide } from '../intake/body-side.js';
import type { LoadedCaptures } from './case-captures.js';
import type { Case, Diagnosis } from './case-file.js';
import { classifyFootType, type SideFootType } from './foot-type.js';

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

/** A problem found, with the evidence behind the intervention for it. */
export interface AssessmentProblem {
  readonly id: string;
  readonly label: string;
  readonly side: BodySide | 'both' | null;
  /** What found it: the complaint, a diagnosis, a measure. */
  readonly foundBy: string;
  readonly evidence: readonly EvidenceStatement[];
  readonly claims: readonly SourcedClaim[];
}

/** The assessment of a case. */
export interface Assessment {
  readonly kind: 'Assessment';
  readonly caseRef: string;
  readonly assessedOn: string;
  readonly case: Case;
  readonly redFlags: RedFlagScreenResult | null;
  /** Empty when an orthotic-only plan is allowed; otherwise why not (referral). */
  readonly planGate: readonly Issue[];
  readonly measurements: readonly AssessmentMeasurement[];
  readonly footType: { readonly left: SideFootType; readonly right: SideFootType };
  readonly legLength: LegLengthAssessment | null;
  readonly chain: ChainAssessment;
  readonly problems: readonly AssessmentProblem[];
  readonly questionnaires: readonly QuestionnaireScore[];
  readonly captures: LoadedCaptures;
}

const METATARSALGIA_CLAIMS: readonly SourcedClaim[] = [
  claim(
    'metatarsal-pad-position',
    'A teardrop metatarsal pad is placed just proximal to the painful metatarsal head; in 16 healthy people, pads ' +
      'proximal to the head and 10 mm more distal did not clearly differ, and a ¼" soft Plastazote flat insole ' +
      'reduced forefoot pressure most. No trial of symptoms is in the reference.',
    cite('kang-2006', 'primary'),
    cite('yonsei-2022', 'primary'),
  ),
];

const LATERAL_INSTABILITY_CLAIMS: readonly SourcedClaim[] = [
  claim(
    'lateral-skive-for-instability',
    'A lateral heel skive (valgus wedge in the heel cup) is a lab convention for lateral ankle instability and ' +
      'peroneal tendinopathy; the full varus rearfoot post of historic Root practice was reduced because of ' +
      'inversion-sprain risk. No trial evidence is in the reference.',
    cite('huppin-prolab', 'secondary', 'lateral heel skive'),
    cite('nwpl-heel-posting', 'secondary', 'posting reduced for inversion-sprain risk'),
  ),
];

const HEEL_PAIN_CLAIMS: readonly SourcedClaim[] = [
  claim(
    'heel-pain-custom-after-six-weeks',
    'The ACFAS guideline starts with over-the-counter arch supports and heel cups; custom devices only after about ' +
      '6 weeks without improvement.',
    cite('richie-2015', 'secondary'),
  ),
];

function region(kase: Case, regions: readonly string[]): boolean {
  return (
    regions.includes(kase.intake.chiefComplaint.region) ||
    kase.intake.painMap.entries.some((entry) => regions.includes(entry.region))
  );
}

function has(kase: Case, diagnosis: Diagnosis): boolean {
  return kase.diagnoses.includes(diagnosis);
}

function problems(
  kase: Case,
  footType: Assessment['footType'],
  legLength: LegLengthAssessment | null,
): AssessmentProblem[] {
  const out: AssessmentProblem[] = [];
  const complaintSide = kase.intake.chiefComplaint.side;
  const side: AssessmentProblem['side'] =
    complaintSide === 'left' || complaintSide === 'right' ? complaintSide : complaintSide === 'both' ? 'both' : null;
  const add = (
    id: string,
    label: string,
    foundBy: string,
    topic: EvidenceTopic | null,
    claims: readonly SourcedClaim[] = [],
    at = side,
  ): void => {
    out.push({ id, label, side: at, foundBy, evidence: topic === null ? [] : evidenceStatementsFor(topic), claims });
  };
  if (region(kase, ['lower-back']) || has(kase, 'low-back-pain')) {
    add('low-back-pain', 'Low back pain', 'complaint or pain map', 'low-back-pain', [], null);
  }
  if (has(kase, 'medial-knee-oa')) add('medial-knee-oa', 'Medial knee pain (osteoarthritis)', 'diagnosis', 'knee-pain');
  else if (has(kase, 'patellofemoral-pain'))
    add('patellofemoral-pain', 'Patellofemoral pain', 'diagnosis', 'patellofemoral-pain');
  else if (region(kase, ['knee'])) add('knee-pain', 'Knee pain', 'complaint or pain map', 'knee-pain');
  if (region(kase, ['hip'])) add('hip-pain', 'Hip pain', 'complaint or pain map', 'hip-pain');
  if (has(kase, 'plantar-heel-pain') || region(kase, ['heel'])) {
    add(
      'plantar-heel-pain',
      'Plantar heel pain',
      has(kase, 'plantar-heel-pain') ? 'diagnosis' : 'complaint',
      'plantar-heel-pain',
      HEEL_PAIN_CLAIMS,
    );
  }
  if (has(kase, 'metatarsalgia')) add('metatarsalgia', 'Metatarsalgia', 'diagnosis', null, METATARSALGIA_CLAIMS);
  if (has(kase, 'lateral-ankle-instability')) {
    add('lateral-ankle-instability', 'Lateral ankle instability', 'diagnosis', null, LATERAL_INSTABILITY_CLAIMS);
  }
  for (const footSide of ['left', 'right'] as const) {
    const type = footType[footSide];
    if (type.consensus === 'pronated')
      add(
        `pronated-foot-${footSide}`,
        `Pronated (flat) foot, ${footSide}`,
        `foot type: ${type.agreement}`,
        'flat-foot',
        [],
        footSide,
      );
    if (type.consensus === 'supinated')
      add(
        `supinated-foot-${footSide}`,
        `Supinated (high-arched) foot, ${footSide}`,
        `foot type: ${type.agreement}`,
        'high-arch',
        [],
        footSide,
      );
  }
  if (legLength !== null && legLength.reachesRctInclusion) {
    add(
      'leg-length-difference',
      `Leg-length difference ${legLength.difference.differenceMm} mm (${legLength.difference.shortSide ?? '—'} short)`,
      'exam',
      'leg-length-difference',
      [],
      legLength.difference.shortSide,
    );
  }
  return out;
}

function measurements(kase: Case, captures: LoadedCaptures): AssessmentMeasurement[] {
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

const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits + 0;

/**
 * Assesses a case: measurements with unit, method and accuracy; foot type per measure and their agreement;
 * the leg-length difference; the kinetic-chain estimates; the problems found with their evidence; and the
 * red-flag gate that decides whether an orthotic plan may follow.
 *
 * @param kase - the case (see `readCase`)
 * @param captures - the analysed files (see `loadCaseCaptures`)
 * @returns the assessment
 */
export function assess(kase: Case, captures: LoadedCaptures): Assessment {
  const footType = {
    left: classifyFootType('left', kase.exam.left, captures.scan.left, captures.pressure),
    right: classifyFootType('right', kase.exam.right, captures.scan.right, captures.pressure),
  };
  const lld = kase.exam.legLength;
  const legLength = lld === null ? null : assessLegLengthDifference(lld);
  const eversion = (side: BodySide): number | null => {
    const rcsp = kase.exam[side]?.rcsp ?? null;
    return rcsp === null || rcsp.rcspDeg > 0 ? null : -rcsp.rcspDeg;
  };
  const chain = estimateChain({
    rearfootEversionDeg: { left: eversion('left'), right: eversion('right') },
    eversionMethod: 'resting calcaneal stance position (exam, static)',
    legLength: lld === null ? null : { differenceMm: lld.differenceMm, shortSide: lld.shortSide },
  });
  return {
    kind: 'Assessment',
    caseRef: kase.caseRef,
    assessedOn: kase.assessedOn,
    case: kase,
    redFlags: kase.intake.redFlags,
    planGate: checkOrthoticOnlyPlanAllowed(kase.intake.redFlags, kase.medicalClearance),
    measurements: measurements(kase, captures),
    footType,
    legLength,
    chain,
    problems: problems(kase, footType, legLength),
    questionnaires: kase.questionnaires,
    captures,
  };
}

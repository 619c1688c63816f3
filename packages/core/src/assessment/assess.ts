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
import { measurementsOf, type AssessmentMeasurement } from './assessment-measurements.js';
import { classifyFootType, type SideFootType } from './foot-type.js';

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

export type { AssessmentMeasurement } from './assessment-measurements.js';

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
    measurements: measurementsOf(kase, captures),
    footType,
    legLength,
    chain,
    problems: problems(kase, footType, legLength),
    questionnaires: kase.questionnaires,
    captures,
  };
}

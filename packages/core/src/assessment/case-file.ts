import { readClinicalExam, type ClinicalExam } from '../exam/clinical-exam.js';
import type { MedicalClearance } from '../exam/red-flags/orthotic-plan-gate.js';
import { readQuestionnaireResponses } from '../exam/questionnaires/questionnaire-responses.js';
import { findQuestionnaire } from '../exam/questionnaires/questionnaires.js';
import type { QuestionnaireScore } from '../exam/questionnaires/score-questionnaire.js';
import { scoreQuestionnaire } from '../exam/questionnaires/score-questionnaire.js';
import type { Issue } from '../issue.js';
import { BODY_SIDES, type BodySide } from '../intake/body-side.js';
import { isCalendarDate } from '../intake/calendar-date.js';
import { errorAt, isRecord, joinPath, readText } from '../intake/field-checks.js';
import { readIntake, type Intake } from '../intake/intake-record.js';
import { checkCaseKeys } from './case-keys.js';
import { readCaptures, readChoices, readClearance } from './case-parts.js';

/** Working diagnoses a clinician may record; rules read them (fixed vocabulary so rules can match). */
export type Diagnosis =
  | 'plantar-heel-pain'
  | 'metatarsalgia'
  | 'lateral-ankle-instability'
  | 'medial-knee-oa'
  | 'patellofemoral-pain'
  | 'posterior-tibial-tendon-dysfunction'
  | 'peroneal-tendinopathy'
  | 'low-back-pain'
  | 'flexible-flat-foot'
  | 'rigid-high-arch';

/** Every diagnosis name. */
export const DIAGNOSES: readonly Diagnosis[] = [
  'plantar-heel-pain',
  'metatarsalgia',
  'lateral-ankle-instability',
  'medial-knee-oa',
  'patellofemoral-pain',
  'posterior-tibial-tendon-dysfunction',
  'peroneal-tendinopathy',
  'low-back-pain',
  'flexible-flat-foot',
  'rigid-high-arch',
];

/** A file named in a case, resolved by the caller (the CLI: relative to the case file). */
export interface CaseFileRef {
  /** The path as written in the case. */
  readonly file: string;
  /** Where it sits in the case, for issue paths, e.g. `captures.scan.left`. */
  readonly at: string;
}

/** The captures a case names. */
export interface CaseCaptures {
  readonly scan: {
    readonly left: (CaseFileRef & { units?: 'mm' | 'cm' | 'm' }) | null;
    readonly right: (CaseFileRef & { units?: 'mm' | 'cm' | 'm' }) | null;
  };
  /** A pressure recording; `side` names the foot of a one-foot plate recording (insoles carry their sides). */
  readonly pressure: (CaseFileRef & { side?: BodySide }) | null;
  /**
   * A walking trial; `static` names its static calibration trial (needed for joint angles), `grf` an
   * OpenSim ground-reaction-force file of the same trial (its gait events then come from the force).
   */
  readonly motion: (CaseFileRef & { readonly static: CaseFileRef | null; readonly grf?: CaseFileRef }) | null;
}

/** Values only a clinician can give (the reference has no number for them). */
export interface ClinicianChoices {
  /** Metatarsal pad height, mm. */
  readonly metatarsalPadHeightMm: number | null;
  /** Lateral heel skive, mm. */
  readonly lateralHeelSkiveMm: number | null;
  /** The painful metatarsal head, 1–5. */
  readonly painfulMetatarsal: 1 | 2 | 3 | 4 | 5 | null;
}

/** A case: everything the assessment needs, as read from a case file (`examples/cases/case.schema.json`). */
export interface Case {
  readonly kind: 'Case';
  readonly caseRef: string;
  /** The assessment date `YYYY-MM-DD` (core has no clock). */
  readonly assessedOn: string;
  readonly intake: Intake;
  readonly exam: ClinicalExam;
  readonly questionnaires: readonly QuestionnaireScore[];
  readonly diagnoses: readonly Diagnosis[];
  /** The feet to prescribe for. */
  readonly sides: readonly BodySide[];
  readonly captures: CaseCaptures;
  readonly clinicianChoices: ClinicianChoices;
  readonly medicalClearance: MedicalClearance | null;
}

const FIELDS = [
  '$schema',
  'format',
  'formatVersion',
  'caseRef',
  'assessedOn',
  'intake',
  'exam',
  'questionnaires',
  'diagnoses',
  'sides',
  'captures',
  'clinicianChoices',
  'medicalClearance',
];

/**
 * Reads a case file (parsed JSON) into a {@link Case}: the intake, exam and questionnaires are read with
 * the same validators the API uses; issues carry the full path (`intake.profile.weightKg`). Unknown fields
 * anywhere are errors; missing required parts (intake, exam, red-flag screen) are errors; contradictory
 * sides (a complaint on a foot that is not examined or not prescribed for) are errors. Files are only named
 * here; {@link loadCaseCaptures} reads their bytes.
 *
 * @param input - the parsed case file
 * @returns the case, or the issues
 */
export function readCase(
  input: unknown,
): { kind: 'valid'; value: Case; issues: readonly Issue[] } | { kind: 'invalid'; issues: readonly Issue[] } {
  if (!isRecord(input))
    return { kind: 'invalid', issues: [errorAt('invalid_type', '', 'A case must be a JSON object.')] };
  const issues: Issue[] = [];
  for (const key of Object.keys(input)) {
    if (!FIELDS.includes(key)) issues.push(errorAt('unknown_field', key, `${key} is not a case field.`));
  }
  if (input['format'] !== 'groundup-case') {
    issues.push(errorAt('invalid_value', 'format', 'format must be "groundup-case".'));
  }
  if (input['formatVersion'] !== 1) issues.push(errorAt('invalid_value', 'formatVersion', 'formatVersion must be 1.'));
  const caseRef = readText(input, 'caseRef', 'caseRef', { required: true, maxLength: 100 }, issues) ?? '';
  const assessedOn = readText(input, 'assessedOn', 'assessedOn', { required: true, maxLength: 10 }, issues) ?? '';
  if (assessedOn !== '' && !isCalendarDate(assessedOn)) {
    issues.push(errorAt('invalid_date', 'assessedOn', 'assessedOn must be a date YYYY-MM-DD.'));
  }
  const intake = readIntakePart(input['intake'], assessedOn, issues);
  const exam = readExamPart(input['exam'], issues);
  checkCaseKeys(input, issues);
  const questionnaires = readQuestionnaires(input['questionnaires'], issues);
  const diagnoses = readDiagnoses(input['diagnoses'], issues);
  const sides = readSides(input['sides'], issues);
  const captures = readCaptures(input['captures'], issues);
  const clinicianChoices = readChoices(input['clinicianChoices'], issues);
  const medicalClearance = readClearance(input['medicalClearance'], issues);
  if (exam !== undefined) checkSides(intake, exam, sides, issues);
  if (intake === undefined || exam === undefined || issues.some((issue) => issue.severity === 'error')) {
    return { kind: 'invalid', issues };
  }
  return {
    kind: 'valid',
    value: {
      kind: 'Case',
      caseRef,
      assessedOn,
      intake,
      exam,
      questionnaires,
      diagnoses,
      sides,
      captures,
      clinicianChoices,
      medicalClearance,
    },
    issues,
  };
}

/**
 * Parses a case file's text.
 *
 * @param text - the file's contents
 * @returns the case, or the issues (`invalid_json` with the parser's message)
 */
export function parseCase(text: string): ReturnType<typeof readCase> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      kind: 'invalid',
      issues: [
        errorAt('invalid_json', '', `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`),
      ],
    };
  }
  return readCase(parsed);
}

const prefix = (base: string, issue: Issue): Issue => ({
  ...issue,
  path: issue.path === '' ? base : `${base}.${issue.path}`,
});

function readIntakePart(raw: unknown, assessedOn: string, issues: Issue[]): Intake | undefined {
  if (raw === undefined || raw === null) {
    issues.push(
      errorAt('required', 'intake', 'intake is required (profile, pain map, complaint, consent, red flags).'),
    );
    return undefined;
  }
  if (isRecord(raw)) {
    if (raw['redFlags'] === undefined || raw['redFlags'] === null) {
      issues.push(errorAt('required', 'intake.redFlags', 'The red-flag screen is required before any prescription.'));
    }
  }
  const read = readIntake(raw, isCalendarDate(assessedOn) ? assessedOn : '9999-12-31');
  issues.push(...read.issues.filter((i) => i.code !== 'unknown_field').map((issue) => prefix('intake', issue)));
  return read.kind === 'valid' ? read.value : undefined;
}

function readExamPart(raw: unknown, issues: Issue[]): ClinicalExam | undefined {
  if (raw === undefined || raw === null) {
    issues.push(errorAt('required', 'exam', 'exam is required (at least the feet to prescribe for).'));
    return undefined;
  }
  const read = readClinicalExam(raw);
  issues.push(...read.issues.map((issue) => prefix('exam', issue)));
  return read.kind === 'valid' ? read.value : undefined;
}

function readQuestionnaires(raw: unknown, issues: Issue[]): QuestionnaireScore[] {
  if (raw === undefined || raw === null) return [];
  if (!isRecord(raw)) {
    issues.push(errorAt('invalid_type', 'questionnaires', 'questionnaires must map instrument ids to responses.'));
    return [];
  }
  const scores: QuestionnaireScore[] = [];
  for (const [id, responses] of Object.entries(raw)) {
    const path = joinPath('questionnaires', id);
    const definition = findQuestionnaire(id);
    if (definition === undefined) {
      issues.push(errorAt('unknown_instrument', path, `${id} is not a questionnaire groundup scores.`));
      continue;
    }
    const read = readQuestionnaireResponses(definition, responses);
    issues.push(...read.issues.map((issue) => prefix(path, issue)));
    if (read.kind === 'valid') scores.push(scoreQuestionnaire(definition, read.value.answers));
  }
  return scores;
}

function readDiagnoses(raw: unknown, issues: Issue[]): Diagnosis[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    issues.push(errorAt('invalid_type', 'diagnoses', 'diagnoses must be a list.'));
    return [];
  }
  const out: Diagnosis[] = [];
  raw.forEach((value: unknown, index) => {
    if (typeof value === 'string' && (DIAGNOSES as readonly string[]).includes(value)) out.push(value as Diagnosis);
    else
      issues.push(
        errorAt('invalid_value', `diagnoses.${index}`, `Unknown diagnosis; use one of: ${DIAGNOSES.join(', ')}.`),
      );
  });
  return [...new Set(out)];
}

function readSides(raw: unknown, issues: Issue[]): BodySide[] {
  if (raw === undefined || raw === null) return ['left', 'right'];
  if (!Array.isArray(raw) || raw.length === 0 || raw.some((s) => s !== 'left' && s !== 'right')) {
    issues.push(errorAt('invalid_value', 'sides', 'sides must be a non-empty list of "left" and "right".'));
    return ['left', 'right'];
  }
  return BODY_SIDES.filter((side) => raw.includes(side));
}

function checkSides(intake: Intake | undefined, exam: ClinicalExam, sides: readonly BodySide[], issues: Issue[]): void {
  for (const side of sides) {
    if (exam[side] === null) {
      issues.push(
        errorAt('missing_exam', `exam.${side}`, `The ${side} foot is to be prescribed for but was not examined.`),
      );
    }
  }
  const complaint = intake?.chiefComplaint;
  if (
    complaint !== undefined &&
    (complaint.side === 'left' || complaint.side === 'right') &&
    complaint.region !== 'lower-back'
  ) {
    if (exam[complaint.side] === null) {
      issues.push(
        errorAt(
          'contradictory',
          'intake.chiefComplaint.side',
          `The complaint is on the ${complaint.side} side, but that foot was not examined.`,
        ),
      );
    }
  }
  const lld = exam.legLength;
  if (lld !== null && lld.shortSide !== null && !sides.includes(lld.shortSide) && lld.differenceMm > 0) {
    issues.push(
      errorAt(
        'contradictory',
        'sides',
        `The ${lld.shortSide} leg is short by ${lld.differenceMm} mm, but only ${sides.join(' and ')} is prescribed for.`,
      ),
    );
  }
}

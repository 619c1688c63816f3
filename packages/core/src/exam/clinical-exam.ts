import type { Issue } from '../issue.js';
import { BODY_SIDES, type BodySide } from '../intake/body-side.js';
import { errorAt, isRecord, joinPath, readNumber } from '../intake/field-checks.js';
import type { Validated } from '../intake/validated.js';
import { readAnkleDorsiflexion, type AnkleDorsiflexionLunge } from './ankle-dorsiflexion.js';
import { classifyRcsp, type RcspResult } from './calcaneal-stance-position.js';
import { readFirstRay, type FirstRayFinding } from './first-ray-position.js';
import { readFpi6Scores, scoreFpi6, type Fpi6Result } from './foot-posture-index.js';
import { readForefootToRearfoot, type ForefootToRearfoot } from './forefoot-rearfoot-relation.js';
import { readLegLengthDifference, type LegLengthDifference } from './leg-length-difference.js';
import { classifyNavicularDrop, type NavicularDropResult } from './navicular-drop.js';

/** The exam findings of one foot; each is null when not examined. */
export interface FootExam {
  readonly kind: 'FootExam';
  readonly side: BodySide;
  readonly fpi6: Fpi6Result | null;
  readonly navicularDrop: NavicularDropResult | null;
  /** Resting calcaneal stance position; positive inverted, negative everted. */
  readonly rcsp: RcspResult | null;
  readonly ankleDorsiflexion: AnkleDorsiflexionLunge | null;
  readonly forefootToRearfoot: ForefootToRearfoot | null;
  readonly firstRay: FirstRayFinding | null;
}

/** A clinical exam: per-foot findings and the leg-length difference. */
export interface ClinicalExam {
  readonly kind: 'ClinicalExam';
  readonly left: FootExam | null;
  readonly right: FootExam | null;
  readonly legLength: LegLengthDifference | null;
}

const FOOT_FIELDS = [
  'fpi6',
  'navicularDropMm',
  'rcspDeg',
  'ankleDorsiflexion',
  'forefootToRearfoot',
  'firstRay',
] as const;
const EXAM_FIELDS = ['left', 'right', 'legLength'] as const;

/**
 * Reads a clinical exam from untrusted input (API body, web form, CLI file).
 *
 * Shape: `{ left?: FootInput, right?: FootInput, legLength?: { differenceMm, shortSide, method?, type? } }`
 * where FootInput is `{ fpi6?: {six items −2…+2}, navicularDropMm?, rcspDeg?, ankleDorsiflexion?,
 * forefootToRearfoot?, firstRay? }`. Unknown fields (a misspelt side such as `Left`) are errors.
 *
 * @param input - the exam as entered
 * @returns the exam with FPI-6, navicular drop and RCSP scored and banded, or the issues with field paths
 */
export function readClinicalExam(input: unknown): Validated<ClinicalExam> {
  if (!isRecord(input)) return { kind: 'invalid', issues: [errorAt('invalid_type', '', 'Exam must be an object.')] };
  const issues: Issue[] = [];
  for (const key of Object.keys(input)) {
    if (!(EXAM_FIELDS as readonly string[]).includes(key)) {
      issues.push(errorAt('unknown_field', key, `${key} is not an exam field; sides are left and right.`));
    }
  }
  const feet: Partial<Record<BodySide, FootExam>> = {};
  for (const side of BODY_SIDES) {
    const raw = input[side];
    if (raw === undefined || raw === null) continue;
    const foot = readFootExam(raw, side, issues);
    if (foot !== undefined) feet[side] = foot;
  }
  let legLength: LegLengthDifference | null = null;
  if (input['legLength'] !== undefined && input['legLength'] !== null) {
    const read = readLegLengthDifference(input['legLength'], 'legLength');
    issues.push(...read.issues);
    if (read.kind === 'valid') legLength = read.value;
  }
  if (issues.some((issue) => issue.severity === 'error')) return { kind: 'invalid', issues };
  return {
    kind: 'valid',
    value: { kind: 'ClinicalExam', left: feet.left ?? null, right: feet.right ?? null, legLength },
    issues,
  };
}

function readFootExam(raw: unknown, side: BodySide, issues: Issue[]): FootExam | undefined {
  if (!isRecord(raw)) {
    issues.push(errorAt('invalid_type', side, `${side} must be an object.`));
    return undefined;
  }
  const before = issues.length;
  for (const key of Object.keys(raw)) {
    if (!(FOOT_FIELDS as readonly string[]).includes(key)) {
      issues.push(errorAt('unknown_field', joinPath(side, key), `${key} is not a foot exam field.`));
    }
  }
  const fpi6 = readOptional(raw['fpi6'], joinPath(side, 'fpi6'), readFpi6Scores, issues);
  const drop = readNumber(raw, 'navicularDropMm', joinPath(side, 'navicularDropMm'), { min: 0, unit: 'mm' }, issues);
  const rcspDeg = readNumber(raw, 'rcspDeg', joinPath(side, 'rcspDeg'), { min: -90, max: 90, unit: 'deg' }, issues);
  const ankle = readOptional(
    raw['ankleDorsiflexion'],
    joinPath(side, 'ankleDorsiflexion'),
    readAnkleDorsiflexion,
    issues,
  );
  const forefoot = readOptional(
    raw['forefootToRearfoot'],
    joinPath(side, 'forefootToRearfoot'),
    readForefootToRearfoot,
    issues,
  );
  const firstRay = readOptional(raw['firstRay'], joinPath(side, 'firstRay'), readFirstRay, issues);
  if (issues.slice(before).some((issue) => issue.severity === 'error')) return undefined;
  return {
    kind: 'FootExam',
    side,
    fpi6: fpi6 === null ? null : scoreFpi6(fpi6),
    navicularDrop: drop === undefined ? null : classifyNavicularDrop(drop),
    rcsp: rcspDeg === undefined ? null : classifyRcsp(rcspDeg),
    ankleDorsiflexion: ankle,
    forefootToRearfoot: forefoot,
    firstRay,
  };
}

function readOptional<T>(
  raw: unknown,
  path: string,
  reader: (input: unknown, path: string) => Validated<T>,
  issues: Issue[],
): T | null {
  if (raw === undefined || raw === null) return null;
  const read = reader(raw, path);
  issues.push(...read.issues);
  return read.kind === 'valid' ? read.value : null;
}

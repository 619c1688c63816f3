import type { Issue } from '../issue.js';
import { errorAt, isRecord, joinPath } from '../intake/field-checks.js';

/** The parts of a case's intake. */
export const INTAKE_FIELDS: readonly string[] = [
  'profile',
  'painMap',
  'chiefComplaint',
  'footwear',
  'consent',
  'redFlags',
];

/** The fields each nested object of a case may have: the shared readers accept extra keys, a case file does not. */
interface KeySpec {
  readonly keys: readonly string[];
  readonly children?: Readonly<Record<string, KeySpec>>;
  /** The object is a list of such objects. */
  readonly list?: boolean;
}
const SHOE_SIZE: KeySpec = { keys: ['system', 'size', 'width'] };
const FOOT_EXAM: KeySpec = {
  keys: ['fpi6', 'navicularDropMm', 'rcspDeg', 'ankleDorsiflexion', 'forefootToRearfoot', 'firstRay'],
  children: {
    ankleDorsiflexion: { keys: ['dorsiflexionDeg', 'toeToWallMm'] },
    forefootToRearfoot: { keys: ['relation', 'angleDeg'] },
    firstRay: { keys: ['position', 'mobility'] },
  },
};
const NESTED_KEYS: Readonly<Record<string, KeySpec>> = {
  intake: {
    keys: INTAKE_FIELDS,
    children: {
      profile: {
        keys: ['ageYears', 'sex', 'heightCm', 'weightKg', 'shoeSize', 'occupation', 'activityLevel', 'activities'],
        children: { shoeSize: SHOE_SIZE },
      },
      painMap: { keys: ['region', 'side', 'nrs'], list: true },
      chiefComplaint: { keys: ['text', 'region', 'side', 'durationWeeks', 'onset'] },
      footwear: { keys: ['type', 'heelHeightMm', 'removableInsole', 'shoeSize'], children: { shoeSize: SHOE_SIZE } },
      consent: { keys: ['healthData', 'biometricScan', 'recordedOn', 'givenBy', 'representativeName'] },
    },
  },
  exam: {
    keys: ['left', 'right', 'legLength'],
    children: {
      left: FOOT_EXAM,
      right: FOOT_EXAM,
      legLength: { keys: ['differenceMm', 'shortSide', 'method', 'type'] },
    },
  },
};

function checkKeys(raw: unknown, path: string, spec: KeySpec, issues: Issue[]): void {
  if (spec.list === true) {
    if (Array.isArray(raw))
      raw.forEach((entry: unknown, index) => checkKeys(entry, `${path}.${index}`, { ...spec, list: false }, issues));
    return;
  }
  if (!isRecord(raw)) return;
  for (const [key, value] of Object.entries(raw)) {
    const at = joinPath(path, key);
    if (!spec.keys.includes(key)) {
      if (!issues.some((issue) => issue.path === at && issue.code === 'unknown_field')) {
        issues.push(errorAt('unknown_field', at, `${key} is not a field of ${path}.`));
      }
      continue;
    }
    const child = spec.children?.[key];
    if (child !== undefined) checkKeys(value, at, child, issues);
  }
}

/**
 * Adds an `unknown_field` error for every key of the intake and exam parts (at any depth) that a case file may
 * not have; the shared readers accept extra keys, a case file does not.
 *
 * @param input - the parsed case
 * @param issues - where to add the errors (an error already there for the same path is not repeated)
 */
export function checkCaseKeys(input: Readonly<Record<string, unknown>>, issues: Issue[]): void {
  for (const [part, spec] of Object.entries(NESTED_KEYS)) checkKeys(input[part], part, spec, issues);
}

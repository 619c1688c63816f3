import type { Issue } from '../issue.js';
import {
  isRecord,
  errorAt,
  joinPath,
  readChoice,
  readNumber,
  readObject,
  readText,
  warningAt,
} from './field-checks.js';
import type { Sex } from './patient-input.js';
import { validated, type Validated } from './validated.js';

/** How active the patient is, as they describe it. */
export type ActivityLevel = 'sedentary' | 'light' | 'moderate' | 'vigorous';

/** Shoe size systems; Mondopoint is the foot length in millimetres. */
export type ShoeSizeSystem = 'eu' | 'uk' | 'us-men' | 'us-women' | 'mondopoint-mm';

/** Shoe width as sold. */
export type ShoeWidth = 'narrow' | 'standard' | 'wide' | 'extra-wide';

/** A shoe size with its system. */
export interface ShoeSize {
  readonly kind: 'ShoeSize';
  readonly system: ShoeSizeSystem;
  readonly size: number;
  readonly width: ShoeWidth | null;
}

/** Who the patient is, for the prescription (weight sets shell material and thickness) and the fit. */
export interface PatientProfile {
  readonly kind: 'PatientProfile';
  readonly ageYears: number | null;
  readonly sex: Sex;
  readonly heightCm: number | null;
  readonly weightKg: number | null;
  readonly shoeSize: ShoeSize | null;
  readonly occupation: string | null;
  readonly activityLevel: ActivityLevel | null;
  /** Sports or activities the device must suit, e.g. `running`. */
  readonly activities: readonly string[];
}

const SEXES: readonly Sex[] = ['female', 'male', 'other', 'unknown'];
const ACTIVITY_LEVELS: readonly ActivityLevel[] = ['sedentary', 'light', 'moderate', 'vigorous'];
const SIZE_SYSTEMS: readonly ShoeSizeSystem[] = ['eu', 'uk', 'us-men', 'us-women', 'mondopoint-mm'];
const WIDTHS: readonly ShoeWidth[] = ['narrow', 'standard', 'wide', 'extra-wide'];
/** Data-entry checks, not clinical limits: values past these are probably typing errors (e.g. mm for cm). */
const HEIGHT_CHECK_CM = 250;
const WEIGHT_CHECK_KG = 350;

/**
 * Reads a shoe size: `{ system, size, width? }`, size > 0.
 *
 * @param input - the fields as entered
 * @param path - where the object sits
 * @returns the size, or the issues
 */
export function readShoeSize(input: unknown, path = ''): Validated<ShoeSize> {
  if (!isRecord(input))
    return { kind: 'invalid', issues: [errorAt('invalid_type', path, `${path || 'shoeSize'} must be an object.`)] };
  const issues: Issue[] = [];
  const system = readChoice(input, 'system', joinPath(path, 'system'), SIZE_SYSTEMS, true, issues);
  const size = readNumber(input, 'size', joinPath(path, 'size'), { required: true }, issues);
  if (size !== undefined && size <= 0)
    issues.push(errorAt('out_of_range', joinPath(path, 'size'), 'size must be positive.'));
  const width = readChoice(input, 'width', joinPath(path, 'width'), WIDTHS, false, issues);
  return validated(issues, () => ({ kind: 'ShoeSize', system: system ?? 'eu', size: size ?? 0, width: width ?? null }));
}

/**
 * Reads a patient profile from untrusted input. Every field is optional; wrong types, negative or zero
 * lengths and weights, and unknown choices are errors; implausible heights and weights are warnings.
 *
 * @param input - `{ ageYears?, sex?, heightCm?, weightKg?, shoeSize?, occupation?, activityLevel?, activities? }`
 * @param path - where the object sits (e.g. `profile`)
 * @returns the profile, or the issues
 */
export function readPatientProfile(input: unknown, path = ''): Validated<PatientProfile> {
  if (!isRecord(input))
    return { kind: 'invalid', issues: [errorAt('invalid_type', path, 'Profile must be an object.')] };
  const issues: Issue[] = [];
  const ageYears = readNumber(
    input,
    'ageYears',
    joinPath(path, 'ageYears'),
    { min: 0, max: 130, integer: true },
    issues,
  );
  const sex = readChoice(input, 'sex', joinPath(path, 'sex'), SEXES, false, issues) ?? 'unknown';
  const heightCm = readPositive(input, 'heightCm', joinPath(path, 'heightCm'), 'cm', HEIGHT_CHECK_CM, issues);
  const weightKg = readPositive(input, 'weightKg', joinPath(path, 'weightKg'), 'kg', WEIGHT_CHECK_KG, issues);
  let shoeSize: ShoeSize | null = null;
  const rawShoe = readObject(input, 'shoeSize', joinPath(path, 'shoeSize'), false, issues);
  if (rawShoe !== undefined) {
    const read = readShoeSize(rawShoe, joinPath(path, 'shoeSize'));
    issues.push(...read.issues);
    if (read.kind === 'valid') shoeSize = read.value;
  }
  const occupation = readText(
    input,
    'occupation',
    joinPath(path, 'occupation'),
    { required: false, maxLength: 200 },
    issues,
  );
  const activityLevel = readChoice(
    input,
    'activityLevel',
    joinPath(path, 'activityLevel'),
    ACTIVITY_LEVELS,
    false,
    issues,
  );
  const activities = readActivities(input['activities'], joinPath(path, 'activities'), issues);
  return validated(issues, () => ({
    kind: 'PatientProfile',
    ageYears: ageYears ?? null,
    sex,
    heightCm: heightCm ?? null,
    weightKg: weightKg ?? null,
    shoeSize,
    occupation: occupation ?? null,
    activityLevel: activityLevel ?? null,
    activities,
  }));
}

function readPositive(
  input: Record<string, unknown>,
  field: string,
  path: string,
  unit: string,
  check: number,
  issues: Issue[],
): number | undefined {
  const value = readNumber(input, field, path, { unit }, issues);
  if (value === undefined) return undefined;
  if (value <= 0) {
    issues.push(errorAt('out_of_range', path, `${path} must be positive; got ${value}.`));
    return undefined;
  }
  if (value > check)
    issues.push(warningAt('implausible', path, `${path} of ${value} ${unit} looks wrong; check the unit.`));
  return value;
}

function readActivities(raw: unknown, path: string, issues: Issue[]): string[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    issues.push(errorAt('invalid_type', path, `${path} must be a list of activities.`));
    return [];
  }
  const activities: string[] = [];
  raw.forEach((value: unknown, index) => {
    if (typeof value !== 'string' || value.trim() === '' || value.length > 100) {
      issues.push(errorAt('invalid_value', joinPath(path, index), 'Each activity must be short text.'));
    } else activities.push(value.trim());
  });
  return activities;
}

import type { Issue } from '../issue.js';
import { isCalendarDate } from './calendar-date.js';
import { errorAt, isRecord, joinPath, readBoolean, readChoice, readText } from './field-checks.js';
import { validated, type Validated } from './validated.js';

/** Who gave consent. */
export type ConsentGiver = 'patient' | 'parent-or-guardian' | 'legal-representative';

/**
 * The patient's consent at intake. A foot scan is biometric health data, so it has its own consent,
 * which needs consent to health-data processing as well.
 */
export interface IntakeConsent {
  readonly kind: 'IntakeConsent';
  /** Consent to store and process health data (exam, questionnaires, pressure, motion). */
  readonly healthData: boolean;
  /** Consent to capture and store a 3D foot scan (biometric data). */
  readonly biometricScan: boolean;
  /** Calendar date `YYYY-MM-DD` the consent was recorded. */
  readonly recordedOn: string;
  readonly givenBy: ConsentGiver;
  /** Name of the parent, guardian or representative; null when the patient consented. */
  readonly representativeName: string | null;
}

const GIVERS: readonly ConsentGiver[] = ['patient', 'parent-or-guardian', 'legal-representative'];

/**
 * Reads intake consent. Scan consent without health-data consent is contradictory; a consent dated after
 * today is out of range; consent given by someone else needs their name.
 *
 * @param input - `{ healthData, biometricScan, recordedOn, givenBy?, representativeName? }`
 * @param today - today's date `YYYY-MM-DD` (core has no clock)
 * @param path - where it sits (e.g. `consent`)
 * @returns the consent, or the issues
 */
export function readIntakeConsent(input: unknown, today: string, path = ''): Validated<IntakeConsent> {
  if (!isRecord(input))
    return { kind: 'invalid', issues: [errorAt('invalid_type', path, 'Consent must be an object.')] };
  const issues: Issue[] = [];
  const healthData = readBoolean(input, 'healthData', joinPath(path, 'healthData'), true, issues);
  const biometricScan = readBoolean(input, 'biometricScan', joinPath(path, 'biometricScan'), true, issues);
  if (biometricScan === true && healthData === false) {
    issues.push(
      errorAt(
        'contradictory',
        joinPath(path, 'biometricScan'),
        'A foot scan is health data: scan consent needs health-data consent too.',
      ),
    );
  }
  const recordedOn = readText(
    input,
    'recordedOn',
    joinPath(path, 'recordedOn'),
    { required: true, maxLength: 10 },
    issues,
  );
  if (recordedOn !== undefined) {
    if (!isCalendarDate(recordedOn)) {
      issues.push(errorAt('invalid_date', joinPath(path, 'recordedOn'), 'recordedOn must be a date YYYY-MM-DD.'));
    } else if (recordedOn > today) {
      issues.push(errorAt('out_of_range', joinPath(path, 'recordedOn'), 'recordedOn is in the future.'));
    }
  }
  const givenBy = readChoice(input, 'givenBy', joinPath(path, 'givenBy'), GIVERS, false, issues) ?? 'patient';
  const name = readText(
    input,
    'representativeName',
    joinPath(path, 'representativeName'),
    { required: givenBy !== 'patient', maxLength: 200 },
    issues,
  );
  return validated(issues, () => ({
    kind: 'IntakeConsent',
    healthData: healthData ?? false,
    biometricScan: biometricScan ?? false,
    recordedOn: recordedOn ?? today,
    givenBy,
    representativeName: givenBy === 'patient' ? null : (name ?? null),
  }));
}

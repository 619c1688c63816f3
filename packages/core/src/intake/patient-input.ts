import type { Issue } from '../issue.js';
import { isCalendarDate } from './calendar-date.js';

/** Sex as recorded at intake; `unknown` when the patient did not say. */
export type Sex = 'female' | 'male' | 'other' | 'unknown';

/** The fields a clinic enters to register a patient (intake, first step of the flow). */
export interface PatientInput {
  readonly givenName: string;
  readonly familyName: string;
  /** Calendar date `YYYY-MM-DD`, or null when not given. */
  readonly birthDate: string | null;
  readonly sex: Sex;
  readonly email: string | null;
}

const SEXES: readonly Sex[] = ['female', 'male', 'other', 'unknown'];
const NAME_MAX = 200;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Checks a patient's intake fields.
 *
 * @param input - the fields as entered (untrusted: any JSON value)
 * @param today - today's date `YYYY-MM-DD`, passed in because core has no clock
 * @returns the issues found; empty when the input is valid
 */
export function validatePatientInput(input: unknown, today: string): Issue[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [{ severity: 'error', code: 'invalid_type', path: '', message: 'Patient must be an object.' }];
  }
  const record = input as Record<string, unknown>;
  const issues: Issue[] = [];
  for (const field of ['givenName', 'familyName'] as const) {
    const value = record[field];
    if (typeof value !== 'string' || value.trim() === '') {
      issues.push({ severity: 'error', code: 'required', path: field, message: `${field} is required.` });
    } else if (value.length > NAME_MAX) {
      issues.push({
        severity: 'error',
        code: 'too_long',
        path: field,
        message: `${field} must be at most ${NAME_MAX} characters.`,
      });
    }
  }
  const birthDate = record['birthDate'];
  if (birthDate !== undefined && birthDate !== null) {
    if (typeof birthDate !== 'string' || !isCalendarDate(birthDate)) {
      issues.push({
        severity: 'error',
        code: 'invalid_date',
        path: 'birthDate',
        message: 'birthDate must be a calendar date YYYY-MM-DD.',
      });
    } else if (birthDate > today) {
      issues.push({
        severity: 'error',
        code: 'out_of_range',
        path: 'birthDate',
        message: 'birthDate is in the future.',
      });
    } else if (birthDate < '1900-01-01') {
      issues.push({
        severity: 'error',
        code: 'out_of_range',
        path: 'birthDate',
        message: 'birthDate is before 1900.',
      });
    }
  }
  const sex = record['sex'];
  if (sex !== undefined && !SEXES.includes(sex as Sex)) {
    issues.push({
      severity: 'error',
      code: 'invalid_value',
      path: 'sex',
      message: `sex must be one of ${SEXES.join(', ')}.`,
    });
  }
  const email = record['email'];
  if (email !== undefined && email !== null && email !== '') {
    if (typeof email !== 'string' || !EMAIL_PATTERN.test(email)) {
      issues.push({ severity: 'error', code: 'invalid_email', path: 'email', message: 'email is not an address.' });
    }
  }
  return issues;
}

/**
 * Normalises valid intake fields: trimmed names, empty email to null, missing sex to `unknown`.
 *
 * @param input - fields that passed {@link validatePatientInput}
 * @returns the stored form
 */
export function normalisePatientInput(
  input: Partial<PatientInput> & Pick<PatientInput, 'givenName' | 'familyName'>,
): PatientInput {
  const email = input.email?.trim() ?? '';
  return {
    givenName: input.givenName.trim(),
    familyName: input.familyName.trim(),
    birthDate: input.birthDate ?? null,
    sex: input.sex ?? 'unknown',
    email: email === '' ? null : email.toLowerCase(),
  };
}

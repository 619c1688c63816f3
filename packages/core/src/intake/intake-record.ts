import { readRedFlagAnswers, screenRedFlags, type RedFlagScreenResult } from '../exam/red-flags/red-flag-screen.js';
import type { Issue } from '../issue.js';
import { readChiefComplaint, type ChiefComplaint } from './chief-complaint.js';
import { errorAt, isRecord, warningAt } from './field-checks.js';
import { readFootwear, type Footwear } from './footwear.js';
import { readIntakeConsent, type IntakeConsent } from './intake-consent.js';
import { readPainMap, type PainMap } from './pain-map.js';
import { readPatientProfile, type PatientProfile } from './patient-profile.js';
import type { Validated } from './validated.js';

/** Everything taken in at the first visit, before capture and assessment. */
export interface Intake {
  readonly kind: 'Intake';
  readonly profile: PatientProfile;
  readonly painMap: PainMap;
  readonly chiefComplaint: ChiefComplaint;
  readonly footwear: Footwear | null;
  readonly consent: IntakeConsent;
  /** The red-flag screen, or null when it has not been done (no orthotic plan until it is). */
  readonly redFlags: RedFlagScreenResult | null;
}

const FIELDS = ['profile', 'painMap', 'chiefComplaint', 'footwear', 'consent', 'redFlags'];

/**
 * Reads an intake from untrusted input; the one validator the API, the web form and the CLI share.
 *
 * Shape: `{ profile, painMap: [...], chiefComplaint, footwear?, consent, redFlags?: { "<questionId>": "yes" | "no" } }`.
 * Issues carry the full field path (e.g. `painMap.0.side`, `redFlags.cancer-age-under-20`).
 *
 * @param input - the intake as entered
 * @param today - today's date `YYYY-MM-DD` (core has no clock)
 * @returns the intake with its red-flag screen run, or the issues
 */
export function readIntake(input: unknown, today: string): Validated<Intake> {
  if (!isRecord(input)) return { kind: 'invalid', issues: [errorAt('invalid_type', '', 'Intake must be an object.')] };
  const issues: Issue[] = [];
  for (const key of Object.keys(input)) {
    if (!FIELDS.includes(key))
      issues.push(warningAt('unknown_field', key, `${key} is not an intake field and was ignored.`));
  }
  const profile = part(issues, 'profile', input['profile'], (raw) => readPatientProfile(raw, 'profile'));
  const painMap = part(issues, 'painMap', input['painMap'], (raw) => readPainMap(raw, 'painMap'));
  const complaint = part(issues, 'chiefComplaint', input['chiefComplaint'], (raw) =>
    readChiefComplaint(raw, 'chiefComplaint'),
  );
  const footwear =
    input['footwear'] === undefined || input['footwear'] === null
      ? null
      : (part(issues, 'footwear', input['footwear'], (raw) => readFootwear(raw, 'footwear')) ?? null);
  const consent = part(issues, 'consent', input['consent'], (raw) => readIntakeConsent(raw, today, 'consent'));
  let redFlags: RedFlagScreenResult | null = null;
  if (input['redFlags'] !== undefined && input['redFlags'] !== null) {
    const read = readRedFlagAnswers(input['redFlags'], { ageYears: profile?.ageYears ?? null });
    issues.push(
      ...read.issues.map((issue) => ({ ...issue, path: issue.path === '' ? 'redFlags' : `redFlags.${issue.path}` })),
    );
    if (read.kind === 'valid') redFlags = screenRedFlags(read.value);
  }
  if (complaint !== undefined && painMap !== undefined) {
    const onMap = painMap.entries.some((entry) => entry.region === complaint.region);
    if (!onMap) {
      issues.push(
        warningAt(
          'not_on_pain_map',
          'chiefComplaint.region',
          `The complaint is about the ${complaint.region}, which is not on the pain map.`,
        ),
      );
    }
  }
  if (
    profile === undefined ||
    painMap === undefined ||
    complaint === undefined ||
    consent === undefined ||
    issues.some((issue) => issue.severity === 'error')
  ) {
    return { kind: 'invalid', issues };
  }
  return {
    kind: 'valid',
    value: { kind: 'Intake', profile, painMap, chiefComplaint: complaint, footwear, consent, redFlags },
    issues,
  };
}

function part<T>(issues: Issue[], field: string, raw: unknown, reader: (raw: unknown) => Validated<T>): T | undefined {
  if (raw === undefined || raw === null) {
    issues.push(errorAt('required', field, `${field} is required.`));
    return undefined;
  }
  const read = reader(raw);
  issues.push(...read.issues);
  return read.kind === 'valid' ? read.value : undefined;
}

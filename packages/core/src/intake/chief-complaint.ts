import type { Issue } from '../issue.js';
import { errorAt, isRecord, joinPath, readChoice, readNumber, readText } from './field-checks.js';
import { PAIN_SIDES, sidesForRegion, type PainSide } from './pain-map.js';
import { PAIN_REGIONS, type PainRegion } from './pain-region.js';
import { validated, type Validated } from './validated.js';

/** How the complaint began. */
export type ComplaintOnset = 'sudden' | 'gradual' | 'unknown';

/** What the patient comes for, in their words, with where and how long. */
export interface ChiefComplaint {
  readonly kind: 'ChiefComplaint';
  readonly text: string;
  readonly region: PainRegion;
  readonly side: PainSide;
  /** How long it has lasted, weeks; null when not known. */
  readonly durationWeeks: number | null;
  readonly onset: ComplaintOnset;
}

const ONSETS: readonly ComplaintOnset[] = ['sudden', 'gradual', 'unknown'];

/**
 * Reads a chief complaint: `{ text, region, side, durationWeeks?, onset? }`.
 *
 * @param input - the fields as entered
 * @param path - where it sits (e.g. `chiefComplaint`)
 * @returns the complaint, or the issues
 */
export function readChiefComplaint(input: unknown, path = ''): Validated<ChiefComplaint> {
  if (!isRecord(input)) {
    return { kind: 'invalid', issues: [errorAt('invalid_type', path, 'The chief complaint must be an object.')] };
  }
  const issues: Issue[] = [];
  const text = readText(input, 'text', joinPath(path, 'text'), { required: true, maxLength: 2000 }, issues);
  const region = readChoice(input, 'region', joinPath(path, 'region'), PAIN_REGIONS, true, issues);
  const side = readChoice(input, 'side', joinPath(path, 'side'), PAIN_SIDES, true, issues);
  if (region !== undefined && side !== undefined && !sidesForRegion(region).includes(side)) {
    issues.push(
      errorAt('invalid_value', joinPath(path, 'side'), `${region} pain is left, right or both, not ${side}.`),
    );
  }
  const durationWeeks = readNumber(
    input,
    'durationWeeks',
    joinPath(path, 'durationWeeks'),
    { min: 0, unit: 'weeks' },
    issues,
  );
  const onset = readChoice(input, 'onset', joinPath(path, 'onset'), ONSETS, false, issues) ?? 'unknown';
  return validated(issues, () => ({
    kind: 'ChiefComplaint',
    text: text ?? '',
    region: region ?? 'foot',
    side: side ?? 'both',
    durationWeeks: durationWeeks ?? null,
    onset,
  }));
}

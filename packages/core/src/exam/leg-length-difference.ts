import { cite } from '../evidence/source-ref.js';
import { claim, type SourcedClaim } from '../evidence/sourced-claim.js';
import { sourcedValue, type SourcedValue } from '../evidence/sourced-value.js';
import type { Issue } from '../issue.js';
import type { BodySide } from '../intake/body-side.js';
import { errorAt, isRecord, joinPath, readChoice, readNumber } from '../intake/field-checks.js';
import { validated, type Validated } from '../intake/validated.js';

/** How the difference was measured. The block test is the clinical method; a standing radiograph the reference. */
export type LegLengthMethod = 'block-test' | 'tape-measure' | 'radiograph';

/** Whether the difference is structural, functional (e.g. pelvic or foot posture), or not yet known. */
export type LegLengthType = 'anatomic' | 'functional' | 'unknown';

/** A measured leg-length difference. */
export interface LegLengthDifference {
  readonly kind: 'LegLengthDifference';
  /** Size of the difference in mm, ≥ 0. */
  readonly differenceMm: number;
  /** The shorter leg, or null when the legs are equal (`differenceMm` 0). */
  readonly shortSide: BodySide | null;
  readonly method: LegLengthMethod;
  readonly type: LegLengthType;
}

/** Inclusion threshold of the RCT that corrected 70 % of the difference: LLD ≥ 5 mm. */
export const LLD_RCT_INCLUSION_MM: SourcedValue = sourcedValue(
  'lld-rct-inclusion-mm',
  5,
  'mm',
  false,
  cite('rannisto-2019', 'primary', 'inclusion: LLD ≥ 5 mm and LBP ≥ 2/10'),
);

/** Size below which an LLD is usually not clinically significant: about 20 mm (¾"). */
export const LLD_USUAL_SIGNIFICANCE_MM: SourcedValue = sourcedValue(
  'lld-usual-significance-mm',
  20,
  'mm',
  true,
  cite('knutson-2005-part1', 'primary'),
);

/** What to tell the user beside a leg-length difference. */
export const LLD_CLAIMS: readonly SourcedClaim[] = [
  claim(
    'lld-is-common',
    'An anatomic leg-length difference is found in about 90 % of people, mean 5.2 mm (SD 4.1), by X-ray methods.',
    cite('knutson-2005-part1', 'primary'),
  ),
  claim(
    'lld-functional-first',
    'Remove a functional difference before treating an anatomic one.',
    cite('knutson-2005-part2', 'primary'),
  ),
  claim(
    'lld-measurement',
    'The block test is the best clinical measure; a standing full-length radiograph is the reference standard.',
    cite('lld-measurement-review', 'primary'),
  ),
];

/** A leg-length difference set against the published thresholds. */
export interface LegLengthAssessment {
  readonly kind: 'LegLengthAssessment';
  readonly difference: LegLengthDifference;
  /** At or above the 5 mm inclusion threshold of the correction RCT. */
  readonly reachesRctInclusion: boolean;
  /** At or above the ~20 mm size usually taken as clinically significant. */
  readonly reachesUsualSignificance: boolean;
}

/**
 * Sets a leg-length difference against the published thresholds.
 *
 * @param difference - the measured difference
 * @returns whether it reaches the RCT inclusion size (≥ 5 mm) and the usual significance size (~20 mm)
 * @see LLD_RCT_INCLUSION_MM, LLD_USUAL_SIGNIFICANCE_MM
 */
export function assessLegLengthDifference(difference: LegLengthDifference): LegLengthAssessment {
  return {
    kind: 'LegLengthAssessment',
    difference,
    reachesRctInclusion: difference.differenceMm >= LLD_RCT_INCLUSION_MM.value,
    reachesUsualSignificance: difference.differenceMm >= LLD_USUAL_SIGNIFICANCE_MM.value,
  };
}

const METHODS: readonly LegLengthMethod[] = ['block-test', 'tape-measure', 'radiograph'];
const TYPES: readonly LegLengthType[] = ['anatomic', 'functional', 'unknown'];
const SHORT_SIDES = ['left', 'right', 'none'] as const;

/**
 * Reads a leg-length difference from untrusted input.
 *
 * Input: `{ differenceMm, shortSide: 'left' | 'right' | 'none', method?, type? }`; method defaults to
 * `block-test`, type to `unknown`. A difference with `shortSide: 'none'`, or no difference with a short
 * side, is contradictory.
 *
 * @param input - the fields as entered
 * @param path - where the object sits, for issue paths
 * @returns the difference, or the issues
 */
export function readLegLengthDifference(input: unknown, path = ''): Validated<LegLengthDifference> {
  if (!isRecord(input)) {
    return { kind: 'invalid', issues: [errorAt('invalid_type', path, 'Leg-length difference must be an object.')] };
  }
  const issues: Issue[] = [];
  const differenceMm = readNumber(
    input,
    'differenceMm',
    joinPath(path, 'differenceMm'),
    { min: 0, unit: 'mm', required: true },
    issues,
  );
  const side = readChoice(input, 'shortSide', joinPath(path, 'shortSide'), SHORT_SIDES, true, issues);
  const method = readChoice(input, 'method', joinPath(path, 'method'), METHODS, false, issues) ?? 'block-test';
  const type = readChoice(input, 'type', joinPath(path, 'type'), TYPES, false, issues) ?? 'unknown';
  if (differenceMm !== undefined && side !== undefined) {
    if (differenceMm > 0 && side === 'none') {
      issues.push(
        errorAt(
          'contradictory',
          joinPath(path, 'shortSide'),
          `shortSide is none but differenceMm is ${differenceMm}: say which leg is short.`,
        ),
      );
    } else if (differenceMm === 0 && side !== 'none') {
      issues.push(errorAt('contradictory', joinPath(path, 'shortSide'), `differenceMm is 0 but shortSide is ${side}.`));
    }
  }
  return validated(issues, () => ({
    kind: 'LegLengthDifference',
    differenceMm: differenceMm ?? 0,
    shortSide: side === 'none' || side === undefined ? null : side,
    method,
    type,
  }));
}

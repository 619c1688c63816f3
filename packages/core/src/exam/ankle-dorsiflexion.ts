import { cite } from '../evidence/source-ref.js';
import type { SourceRef } from '../evidence/source-ref.js';
import type { Issue } from '../issue.js';
import { errorAt, isRecord, joinPath, readNumber } from '../intake/field-checks.js';
import { validated, type Validated } from '../intake/validated.js';

/** Ankle dorsiflexion by the weight-bearing lunge test: the tibial angle, the toe-to-wall distance, or both. */
export interface AnkleDorsiflexionLunge {
  readonly kind: 'AnkleDorsiflexionLunge';
  /** Angle of the tibia from vertical at maximum lunge, degrees (0 … 90); null when not measured. */
  readonly dorsiflexionDeg: number | null;
  /** Distance from the longest toe to the wall at maximum lunge, mm; null when not measured. */
  readonly toeToWallMm: number | null;
}

/** Why ankle dorsiflexion is recorded: lab prescription forms ask for it. */
export const ANKLE_DORSIFLEXION_SOURCES: readonly [SourceRef, ...SourceRef[]] = [
  cite('paragon-rx-form-guide', 'secondary', 'exam findings on lab prescription forms'),
];

/** Shown beside the measurement: groundup's reference has no norms or cut-offs for the lunge test. */
export const ANKLE_DORSIFLEXION_NORMS_NOTE =
  'No normal values or cut-offs for the weight-bearing lunge test are in groundup’s reference; the ' +
  'measurement is recorded, not classified.';

/**
 * Reads a lunge-test result from untrusted input: at least one of the two measures.
 *
 * @param input - `{ dorsiflexionDeg?, toeToWallMm? }`
 * @param path - where the object sits, for issue paths
 * @returns the measurement, or the issues
 */
export function readAnkleDorsiflexion(input: unknown, path = ''): Validated<AnkleDorsiflexionLunge> {
  if (!isRecord(input)) {
    return { kind: 'invalid', issues: [errorAt('invalid_type', path, 'Ankle dorsiflexion must be an object.')] };
  }
  const issues: Issue[] = [];
  const dorsiflexionDeg = readNumber(
    input,
    'dorsiflexionDeg',
    joinPath(path, 'dorsiflexionDeg'),
    { min: 0, max: 90, unit: 'deg' },
    issues,
  );
  const toeToWallMm = readNumber(input, 'toeToWallMm', joinPath(path, 'toeToWallMm'), { min: 0, unit: 'mm' }, issues);
  const bad = issues.length > 0;
  if (!bad && dorsiflexionDeg === undefined && toeToWallMm === undefined) {
    issues.push(errorAt('required', path, 'Give dorsiflexionDeg, toeToWallMm or both.'));
  }
  return validated(issues, () => ({
    kind: 'AnkleDorsiflexionLunge',
    dorsiflexionDeg: dorsiflexionDeg ?? null,
    toeToWallMm: toeToWallMm ?? null,
  }));
}

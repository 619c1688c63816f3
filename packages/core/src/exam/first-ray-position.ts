import { cite, type SourceRef } from '../evidence/source-ref.js';
import type { Issue } from '../issue.js';
import { errorAt, isRecord, joinPath, readChoice } from '../intake/field-checks.js';
import { validated, type Validated } from '../intake/validated.js';

/** Sagittal-plane position of the first ray relative to the lesser metatarsals. */
export type FirstRayPosition = 'neutral' | 'plantarflexed' | 'dorsiflexed';

/** First-ray mobility as judged by the examiner; `not-assessed` when only the position was taken. */
export type FirstRayMobility = 'rigid' | 'normal' | 'hypermobile' | 'not-assessed';

/** A first-ray finding. */
export interface FirstRayFinding {
  readonly kind: 'FirstRayFinding';
  readonly position: FirstRayPosition;
  readonly mobility: FirstRayMobility;
}

/** Why the first ray is recorded: lab prescription forms ask for its position and mobility. */
export const FIRST_RAY_SOURCES: readonly [SourceRef, ...SourceRef[]] = [
  cite('paragon-rx-form-guide', 'secondary', '1st-ray position/mobility on lab forms'),
];

const POSITIONS: readonly FirstRayPosition[] = ['neutral', 'plantarflexed', 'dorsiflexed'];
const MOBILITIES: readonly FirstRayMobility[] = ['rigid', 'normal', 'hypermobile', 'not-assessed'];

/**
 * Reads a first-ray finding from untrusted input.
 *
 * @param input - `{ position, mobility? }`
 * @param path - where the object sits, for issue paths
 * @returns the finding, or the issues
 */
export function readFirstRay(input: unknown, path = ''): Validated<FirstRayFinding> {
  if (!isRecord(input)) {
    return { kind: 'invalid', issues: [errorAt('invalid_type', path, 'First ray must be an object.')] };
  }
  const issues: Issue[] = [];
  const position = readChoice(input, 'position', joinPath(path, 'position'), POSITIONS, true, issues);
  const mobility = readChoice(input, 'mobility', joinPath(path, 'mobility'), MOBILITIES, false, issues);
  return validated(issues, () => ({
    kind: 'FirstRayFinding',
    position: position ?? 'neutral',
    mobility: mobility ?? 'not-assessed',
  }));
}

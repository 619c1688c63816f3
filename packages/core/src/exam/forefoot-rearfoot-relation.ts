import { cite, type SourceRef } from '../evidence/source-ref.js';
import type { Issue } from '../issue.js';
import { errorAt, isRecord, joinPath, readChoice, readNumber } from '../intake/field-checks.js';
import { validated, type Validated } from '../intake/validated.js';

/** Frontal-plane relation of the forefoot to the rearfoot with the subtalar joint in neutral. */
export type ForefootRelation = 'neutral' | 'varus' | 'valgus';

/** A forefoot-to-rearfoot finding. */
export interface ForefootToRearfoot {
  readonly kind: 'ForefootToRearfoot';
  readonly relation: ForefootRelation;
  /** Size of the varus or valgus, degrees (0 for neutral). */
  readonly angleDeg: number;
}

/** Why the forefoot-to-rearfoot relation is recorded: lab prescription forms ask for it (varus/valgus). */
export const FOREFOOT_RELATION_SOURCES: readonly [SourceRef, ...SourceRef[]] = [
  cite('paragon-rx-form-guide', 'secondary', 'forefoot-to-rearfoot angle (varus/valgus) on lab forms'),
];

const RELATIONS: readonly ForefootRelation[] = ['neutral', 'varus', 'valgus'];

/**
 * Reads a forefoot-to-rearfoot finding from untrusted input. A neutral relation with an angle, or a
 * varus or valgus of 0°, is contradictory.
 *
 * @param input - `{ relation, angleDeg }` (angleDeg may be left out for neutral)
 * @param path - where the object sits, for issue paths
 * @returns the finding, or the issues
 */
export function readForefootToRearfoot(input: unknown, path = ''): Validated<ForefootToRearfoot> {
  if (!isRecord(input)) {
    return { kind: 'invalid', issues: [errorAt('invalid_type', path, 'Forefoot-to-rearfoot must be an object.')] };
  }
  const issues: Issue[] = [];
  const relation = readChoice(input, 'relation', joinPath(path, 'relation'), RELATIONS, true, issues);
  const angleDeg = readNumber(
    input,
    'angleDeg',
    joinPath(path, 'angleDeg'),
    { min: 0, max: 90, unit: 'deg', required: relation !== undefined && relation !== 'neutral' },
    issues,
  );
  if (relation === 'neutral' && angleDeg !== undefined && angleDeg > 0) {
    issues.push(
      errorAt('contradictory', joinPath(path, 'angleDeg'), `A neutral forefoot has no angle; got ${angleDeg}°.`),
    );
  }
  if ((relation === 'varus' || relation === 'valgus') && angleDeg === 0) {
    issues.push(errorAt('contradictory', joinPath(path, 'angleDeg'), `A forefoot ${relation} of 0° is neutral.`));
  }
  return validated(issues, () => ({
    kind: 'ForefootToRearfoot',
    relation: relation ?? 'neutral',
    angleDeg: angleDeg ?? 0,
  }));
}

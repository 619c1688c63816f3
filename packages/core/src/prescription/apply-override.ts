import type { Issue } from '../issue.js';
import type { BodySide } from '../intake/body-side.js';
import type { Validated } from '../intake/validated.js';
import type { Prescription, RxField } from './prescription.js';
import { readPrescription } from './read-prescription.js';
import { RX_FIELD_SPECS, type RxFieldName } from './rx-field-specs.js';

/** A clinician's change to one field. */
export interface RxOverride {
  readonly side: BodySide;
  readonly field: RxFieldName;
  readonly value: unknown;
  /** Why; required. */
  readonly reason: string;
  /** Who, e.g. a user id. */
  readonly by?: string;
}

/**
 * Applies a clinician's override: the field takes the new value and records the reason, who, and the previous
 * value (the rule id it replaces is dropped from the field, since the rule no longer set it). The revision goes
 * up by one. The result is validated like any rx.json.
 *
 * @param prescription - the current prescription
 * @param override - the change and its reason
 * @returns the new prescription, or the issues (no reason, unknown field or side, invalid value)
 */
export function applyOverride(prescription: Prescription, override: RxOverride): Validated<Prescription> {
  const path = `sides.${override.side}.${override.field}`;
  const fail = (code: string, at: string, message: string): Validated<Prescription> => ({
    kind: 'invalid',
    issues: [{ severity: 'error', code, path: at, message } satisfies Issue],
  });
  if (override.reason.trim() === '')
    return fail('override_without_reason', `${path}.override.reason`, 'An override needs a reason.');
  const spec = RX_FIELD_SPECS.find((s) => s.name === override.field);
  if (spec === undefined) return fail('unknown_field', path, `${override.field} is not a prescription field.`);
  const current = prescription.sides[override.side];
  if (current === undefined)
    return fail('unknown_side', `sides.${override.side}`, `The prescription has no ${override.side} side.`);
  const previous = current[override.field] as RxField<unknown> | undefined;
  const field: RxField<unknown> = {
    value: override.value,
    ...(spec.unit === null ? {} : { unit: spec.unit }),
    override: {
      reason: override.reason.trim(),
      ...(override.by === undefined ? {} : { by: override.by }),
      previousValue: previous?.value ?? null,
    },
  };
  const side = { ...current, [override.field]: field };
  return readPrescription({
    ...prescription,
    revision: prescription.revision + 1,
    sides: { ...prescription.sides, [override.side]: side },
  });
}

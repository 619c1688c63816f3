import type { Issue } from '../issue.js';
import { errorAt, isRecord, joinPath } from '../intake/field-checks.js';
import type { Validated } from '../intake/validated.js';
import type { Prescription } from './prescription.js';
import { RX_FIELD_SPECS } from './rx-field-specs.js';

const TOP_FIELDS = ['format', 'formatVersion', 'revision', 'caseRef', 'bodyMassKg', 'footwear', 'sides', 'notes'];
const FOOTWEAR_FIELDS = ['type', 'heelHeightMm', 'removableInsole', 'size', 'maxHeelHeightInShoeMm'];
const FOOTWEAR_TYPES = ['athletic', 'dress', 'boot', 'cleat', 'casual', 'work', 'other'];

/**
 * Reads an `rx.json` document from untrusted JSON into a {@link Prescription}, checking every field: its value
 * (type and range), its unit, and its provenance (a `ruleId`, or an `override` with a reason). Unknown fields
 * are errors. Medial and lateral skives on one heel, and a heel lift above the shoe's stated in-shoe height,
 * are contradictory. Insole design reads prescriptions through this.
 *
 * @param input - the parsed JSON
 * @returns the prescription, or the issues with their paths (e.g. `sides.left.heelLiftMm.value`)
 */
export function readPrescription(input: unknown): Validated<Prescription> {
  if (!isRecord(input))
    return { kind: 'invalid', issues: [errorAt('invalid_type', '', 'A prescription must be an object.')] };
  const issues: Issue[] = [];
  for (const key of Object.keys(input)) {
    if (!TOP_FIELDS.includes(key)) issues.push(errorAt('unknown_field', key, `${key} is not a prescription field.`));
  }
  if (input['format'] !== 'groundup-prescription')
    issues.push(errorAt('invalid_value', 'format', 'format must be "groundup-prescription".'));
  if (input['formatVersion'] !== 1) issues.push(errorAt('invalid_value', 'formatVersion', 'formatVersion must be 1.'));
  const revision = input['revision'];
  if (typeof revision !== 'number' || !Number.isInteger(revision) || revision < 0) {
    issues.push(errorAt('invalid_value', 'revision', 'revision must be a whole number ≥ 0.'));
  }
  if (input['caseRef'] !== undefined && typeof input['caseRef'] !== 'string')
    issues.push(errorAt('invalid_type', 'caseRef', 'caseRef must be text.'));
  const mass = input['bodyMassKg'];
  if (mass !== undefined && (typeof mass !== 'number' || !(mass > 0) || mass > 350)) {
    issues.push(errorAt('out_of_range', 'bodyMassKg', 'bodyMassKg must be a number above 0 and at most 350.'));
  }
  const notes = input['notes'];
  if (notes !== undefined && (!Array.isArray(notes) || notes.some((n) => typeof n !== 'string'))) {
    issues.push(errorAt('invalid_type', 'notes', 'notes must be a list of text.'));
  }
  const maxInShoe = checkFootwear(input['footwear'], issues);
  const sides = input['sides'];
  if (!isRecord(sides)) {
    issues.push(errorAt('required', 'sides', 'sides must be an object with left and/or right.'));
  } else {
    const keys = Object.keys(sides);
    for (const key of keys) {
      if (key !== 'left' && key !== 'right')
        issues.push(errorAt('unknown_field', `sides.${key}`, `${key} is not a side; use left or right.`));
    }
    if (!keys.includes('left') && !keys.includes('right'))
      issues.push(errorAt('required', 'sides', 'At least one side is required.'));
    for (const side of ['left', 'right'] as const) {
      if (sides[side] !== undefined) checkSide(sides[side], `sides.${side}`, maxInShoe, issues);
    }
  }
  if (issues.some((issue) => issue.severity === 'error')) return { kind: 'invalid', issues };
  return { kind: 'valid', value: input as unknown as Prescription, issues };
}

function checkFootwear(raw: unknown, issues: Issue[]): number | null {
  if (!isRecord(raw)) {
    issues.push(errorAt('required', 'footwear', 'footwear is required: { type, … }.'));
    return null;
  }
  for (const key of Object.keys(raw)) {
    if (!FOOTWEAR_FIELDS.includes(key))
      issues.push(errorAt('unknown_field', `footwear.${key}`, `${key} is not a footwear field.`));
  }
  if (typeof raw['type'] !== 'string' || !FOOTWEAR_TYPES.includes(raw['type'])) {
    issues.push(
      errorAt('invalid_value', 'footwear.type', `footwear.type must be one of ${FOOTWEAR_TYPES.join(', ')}.`),
    );
  }
  for (const key of ['heelHeightMm', 'maxHeelHeightInShoeMm']) {
    const value = raw[key];
    if (value !== undefined && (typeof value !== 'number' || !(value >= 0))) {
      issues.push(errorAt('out_of_range', `footwear.${key}`, `footwear.${key} must be a number ≥ 0 (mm).`));
    }
  }
  if (raw['removableInsole'] !== undefined && typeof raw['removableInsole'] !== 'boolean') {
    issues.push(errorAt('invalid_type', 'footwear.removableInsole', 'removableInsole must be true or false.'));
  }
  if (raw['size'] !== undefined && !isRecord(raw['size']))
    issues.push(errorAt('invalid_type', 'footwear.size', 'size must be an object.'));
  const max = raw['maxHeelHeightInShoeMm'];
  return typeof max === 'number' ? max : null;
}

function checkSide(raw: unknown, path: string, maxInShoe: number | null, issues: Issue[]): void {
  if (!isRecord(raw)) {
    issues.push(errorAt('invalid_type', path, `${path} must be an object of fields.`));
    return;
  }
  for (const key of Object.keys(raw)) {
    if (!RX_FIELD_SPECS.some((spec) => spec.name === key))
      issues.push(errorAt('unknown_field', joinPath(path, key), `${key} is not a prescription field.`));
  }
  for (const spec of RX_FIELD_SPECS) {
    const fieldPath = joinPath(path, spec.name);
    const field = raw[spec.name];
    if (field === undefined) {
      if (!spec.optional) issues.push(errorAt('required', fieldPath, `${spec.label} is required.`));
      continue;
    }
    if (!isRecord(field)) {
      issues.push(errorAt('invalid_type', fieldPath, `${spec.name} must be { value, unit?, ruleId | override }.`));
      continue;
    }
    for (const key of Object.keys(field)) {
      if (!['value', 'unit', 'ruleId', 'override'].includes(key))
        issues.push(errorAt('unknown_field', joinPath(fieldPath, key), `${key} is not part of a field.`));
    }
    if (!('value' in field)) issues.push(errorAt('required', joinPath(fieldPath, 'value'), 'value is required.'));
    else {
      const problem = spec.check(field['value']);
      if (problem !== null)
        issues.push(errorAt('invalid_value', joinPath(fieldPath, 'value'), `${spec.name} ${problem}.`));
    }
    if (spec.unit !== null && field['unit'] !== spec.unit) {
      issues.push(errorAt('invalid_unit', joinPath(fieldPath, 'unit'), `${spec.name} must have unit "${spec.unit}".`));
    }
    if (spec.unit === null && field['unit'] !== undefined) {
      issues.push(errorAt('invalid_unit', joinPath(fieldPath, 'unit'), `${spec.name} has no unit.`));
    }
    const ruleId = field['ruleId'];
    const override = field['override'];
    if (override !== undefined) {
      if (!isRecord(override) || typeof override['reason'] !== 'string' || override['reason'].trim() === '') {
        issues.push(
          errorAt('override_without_reason', joinPath(fieldPath, 'override.reason'), 'An override needs a reason.'),
        );
      }
    } else if (typeof ruleId !== 'string' || ruleId === '') {
      issues.push(
        errorAt('no_provenance', fieldPath, `${spec.name} names neither the rule that set it nor an override.`),
      );
    }
  }
  const value = (name: string): unknown => (isRecord(raw[name]) ? raw[name]['value'] : undefined);
  const medial = value('medialHeelSkiveMm');
  const lateral = value('lateralHeelSkiveMm');
  if (typeof medial === 'number' && typeof lateral === 'number' && medial > 0 && lateral > 0) {
    issues.push(
      errorAt(
        'contradictory',
        joinPath(path, 'lateralHeelSkiveMm.value'),
        'A heel cannot have both a medial and a lateral skive.',
      ),
    );
  }
  const lift = value('heelLiftMm');
  if (maxInShoe !== null && typeof lift === 'number' && lift > maxInShoe) {
    issues.push(
      errorAt(
        'over_in_shoe_limit',
        joinPath(path, 'heelLiftMm.value'),
        `A ${lift} mm heel lift does not fit the shoe (at most ${maxInShoe} mm).`,
      ),
    );
  }
}

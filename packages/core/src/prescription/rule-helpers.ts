import type { PrescriptionRule, RuleCondition } from './prescription-rule.js';

/** A condition that always holds (default rules). */
export const always: RuleCondition = { always: true };

/**
 * A condition: any of the diagnoses applies to this side.
 *
 * @param names - diagnosis names
 * @returns the condition
 */
export const diagnosed = (...names: string[]): RuleCondition => ({
  any: names.map((name) => ({ fact: 'diagnoses', op: 'includes', value: name }) as const),
});

/**
 * Makes a rule (tags its kind; no group unless given).
 *
 * @param fields - the rule's data
 * @returns the rule
 */
export const rule = (fields: Omit<PrescriptionRule, 'kind' | 'group'> & { group?: string }): PrescriptionRule => ({
  kind: 'PrescriptionRule',
  ...fields,
  group: fields.group ?? null,
});

import type { EvidenceLevel } from '../evidence/evidence-level.js';
import type { SourceRef } from '../evidence/source-ref.js';
import type { RxFieldName } from './rx-field-specs.js';

/** The facts a rule condition can test, per side (see `ruleFacts`). */
export interface RuleFacts {
  readonly side: 'left' | 'right';
  readonly sex: string;
  readonly weightKg: number | null;
  readonly activityLevel: string | null;
  readonly footwearType: string | null;
  readonly footwearHeelHeightMm: number | null;
  readonly shoeWidth: string | null;
  /** Consensus posture label of this foot, `mixed` when the measures disagree, `unknown` with none. */
  readonly footType: 'pronated' | 'normal' | 'supinated' | 'mixed' | 'unknown';
  readonly forefootRelation: 'neutral' | 'varus' | 'valgus' | null;
  readonly forefootAngleDeg: number | null;
  /** Diagnoses that apply to this side (the complaint's side, or both). */
  readonly diagnoses: readonly string[];
  /** Regions of pain on this side (pain map and complaint; the lower back counts for both sides). */
  readonly painRegions: readonly string[];
  /** The leg-length difference when this side is the short one, else 0, mm. */
  readonly shortLegMm: number;
  readonly legLengthType: string | null;
  /** Duration of the complaint, weeks, or null. */
  readonly complaintWeeks: number | null;
}

/** The name of a fact. */
export type FactName = keyof RuleFacts;

/** A condition over the facts, as data. */
export type RuleCondition =
  | { readonly always: true }
  | {
      readonly fact: FactName;
      readonly op: 'eq' | 'ne' | 'gte' | 'lte' | 'gt' | 'lt' | 'in' | 'includes';
      readonly value: string | number | boolean | null | readonly (string | number)[];
    }
  | { readonly all: readonly RuleCondition[] }
  | { readonly any: readonly RuleCondition[] }
  | { readonly not: RuleCondition };

/** Values the engine computes from the case, where a rule's value depends on a measurement. */
export type RuleComputation =
  | 'heel-lift-from-leg-length'
  | 'shoe-build-up-from-leg-length'
  | 'forefoot-post-from-exam'
  | 'metatarsal-pad-from-choices'
  | 'lateral-skive-from-choices'
  | 'width-from-shoe';

/** What a rule does: set a field to a value, set it to a computed value, or add a note to the prescription. */
export type RuleAction =
  | { readonly field: RxFieldName; readonly value: unknown }
  | { readonly field: RxFieldName; readonly compute: RuleComputation }
  | { readonly note: string };

/** A prescription rule, as data. */
export interface PrescriptionRule {
  readonly kind: 'PrescriptionRule';
  /** Stable id, kebab-case; recorded on every field the rule sets. */
  readonly id: string;
  readonly title: string;
  /** Higher wins when rules set the same field differently; defaults are 0. */
  readonly priority: number;
  /** Rules in one group are alternatives: only the highest-priority matching rule of a group acts. */
  readonly group: string | null;
  readonly when: RuleCondition;
  readonly actions: readonly RuleAction[];
  readonly rationale: string;
  readonly level: EvidenceLevel;
  /** The reference's verification tag for the rule's numbers, e.g. `[V2]`. */
  readonly tag: '[V]' | '[V2]' | '[U]';
  readonly sources: readonly [SourceRef, ...SourceRef[]];
}

/**
 * Evaluates a condition.
 *
 * @param condition - the condition
 * @param facts - the facts of one side
 * @returns whether it holds
 */
export function holds(condition: RuleCondition, facts: RuleFacts): boolean {
  if ('always' in condition) return true;
  if ('all' in condition) return condition.all.every((c) => holds(c, facts));
  if ('any' in condition) return condition.any.some((c) => holds(c, facts));
  if ('not' in condition) return !holds(condition.not, facts);
  const actual = facts[condition.fact];
  const expected = condition.value;
  switch (condition.op) {
    case 'eq':
      return actual === expected;
    case 'ne':
      return actual !== expected;
    case 'gte':
      return typeof actual === 'number' && typeof expected === 'number' && actual >= expected;
    case 'lte':
      return typeof actual === 'number' && typeof expected === 'number' && actual <= expected;
    case 'gt':
      return typeof actual === 'number' && typeof expected === 'number' && actual > expected;
    case 'lt':
      return typeof actual === 'number' && typeof expected === 'number' && actual < expected;
    case 'in':
      return (
        Array.isArray(expected) &&
        (typeof actual === 'string' || typeof actual === 'number') &&
        expected.includes(actual)
      );
    case 'includes':
      return Array.isArray(actual) && (actual as readonly unknown[]).includes(expected);
  }
}

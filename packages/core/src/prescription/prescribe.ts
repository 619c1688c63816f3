import type { Assessment } from '../assessment/assess.js';
import type { ClinicianChoices } from '../assessment/case-file.js';
import type { RedFlagOutcome } from '../exam/red-flags/red-flag-questions.js';
import type { Issue } from '../issue.js';
import type { BodySide } from '../intake/body-side.js';
import {
  FOREFOOT_VALGUS_POST_LIMIT_DEG,
  FOREFOOT_VARUS_POST_LIMIT_DEG,
  HEEL_LIFT_IN_SHOE_LIMIT_MM,
  HEEL_LIFT_START_FRACTION,
} from './prescription-constants.js';
import { holds, type PrescriptionRule, type RuleComputation, type RuleFacts } from './prescription-rule.js';
import { PRESCRIPTION_RULES } from './prescription-rules.js';
import type { Prescription, RxField, RxFootwear, SidePrescription } from './prescription.js';
import { RX_FIELD_SPECS, type RxFieldName } from './rx-field-specs.js';
import { ruleFacts } from './rule-facts.js';

/** A field where non-default rules disagreed (or a group's alternatives met), and how priority settled it. */
export interface RuleConflict {
  readonly side: BodySide;
  /** The field, or null when a whole rule lost to another of its group. */
  readonly field: RxFieldName | null;
  readonly chosen: { readonly ruleId: string; readonly priority: number; readonly value: unknown };
  readonly overruled: readonly { readonly ruleId: string; readonly priority: number; readonly value: unknown }[];
  readonly reason: string;
}

/** The rules that matched on one side. */
export interface RuleTrace {
  readonly side: BodySide;
  readonly facts: RuleFacts;
  readonly matched: readonly string[];
}

/** A value only the clinician can give, still missing. */
export interface PendingValue {
  readonly side: BodySide;
  readonly field: RxFieldName;
  readonly ruleId: string;
  readonly reason: string;
}

/** What the engine produced. */
export type PrescribeResult =
  | {
      readonly kind: 'referred';
      readonly outcome: RedFlagOutcome | 'not-screened';
      readonly reasons: readonly Issue[];
      readonly prescription: null;
    }
  | {
      /** The red-flag screen is missing or has unanswered questions: it cannot clear the patient yet. */
      readonly kind: 'not-cleared';
      readonly reasons: readonly Issue[];
      readonly prescription: null;
    }
  | {
      readonly kind: 'prescribed';
      readonly prescription: Prescription;
      readonly conflicts: readonly RuleConflict[];
      readonly trace: readonly RuleTrace[];
    }
  | {
      /** A draft with values still missing: never to be presented as complete. */
      readonly kind: 'incomplete';
      readonly draft: Prescription;
      readonly pending: readonly PendingValue[];
      readonly conflicts: readonly RuleConflict[];
      readonly trace: readonly RuleTrace[];
    };

type Candidate = { rule: PrescriptionRule; value: unknown; pending: string | null };

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function compute(
  what: RuleComputation,
  facts: RuleFacts,
  choices: ClinicianChoices,
): { value: unknown; pending: string | null } {
  switch (what) {
    case 'heel-lift-from-leg-length': {
      const target = Math.floor(facts.shortLegMm * HEEL_LIFT_START_FRACTION.value * 2) / 2;
      return { value: Math.min(target, HEEL_LIFT_IN_SHOE_LIMIT_MM.value), pending: null };
    }
    case 'shoe-build-up-from-leg-length': {
      const target = Math.floor(facts.shortLegMm * HEEL_LIFT_START_FRACTION.value * 2) / 2;
      return { value: Math.max(0, target - HEEL_LIFT_IN_SHOE_LIMIT_MM.value), pending: null };
    }
    case 'forefoot-post-from-exam': {
      const angle = facts.forefootAngleDeg ?? 0;
      if (facts.forefootRelation === 'varus')
        return { value: Math.min(angle, FOREFOOT_VARUS_POST_LIMIT_DEG.value), pending: null };
      if (facts.forefootRelation === 'valgus')
        return { value: -Math.min(angle, FOREFOOT_VALGUS_POST_LIMIT_DEG.value), pending: null };
      return { value: 0, pending: null };
    }
    case 'metatarsal-pad-from-choices':
      return {
        value: {
          metatarsal: choices.painfulMetatarsal ?? 2,
          heightMm: choices.metatarsalPadHeightMm ?? 0,
          proximalOffsetMm: 0,
        },
        pending:
          choices.metatarsalPadHeightMm === null
            ? 'The reference gives no metatarsal pad height: set clinicianChoices.metatarsalPadHeightMm.'
            : null,
      };
    case 'lateral-skive-from-choices':
      return {
        value: choices.lateralHeelSkiveMm ?? 0,
        pending:
          choices.lateralHeelSkiveMm === null
            ? 'The reference gives no millimetres for a lateral heel skive: set clinicianChoices.lateralHeelSkiveMm.'
            : null,
      };
    case 'width-from-shoe':
      return {
        value:
          facts.shoeWidth === 'narrow'
            ? 'narrow'
            : facts.shoeWidth === null || facts.shoeWidth === 'standard'
              ? 'standard'
              : 'wide',
        pending: null,
      };
  }
}

function byPriority(a: PrescriptionRule, b: PrescriptionRule, order: ReadonlyMap<string, number>): number {
  return b.priority - a.priority || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
}

/**
 * Evaluates the rules for one side.
 *
 * @returns the side's fields, its notes, conflicts and pending values
 */
function prescribeSide(
  assessment: Assessment,
  side: BodySide,
  rules: readonly PrescriptionRule[],
): { fields: SidePrescription; notes: string[]; conflicts: RuleConflict[]; pending: PendingValue[]; trace: RuleTrace } {
  const facts = ruleFacts(assessment, side);
  const order = new Map(rules.map((rule, index) => [rule.id, index]));
  const matched = rules.filter((rule) => holds(rule.when, facts));
  const conflicts: RuleConflict[] = [];
  // Alternatives: only the strongest rule of a group acts.
  const acting: PrescriptionRule[] = [];
  const groups = new Map<string, PrescriptionRule[]>();
  for (const rule of matched) {
    if (rule.group === null) acting.push(rule);
    else groups.set(rule.group, [...(groups.get(rule.group) ?? []), rule]);
  }
  for (const [group, members] of groups) {
    const sorted = [...members].sort((a, b) => byPriority(a, b, order));
    const [winner, ...losers] = sorted;
    if (winner === undefined) continue;
    acting.push(winner);
    if (losers.length > 0) {
      conflicts.push({
        side,
        field: null,
        chosen: { ruleId: winner.id, priority: winner.priority, value: null },
        overruled: losers.map((rule) => ({ ruleId: rule.id, priority: rule.priority, value: null })),
        reason: `Rules of group ${group} are alternatives; the highest priority acts (ties: the rule listed first).`,
      });
    }
  }
  acting.sort((a, b) => byPriority(a, b, order));
  const candidates = new Map<RxFieldName, Candidate[]>();
  const notes: string[] = [];
  for (const rule of acting) {
    for (const action of rule.actions) {
      if ('note' in action) {
        if (!notes.includes(action.note)) notes.push(action.note);
        continue;
      }
      const { value, pending } =
        'compute' in action
          ? compute(action.compute, facts, assessment.case.clinicianChoices)
          : { value: action.value, pending: null };
      candidates.set(action.field, [...(candidates.get(action.field) ?? []), { rule, value, pending }]);
    }
  }
  const fields: Partial<Record<RxFieldName, RxField<unknown>>> = {};
  const pending: PendingValue[] = [];
  for (const spec of RX_FIELD_SPECS) {
    const list = candidates.get(spec.name) ?? [];
    const [chosen, ...others] = list;
    if (chosen === undefined) throw new Error(`No rule sets ${spec.name}: every field needs a default rule.`);
    // A default giving way to a specific rule is how the engine works, not a conflict: report only rules above 0.
    const differing = others.filter((other) => other.rule.priority > 0 && !sameValue(other.value, chosen.value));
    if (differing.length > 0) {
      conflicts.push({
        side,
        field: spec.name,
        chosen: { ruleId: chosen.rule.id, priority: chosen.rule.priority, value: chosen.value },
        overruled: differing.map((c) => ({ ruleId: c.rule.id, priority: c.rule.priority, value: c.value })),
        reason: 'Rules set this field differently; the highest priority wins (ties: the rule listed first).',
      });
    }
    if (chosen.pending !== null)
      pending.push({ side, field: spec.name, ruleId: chosen.rule.id, reason: chosen.pending });
    fields[spec.name] = {
      value: chosen.value,
      ...(spec.unit === null ? {} : { unit: spec.unit }),
      ruleId: chosen.rule.id,
    };
  }
  return {
    fields: fields as unknown as SidePrescription,
    notes,
    conflicts,
    pending,
    trace: { side, facts, matched: matched.map((rule) => rule.id) },
  };
}

/**
 * The prescription engine: evaluates the rules (data) over the assessment, per side, into a `Prescription`
 * where every field records the rule that set it. Conflicting rules are settled by priority and reported. A red
 * flag gives a referral and no prescription; a missing or incomplete screen gives `not-cleared` and no prescription. Values the reference
 * has no number for and the clinician has not given leave the result `incomplete` (a draft, never complete).
 *
 * @param assessment - the assessment
 * @param rules - the rule set (default {@link PRESCRIPTION_RULES})
 * @returns referred, prescribed, or incomplete
 */
export function prescribe(
  assessment: Assessment,
  rules: readonly PrescriptionRule[] = PRESCRIPTION_RULES,
): PrescribeResult {
  const screenIncomplete = assessment.planGate.some(
    (issue) => issue.code === 'red_flag_screen_missing' || issue.code === 'red_flag_screen_incomplete',
  );
  if (screenIncomplete && (assessment.redFlags === null || assessment.redFlags.outcome === 'none')) {
    return { kind: 'not-cleared', reasons: assessment.planGate, prescription: null };
  }
  if (assessment.planGate.length > 0) {
    return {
      kind: 'referred',
      outcome: assessment.redFlags?.outcome ?? 'not-screened',
      reasons: assessment.planGate,
      prescription: null,
    };
  }
  const kase = assessment.case;
  const sides: { left?: SidePrescription; right?: SidePrescription } = {};
  const notes: string[] = [];
  const conflicts: RuleConflict[] = [];
  const pending: PendingValue[] = [];
  const trace: RuleTrace[] = [];
  for (const side of kase.sides) {
    const result = prescribeSide(assessment, side, rules);
    sides[side] = result.fields;
    for (const note of result.notes) if (!notes.includes(note)) notes.push(note);
    conflicts.push(...result.conflicts);
    pending.push(...result.pending);
    trace.push(result.trace);
  }
  const footwear = kase.intake.footwear;
  const rxFootwear: RxFootwear = {
    type: footwear?.type ?? 'other',
    ...(footwear === null ? {} : { heelHeightMm: footwear.heelHeightMm, removableInsole: footwear.removableInsole }),
    ...(footwear?.shoeSize
      ? { size: { system: footwear.shoeSize.system, size: footwear.shoeSize.size, width: footwear.shoeSize.width } }
      : {}),
  };
  const weight = kase.intake.profile.weightKg;
  const prescription: Prescription = {
    format: 'groundup-prescription',
    formatVersion: 1,
    revision: 1,
    caseRef: kase.caseRef,
    ...(weight === null ? {} : { bodyMassKg: weight }),
    footwear: rxFootwear,
    sides,
    notes,
  };
  if (pending.length > 0) return { kind: 'incomplete', draft: prescription, pending, conflicts, trace };
  return { kind: 'prescribed', prescription, conflicts, trace };
}

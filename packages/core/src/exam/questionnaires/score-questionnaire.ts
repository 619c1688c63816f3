import { findBand, type Band } from '../band-set.js';
import type {
  QuestionnaireDefinition,
  QuestionnaireId,
  QuestionnaireItem,
  ScaleDefinition,
} from './questionnaire-definition.js';

/** Answers by item id; absent or null means not answered (or N/A). */
export type QuestionnaireAnswers = Readonly<Record<string, number | null | undefined>>;

/** The score of one scale (the total or a subscale). */
export interface ScaleScore {
  readonly kind: 'ScaleScore';
  /** `total` or the subscale id. */
  readonly id: string;
  readonly name: string;
  readonly scorable: boolean;
  /** The score, or null when not scorable. Full precision; round only for display. */
  readonly score: number | null;
  readonly range: readonly [number, number];
  readonly unit: 'points' | 'percent';
  readonly higherIsWorse: boolean;
  readonly answeredItems: number;
  readonly totalItems: number;
  readonly missingItems: readonly string[];
  /** The band the score falls in, for scales with bands (ODI); else null. */
  readonly band: Band | null;
  /** Why the scale could not be scored, or null. */
  readonly notScorableReason: string | null;
}

/** An instrument scored: its total (if it has one) and subscales. */
export interface QuestionnaireScore {
  readonly kind: 'QuestionnaireScore';
  readonly instrument: QuestionnaireId;
  readonly version: string;
  /** The total is scorable, or, for an instrument with no total, at least one subscale is. */
  readonly scorable: boolean;
  /** The total score; null when not scorable or when the instrument has no total (KOOS, HOOS). */
  readonly score: number | null;
  readonly total: ScaleScore | null;
  readonly subscales: readonly ScaleScore[];
  /** Every unanswered item of the instrument, in item order. */
  readonly missingItems: readonly string[];
}

/**
 * Scores an instrument from its answers, applying each scale's published missing-item rule.
 *
 * Answers must already be valid (see `readQuestionnaireResponses`); unknown item ids are ignored.
 *
 * @param definition - the instrument
 * @param answers - answers by item id
 * @returns the total and subscale scores, each with its missing items and scorability
 * @see the instrument definitions for the scoring sources
 */
export function scoreQuestionnaire(
  definition: QuestionnaireDefinition,
  answers: QuestionnaireAnswers,
): QuestionnaireScore {
  const items = new Map(definition.items.map((item) => [item.id, item]));
  const total = definition.total === null ? null : scoreScale(definition.total, items, answers);
  const subscales = definition.subscales.map((scale) => scoreScale(scale, items, answers));
  return {
    kind: 'QuestionnaireScore',
    instrument: definition.id,
    version: definition.version,
    scorable: total === null ? subscales.some((s) => s.scorable) : total.scorable,
    score: total?.score ?? null,
    total,
    subscales,
    missingItems: definition.items.filter((item) => answerOf(answers, item.id) === null).map((item) => item.id),
  };
}

/**
 * Scores one scale.
 *
 * @param scale - the scale definition
 * @param items - the instrument's items by id
 * @param answers - answers by item id
 * @returns the scale score
 */
export function scoreScale(
  scale: ScaleDefinition,
  items: ReadonlyMap<string, QuestionnaireItem>,
  answers: QuestionnaireAnswers,
): ScaleScore {
  const answered: { item: QuestionnaireItem; value: number }[] = [];
  const missing: string[] = [];
  for (const id of scale.itemIds) {
    const item = items.get(id);
    const value = answerOf(answers, id);
    if (item === undefined || value === null) missing.push(id);
    else answered.push({ item, value });
  }
  const reason = notScorableReason(scale, answered.length, missing.length);
  const score = reason === null ? compute(scale, answered) : null;
  return {
    kind: 'ScaleScore',
    id: scale.id,
    name: scale.name,
    scorable: reason === null,
    score,
    range: scale.range,
    unit: scale.unit,
    higherIsWorse: scale.higherIsWorse,
    answeredItems: answered.length,
    totalItems: scale.itemIds.length,
    missingItems: missing,
    band: score === null || scale.bands === null ? null : findBand(scale.bands, score),
    notScorableReason: reason,
  };
}

function answerOf(answers: QuestionnaireAnswers, id: string): number | null {
  const value = Object.prototype.hasOwnProperty.call(answers, id) ? answers[id] : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function notScorableReason(scale: ScaleDefinition, answered: number, missing: number): string | null {
  if (answered === 0) return `No ${scale.name} item was answered.`;
  const rule = scale.missingRule;
  switch (rule.kind) {
    case 'no-missing-allowed':
      return missing === 0 ? null : `${missing} of ${scale.itemIds.length} items unanswered. ${rule.reason}`;
    case 'minimum-answered':
      return answered >= rule.minAnswered
        ? null
        : `${answered} of ${scale.itemIds.length} items answered; ${scale.name} needs at least ${rule.minAnswered}.`;
  }
}

function compute(scale: ScaleDefinition, answered: readonly { item: QuestionnaireItem; value: number }[]): number {
  const sum = answered.reduce((acc, { value }) => acc + value, 0);
  // 100 × n ÷ d, multiplied first so that exact percentages (e.g. 9 of 45 → 20 %) stay exact in floating point.
  const offset = answered.reduce((acc, { item, value }) => acc + (value - item.min), 0);
  const span = answered.reduce((acc, { item }) => acc + (item.max - item.min), 0);
  switch (scale.method) {
    case 'sum':
      return sum;
    case 'percent-of-answered-maximum':
      return (100 * offset) / span;
    case 'reversed-percent-of-answered-maximum':
      return 100 - (100 * offset) / span;
  }
}

import type { SourceRef } from '../../evidence/source-ref.js';
import { weakestVerification } from '../../evidence/source-ref.js';
import type { BandSet } from '../band-set.js';
import type {
  Mcid,
  MissingItemRule,
  QuestionnaireItem,
  ScaleDefinition,
  ScaleMethod,
} from './questionnaire-definition.js';

/** Options shared by a run of numbered items. */
export interface ItemRunOptions {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  readonly subscale?: string | null;
  readonly higherIsWorse: boolean;
}

/**
 * Makes items `prefix1 … prefixN` with labels `label 1 … label N`.
 *
 * @param prefix - id prefix, e.g. `adl`
 * @param count - how many
 * @param label - label prefix, e.g. `ADL item`
 * @param options - range, integer, subscale and direction
 * @returns the items
 */
export function numberedItems(
  prefix: string,
  count: number,
  label: string,
  options: ItemRunOptions,
): QuestionnaireItem[] {
  return Array.from({ length: count }, (_, index) => ({
    kind: 'QuestionnaireItem' as const,
    id: `${prefix}${index + 1}`,
    label: `${label} ${index + 1}`,
    text: null,
    min: options.min,
    max: options.max,
    integer: options.integer ?? true,
    subscale: options.subscale ?? null,
    higherIsWorse: options.higherIsWorse,
  }));
}

/**
 * Makes an MCID, its verification the weakest of its sources.
 *
 * @param points - change in points
 * @param percent - change in percent of baseline, or null
 * @param note - caveat, or null
 * @param sources - at least one
 * @returns the MCID
 */
export function mcid(
  points: number,
  percent: number | null,
  note: string | null,
  ...sources: [SourceRef, ...SourceRef[]]
): Mcid {
  return { kind: 'Mcid', points, percent, verification: weakestVerification(sources), sources, note };
}

/** The fields of a scale besides those derived from its items. */
export interface ScaleOptions {
  readonly id: string;
  readonly name: string;
  readonly method: ScaleMethod;
  readonly missingRule: MissingItemRule;
  readonly higherIsWorse: boolean;
  readonly bands?: BandSet | null;
  readonly mcid: Mcid | null;
  /** Overrides the unit that follows from the method (KOOS/HOOS are 0–100 points, not percentages). */
  readonly unit?: 'points' | 'percent';
}

/**
 * Makes a scale over some items; the range and unit follow from the method and the items.
 *
 * @param items - the scale's items
 * @param options - id, name, method, missing rule, direction, bands, MCID
 * @returns the scale
 */
export function scale(items: readonly QuestionnaireItem[], options: ScaleOptions): ScaleDefinition {
  const isSum = options.method === 'sum';
  const low = items.reduce((sum, item) => sum + item.min, 0);
  const high = items.reduce((sum, item) => sum + item.max, 0);
  return {
    kind: 'ScaleDefinition',
    id: options.id,
    name: options.name,
    itemIds: items.map((item) => item.id),
    method: options.method,
    missingRule: options.missingRule,
    range: isSum ? [low, high] : [0, 100],
    unit: options.unit ?? (isSum ? 'points' : 'percent'),
    higherIsWorse: options.higherIsWorse,
    bands: options.bands ?? null,
    mcid: options.mcid,
  };
}

/**
 * The rule for instruments whose missing-item rule is not in groundup's reference.
 *
 * @param instrument - the instrument's short name
 * @returns a `no-missing-allowed` rule saying why
 */
export function noPublishedMissingRule(instrument: string): MissingItemRule {
  return {
    kind: 'no-missing-allowed',
    reason: `groundup's reference gives no missing-item rule for the ${instrument}, so nothing is imputed: every item of the scale must be answered.`,
  };
}

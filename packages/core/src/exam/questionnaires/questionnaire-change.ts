import type { Mcid, QuestionnaireDefinition, ScaleDefinition } from './questionnaire-definition.js';
import type { QuestionnaireScore, ScaleScore } from './score-questionnaire.js';

/** Floating-point tolerance when comparing a change with an MCID (scores with missing items are inexact). */
const TOLERANCE = 1e-9;

/** Change of one scale from baseline to follow-up. */
export interface ScaleChange {
  readonly kind: 'ScaleChange';
  readonly id: string;
  readonly baseline: number | null;
  readonly followUp: number | null;
  /** Follow-up minus baseline, in the scale's unit; null unless both are scorable. */
  readonly change: number | null;
  /** Change as a percent of baseline; null when either is missing or baseline is 0. */
  readonly changePct: number | null;
  /** Improved, worsened or unchanged, taking the score direction into account; null without a change. */
  readonly direction: 'improved' | 'worsened' | 'unchanged' | null;
  readonly mcid: Mcid | null;
  /**
   * Whether the change, in either direction, reaches the MCID: |change| ≥ points, or |changePct| ≥ percent
   * where the MCID has a percent rule. Null when there is no change or no MCID.
   */
  readonly clinicallyImportant: boolean | null;
}

/** Change of an instrument from baseline to follow-up. */
export interface QuestionnaireChange {
  readonly kind: 'QuestionnaireChange';
  readonly instrument: string;
  readonly total: ScaleChange | null;
  readonly subscales: readonly ScaleChange[];
}

/**
 * Compares a follow-up with a baseline of the same instrument: change as points and percent,
 * direction and clinical importance against the MCID of each scale.
 *
 * @param definition - the instrument
 * @param baseline - the baseline score
 * @param followUp - the later score
 * @returns the change of the total and of each subscale
 * @see each scale's `mcid` for the source of its threshold (Ostelo 2008 30 % rule for the back scales)
 */
export function compareQuestionnaireScores(
  definition: QuestionnaireDefinition,
  baseline: QuestionnaireScore,
  followUp: QuestionnaireScore,
): QuestionnaireChange {
  return {
    kind: 'QuestionnaireChange',
    instrument: definition.id,
    total: definition.total === null ? null : scaleChange(definition.total, baseline.total, followUp.total),
    subscales: definition.subscales.map((scale) =>
      scaleChange(
        scale,
        baseline.subscales.find((s) => s.id === scale.id) ?? null,
        followUp.subscales.find((s) => s.id === scale.id) ?? null,
      ),
    ),
  };
}

/**
 * Change of one scale.
 *
 * @param scale - the scale definition (direction, MCID)
 * @param baseline - its baseline score, or null
 * @param followUp - its follow-up score, or null
 * @returns the change
 */
export function scaleChange(
  scale: ScaleDefinition,
  baseline: ScaleScore | null,
  followUp: ScaleScore | null,
): ScaleChange {
  const before = baseline?.score ?? null;
  const after = followUp?.score ?? null;
  if (before === null || after === null) {
    return {
      kind: 'ScaleChange',
      id: scale.id,
      baseline: before,
      followUp: after,
      change: null,
      changePct: null,
      direction: null,
      mcid: scale.mcid,
      clinicallyImportant: null,
    };
  }
  const change = after - before;
  const changePct = before === 0 ? null : (100 * change) / Math.abs(before);
  const improvement = scale.higherIsWorse ? -change : change;
  const direction = improvement > TOLERANCE ? 'improved' : improvement < -TOLERANCE ? 'worsened' : 'unchanged';
  return {
    kind: 'ScaleChange',
    id: scale.id,
    baseline: before,
    followUp: after,
    change,
    changePct,
    direction,
    mcid: scale.mcid,
    clinicallyImportant: scale.mcid === null ? null : reachesMcid(scale.mcid, change, changePct),
  };
}

function reachesMcid(mcid: Mcid, change: number, changePct: number | null): boolean {
  if (Math.abs(change) >= mcid.points - TOLERANCE) return true;
  return mcid.percent !== null && changePct !== null && Math.abs(changePct) >= mcid.percent - TOLERANCE;
}

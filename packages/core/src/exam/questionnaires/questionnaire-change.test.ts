import { describe, expect, it } from 'vitest';
import { KOOS } from './koos.js';
import { LEFS } from './lefs.js';
import { NRS_PAIN } from './nrs-pain.js';
import { ODI } from './odi.js';
import type { QuestionnaireDefinition } from './questionnaire-definition.js';
import { compareQuestionnaireScores } from './questionnaire-change.js';
import { scoreQuestionnaire, type QuestionnaireAnswers } from './score-questionnaire.js';

function all(definition: QuestionnaireDefinition, value: number): QuestionnaireAnswers {
  return Object.fromEntries(definition.items.map((item) => [item.id, value]));
}

/** ODI answers summing to `sum` over all ten sections (score = 2 × sum %). */
function odiWithSum(sum: number): QuestionnaireAnswers {
  const values = ODI.items.map((_, index) => Math.min(5, Math.max(0, sum - 5 * index)));
  return Object.fromEntries(ODI.items.map((item, index) => [item.id, values[index] ?? 0]));
}

function change(definition: QuestionnaireDefinition, before: QuestionnaireAnswers, after: QuestionnaireAnswers) {
  return compareQuestionnaireScores(
    definition,
    scoreQuestionnaire(definition, before),
    scoreQuestionnaire(definition, after),
  );
}

describe('compareQuestionnaireScores', () => {
  it('reports an ODI fall of 12 points from 50 % as a clinically important improvement', () => {
    // 50 % → 38 %: change −12 points, −24 % of baseline; 12 ≥ 10-point MIC (Ostelo 2008).
    const total = change(ODI, odiWithSum(25), odiWithSum(19)).total;
    expect(total).toMatchObject({
      baseline: 50,
      followUp: 38,
      change: -12,
      direction: 'improved',
      clinicallyImportant: true,
    });
    expect(total?.changePct).toBeCloseTo(-24, 10);
  });

  it('applies the 30 % rule: an ODI fall from 20 % to 14 % is important although only 6 points', () => {
    // −6 points is −30 % of 20 → important by the percent rule.
    const total = change(ODI, odiWithSum(10), odiWithSum(7)).total;
    expect(total?.change).toBe(-6);
    expect(total?.changePct).toBeCloseTo(-30, 10);
    expect(total?.clinicallyImportant).toBe(true);
  });

  it('does not call an ODI fall of 8 points from 40 % (−20 %) clinically important', () => {
    const total = change(ODI, odiWithSum(20), odiWithSum(16)).total;
    expect(total).toMatchObject({ change: -8, changePct: -20, direction: 'improved', clinicallyImportant: false });
  });

  it('reads a rise on a higher-is-better scale as improvement (LEFS +9 reaches the MCID of 9)', () => {
    const before = { ...all(LEFS, 2) };
    const after = { ...before, q1: 4, q2: 4, q3: 4, q4: 4, q5: 3 };
    // 40 → 49: +9 points = MCID 9 (Binkley 1999).
    const total = change(LEFS, before, after).total;
    expect(total).toMatchObject({
      baseline: 40,
      followUp: 49,
      change: 9,
      direction: 'improved',
      clinicallyImportant: true,
    });
    expect(total?.changePct).toBeCloseTo(22.5, 10);
  });

  it('flags a worsening that reaches the MCID and says it worsened', () => {
    const total = change(NRS_PAIN, { pain: 3 }, { pain: 6 }).total;
    expect(total).toMatchObject({ change: 3, changePct: 100, direction: 'worsened', clinicallyImportant: true });
  });

  it('gives no percent change from a baseline of 0, and unchanged for no change', () => {
    expect(change(NRS_PAIN, { pain: 0 }, { pain: 1 }).total).toMatchObject({
      changePct: null,
      clinicallyImportant: false,
    });
    expect(change(NRS_PAIN, { pain: 4 }, { pain: 4 }).total).toMatchObject({ change: 0, direction: 'unchanged' });
  });

  it('gives no change when either score is not scorable', () => {
    expect(change(NRS_PAIN, {}, { pain: 4 }).total).toMatchObject({
      baseline: null,
      followUp: 4,
      change: null,
      changePct: null,
      direction: null,
      clinicallyImportant: null,
    });
  });

  it('compares KOOS per subscale and has no total change', () => {
    const result = change(KOOS, all(KOOS, 2), { ...all(KOOS, 2), p1: 0, p2: 0, p3: 0, p4: 0, p5: 1 });
    expect(result.total).toBeNull();
    const pain = result.subscales.find((s) => s.id === 'pain');
    // Pain sum 18 → 9: 100 − 18/36×100 = 50 → 75; +25 ≥ 10 (upper end of the quoted 8–10, unverified).
    expect(pain).toMatchObject({
      baseline: 50,
      followUp: 75,
      change: 25,
      direction: 'improved',
      clinicallyImportant: true,
    });
    expect(pain?.mcid?.verification).toBe('unverified');
    expect(result.subscales.find((s) => s.id === 'symptoms')).toMatchObject({ change: 0, clinicallyImportant: false });
  });
});

import { describe, expect, it } from 'vitest';
import { findBand } from '../band-set.js';
import { FAAM_ADL, FAAM_SPORTS } from './faam.js';
import { FFI } from './ffi.js';
import { HOOS } from './hoos.js';
import { KOOS } from './koos.js';
import { LEFS } from './lefs.js';
import { NRS_PAIN } from './nrs-pain.js';
import { ODI, ODI_BANDS } from './odi.js';
import type { QuestionnaireDefinition } from './questionnaire-definition.js';
import { RMDQ } from './rmdq.js';
import { scoreQuestionnaire, type QuestionnaireAnswers } from './score-questionnaire.js';

/** Answers every item of a definition with one value. */
function all(definition: QuestionnaireDefinition, value: number): QuestionnaireAnswers {
  return Object.fromEntries(definition.items.map((item) => [item.id, value]));
}

/** Answers items in order from a list (null = unanswered). */
function list(definition: QuestionnaireDefinition, values: readonly (number | null)[]): QuestionnaireAnswers {
  return Object.fromEntries(definition.items.map((item, index) => [item.id, values[index] ?? null]));
}

function subscale(definition: QuestionnaireDefinition, answers: QuestionnaireAnswers, id: string) {
  return scoreQuestionnaire(definition, answers).subscales.find((s) => s.id === id);
}

describe('ODI 2.1a', () => {
  it('scores all zero as 0 % (minimal) and all five as 100 % (bed-bound)', () => {
    expect(scoreQuestionnaire(ODI, all(ODI, 0))).toMatchObject({ scorable: true, score: 0 });
    expect(scoreQuestionnaire(ODI, all(ODI, 0)).total?.band?.id).toBe('minimal');
    expect(scoreQuestionnaire(ODI, all(ODI, 5)).score).toBe(100);
    expect(scoreQuestionnaire(ODI, all(ODI, 5)).total?.band?.id).toBe('bed-bound-or-exaggerating');
  });

  it('scores a complete form as sum ÷ 50 × 100', () => {
    // 3+2+1+3+2+2+1+0+2+1 = 17; 17 ÷ (5 × 10) × 100 = 34 % → moderate (21–40).
    const score = scoreQuestionnaire(ODI, list(ODI, [3, 2, 1, 3, 2, 2, 1, 0, 2, 1]));
    expect(score.score).toBe(34);
    expect(score.total?.band?.id).toBe('moderate');
  });

  it('lowers the denominator by 5 for each missing section', () => {
    // Sex life missing: 3+2+1+3+2+2+1+2+1 = 17; 17 ÷ (5 × 9) × 100 = 37.78 %.
    const score = scoreQuestionnaire(ODI, list(ODI, [3, 2, 1, 3, 2, 2, 1, null, 2, 1]));
    expect(score.score).toBeCloseTo((17 / 45) * 100, 10);
    expect(score.missingItems).toEqual(['sex-life']);
    expect(score.total?.answeredItems).toBe(9);
    // Nine sections summing to 9: 9 ÷ 45 × 100 = exactly 20 % → still minimal (no floating-point drift).
    const edge = scoreQuestionnaire(ODI, list(ODI, [1, 1, 1, 1, 1, 1, 1, null, 1, 1]));
    expect(edge.score).toBe(20);
    expect(edge.total?.band?.id).toBe('minimal');
  });

  it('is not scorable with every section missing', () => {
    const score = scoreQuestionnaire(ODI, {});
    expect(score).toMatchObject({ scorable: false, score: null });
    expect(score.total?.notScorableReason).toMatch(/No ODI item was answered/);
  });

  it('bands every boundary value: 20/21, 40/41, 60/61, 80/81, and between the whole percentages', () => {
    const cases: [number, string][] = [
      [0, 'minimal'],
      [20, 'minimal'],
      [20.5, 'moderate'],
      [21, 'moderate'],
      [40, 'moderate'],
      [41, 'severe'],
      [60, 'severe'],
      [61, 'crippled'],
      [80, 'crippled'],
      [81, 'bed-bound-or-exaggerating'],
      [100, 'bed-bound-or-exaggerating'],
    ];
    for (const [score, band] of cases) expect(findBand(ODI_BANDS, score)?.id, String(score)).toBe(band);
    expect(findBand(ODI_BANDS, -0.1)).toBeNull();
    expect(findBand(ODI_BANDS, 100.1)).toBeNull();
  });

  it('reaches the band boundaries through real forms: sum 10 → 20 %, sum 11 → 22 %', () => {
    expect(scoreQuestionnaire(ODI, list(ODI, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1])).total?.band?.id).toBe('minimal');
    expect(scoreQuestionnaire(ODI, list(ODI, [2, 1, 1, 1, 1, 1, 1, 1, 1, 1])).total?.band?.id).toBe('moderate');
    // 20 ÷ 50 = 40 % moderate; 21 ÷ 50 = 42 % severe.
    expect(scoreQuestionnaire(ODI, list(ODI, [2, 2, 2, 2, 2, 2, 2, 2, 2, 2])).total?.band?.id).toBe('moderate');
    expect(scoreQuestionnaire(ODI, list(ODI, [3, 2, 2, 2, 2, 2, 2, 2, 2, 2])).total?.band?.id).toBe('severe');
  });
});

describe('RMDQ', () => {
  it('counts the yes answers, 0 to 24', () => {
    // Yes to statements 1, 2, 5, 9, 13, 17, 24 → 7.
    const yes = new Set([1, 2, 5, 9, 13, 17, 24]);
    const answers = list(
      RMDQ,
      Array.from({ length: 24 }, (_, i) => (yes.has(i + 1) ? 1 : 0)),
    );
    expect(scoreQuestionnaire(RMDQ, answers).score).toBe(7);
    expect(scoreQuestionnaire(RMDQ, all(RMDQ, 0)).score).toBe(0);
    expect(scoreQuestionnaire(RMDQ, all(RMDQ, 1)).score).toBe(24);
  });

  it('is not scorable with a statement unanswered (no missing-item rule is published in the reference)', () => {
    const score = scoreQuestionnaire(RMDQ, { ...all(RMDQ, 1), q12: null });
    expect(score).toMatchObject({ scorable: false, score: null, missingItems: ['q12'] });
  });
});

describe('NRS pain', () => {
  it('is the single rating, and needs it', () => {
    expect(scoreQuestionnaire(NRS_PAIN, { pain: 6 }).score).toBe(6);
    expect(scoreQuestionnaire(NRS_PAIN, { pain: 0 }).score).toBe(0);
    expect(scoreQuestionnaire(NRS_PAIN, { pain: 10 }).score).toBe(10);
    expect(scoreQuestionnaire(NRS_PAIN, { pain: null }).scorable).toBe(false);
  });
});

describe('FFI', () => {
  it('scores the total as sum ÷ 230 × 100 and each subscale over its own maximum', () => {
    // Pain 9 items: 5+6+4+7+3+5+6+2+4 = 42 → 42 ÷ 90 × 100 = 46.67.
    // Disability 9 items: 3+3+2+4+1+0+2+3+2 = 20 → 20 ÷ 90 × 100 = 22.22.
    // Activity 5 items: 1+0+2+0+1 = 4 → 4 ÷ 50 × 100 = 8.
    // Total: 66 ÷ 230 × 100 = 28.70.
    const answers = list(FFI, [5, 6, 4, 7, 3, 5, 6, 2, 4, 3, 3, 2, 4, 1, 0, 2, 3, 2, 1, 0, 2, 0, 1]);
    const score = scoreQuestionnaire(FFI, answers);
    expect(score.score).toBeCloseTo((66 / 230) * 100, 10);
    expect(subscale(FFI, answers, 'pain')?.score).toBeCloseTo((42 / 90) * 100, 10);
    expect(subscale(FFI, answers, 'disability')?.score).toBeCloseTo((20 / 90) * 100, 10);
    expect(subscale(FFI, answers, 'activity-limitation')?.score).toBe(8);
  });

  it('leaves unanswered (not applicable) items out of the maximum, and accepts VAS decimals', () => {
    // Pain items 1–8 answered (sum 4.5 × 8 = 36), item 9 N/A: 36 ÷ 80 × 100 = 45.
    const answers: QuestionnaireAnswers = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`p${i + 1}`, 4.5]));
    expect(subscale(FFI, answers, 'pain')?.score).toBeCloseTo(45, 10);
    expect(subscale(FFI, answers, 'disability')?.scorable).toBe(false);
    expect(scoreQuestionnaire(FFI, answers).score).toBeCloseTo(45, 10);
  });

  it('scores all zero as 0 and all ten as 100, and is not scorable with nothing answered', () => {
    expect(scoreQuestionnaire(FFI, all(FFI, 0)).score).toBe(0);
    expect(scoreQuestionnaire(FFI, all(FFI, 10)).score).toBe(100);
    expect(scoreQuestionnaire(FFI, {}).scorable).toBe(false);
  });
});

describe('FAAM', () => {
  it('scores ADL as the percent of the answered maximum, higher is better', () => {
    // 21 items all 4 → 84 ÷ 84 = 100 %; all 0 → 0 %.
    expect(scoreQuestionnaire(FAAM_ADL, all(FAAM_ADL, 4)).score).toBe(100);
    expect(scoreQuestionnaire(FAAM_ADL, all(FAAM_ADL, 0)).score).toBe(0);
    // 19 answered, all 3, two N/A: 57 ÷ (4 × 19) × 100 = 75 %.
    const answers = { ...all(FAAM_ADL, 3), adl20: null, adl21: null };
    expect(scoreQuestionnaire(FAAM_ADL, answers)).toMatchObject({ scorable: true, score: 75 });
  });

  it('scores ADL only with at least 19 of 21 items answered', () => {
    const answers = { ...all(FAAM_ADL, 3), adl19: null, adl20: null, adl21: null };
    const score = scoreQuestionnaire(FAAM_ADL, answers);
    expect(score).toMatchObject({ scorable: false, score: null });
    expect(score.total?.notScorableReason).toMatch(/18 of 21 items answered; FAAM ADL needs at least 19/);
  });

  it('scores Sports with 7 of 8 answered and not with 6', () => {
    // 7 answered: 4+3+3+2+2+1+1 = 16; 16 ÷ 28 × 100 = 57.14 %.
    const seven = scoreQuestionnaire(FAAM_SPORTS, list(FAAM_SPORTS, [4, 3, 3, 2, 2, 1, 1, null]));
    expect(seven.score).toBeCloseTo((16 / 28) * 100, 10);
    expect(scoreQuestionnaire(FAAM_SPORTS, list(FAAM_SPORTS, [4, 3, 3, 2, 2, 1, null, null])).scorable).toBe(false);
  });
});

describe('LEFS', () => {
  it('sums 20 items, 0 to 80, and needs every item', () => {
    // 10 items at 4 and 10 at 2: 40 + 20 = 60.
    const answers = list(LEFS, [...Array<number>(10).fill(4), ...Array<number>(10).fill(2)]);
    expect(scoreQuestionnaire(LEFS, answers).score).toBe(60);
    expect(scoreQuestionnaire(LEFS, all(LEFS, 0)).score).toBe(0);
    expect(scoreQuestionnaire(LEFS, all(LEFS, 4)).score).toBe(80);
    expect(scoreQuestionnaire(LEFS, { ...answers, q20: null }).scorable).toBe(false);
  });
});

describe('KOOS', () => {
  it('scores each subscale as 100 − mean × 25 and has no total', () => {
    // Pain 9 items 1,2,1,0,2,1,1,0,1: sum 9, mean 1 → 100 − 25 = 75.
    const answers = { ...all(KOOS, 0), p1: 1, p2: 2, p3: 1, p4: 0, p5: 2, p6: 1, p7: 1, p8: 0, p9: 1 };
    const score = scoreQuestionnaire(KOOS, answers);
    expect(score.score).toBeNull();
    expect(score.total).toBeNull();
    expect(score.scorable).toBe(true);
    expect(subscale(KOOS, answers, 'pain')?.score).toBe(75);
    expect(subscale(KOOS, answers, 'symptoms')?.score).toBe(100);
  });

  it('gives 100 for no problems and 0 for extreme problems on every subscale', () => {
    for (const s of scoreQuestionnaire(KOOS, all(KOOS, 0)).subscales) expect(s.score, s.id).toBe(100);
    for (const s of scoreQuestionnaire(KOOS, all(KOOS, 4)).subscales) expect(s.score, s.id).toBe(0);
  });

  it('leaves a subscale with a missing item unscored and scores the others', () => {
    const score = scoreQuestionnaire(KOOS, { ...all(KOOS, 2), s3: null });
    expect(score.subscales.find((s) => s.id === 'symptoms')).toMatchObject({ scorable: false, score: null });
    expect(score.subscales.filter((s) => s.scorable)).toHaveLength(4);
    expect(scoreQuestionnaire(KOOS, {}).scorable).toBe(false);
  });
});

describe('HOOS', () => {
  it('has the published subscale sizes and scores like KOOS', () => {
    expect(HOOS.subscales.map((s) => [s.id, s.itemIds.length])).toEqual([
      ['pain', 10],
      ['symptoms', 5],
      ['adl', 17],
      ['sport-rec', 4],
      ['qol', 4],
    ]);
    // Pain 10 items all 2: mean 2 → 100 − 50 = 50. Sport/Rec all 4 → 0.
    const answers = { ...all(HOOS, 2), sp1: 4, sp2: 4, sp3: 4, sp4: 4 };
    expect(subscale(HOOS, answers, 'pain')?.score).toBe(50);
    expect(subscale(HOOS, answers, 'sport-rec')?.score).toBe(0);
  });
});

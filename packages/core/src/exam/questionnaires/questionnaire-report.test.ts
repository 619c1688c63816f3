import { describe, expect, it } from 'vitest';
import { KOOS } from './koos.js';
import { ODI } from './odi.js';
import { buildQuestionnaireReport } from './questionnaire-report.js';
import { scoreQuestionnaire } from './score-questionnaire.js';

describe('buildQuestionnaireReport', () => {
  const odi = (values: number[]) =>
    scoreQuestionnaire(ODI, Object.fromEntries(ODI.items.map((item, i) => [item.id, values[i] ?? null])));

  it('gives the score, range, direction, band with its source, and missing items', () => {
    const report = buildQuestionnaireReport(ODI, odi([3, 2, 1, 3, 2, 2, 1, 0, 2, 1]));
    expect(report).toMatchObject({
      instrument: 'odi',
      version: '2.1a',
      scorable: true,
      score: 34,
      unit: 'percent',
      range: [0, 100],
      higherIsWorse: true,
      band: {
        id: 'moderate',
        sources: [expect.objectContaining({ id: 'fairbank-pynsent-2000', verification: 'secondary' })],
      },
      missingItems: [],
    });
    expect(report).not.toHaveProperty('change');
    expect(report).not.toHaveProperty('subscales');
  });

  it('adds change, percent change, MCID with its source, and clinical importance with a baseline', () => {
    const report = buildQuestionnaireReport(
      ODI,
      odi([2, 2, 1, 2, 2, 1, 1, 0, 1, 1]),
      odi([3, 2, 1, 3, 2, 2, 1, 0, 2, 1]),
    );
    // 34 % → 26 %: −8 points, −23.5 %: below 10 points and 30 % → not important.
    expect(report.change).toBe(-8);
    expect(report.changePct).toBeCloseTo((-8 / 34) * 100, 10);
    expect(report.clinicallyImportant).toBe(false);
    expect(report.mcid).toMatchObject({ points: 10, percent: 30, verification: 'primary' });
    expect(report.mcid?.sources[0]?.citation).toMatch(/^Ostelo RWJG et al\. 2008\./);
  });

  it('reports KOOS by subscale, with no total score', () => {
    const answers = Object.fromEntries(KOOS.items.map((item) => [item.id, 1]));
    const report = buildQuestionnaireReport(KOOS, scoreQuestionnaire(KOOS, answers), scoreQuestionnaire(KOOS, answers));
    expect(report.score).toBeNull();
    expect(report.scorable).toBe(true);
    expect(report.change).toBeNull();
    expect(report.subscales?.map((s) => [s.id, s.score, s.change])).toEqual([
      ['pain', 75, 0],
      ['symptoms', 75, 0],
      ['adl', 75, 0],
      ['sport-rec', 75, 0],
      ['qol', 75, 0],
    ]);
  });
});

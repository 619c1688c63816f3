import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOrthoticOnlyPlanAllowed } from './orthotic-plan-gate.js';
import { RED_FLAG_CATEGORIES, RED_FLAG_QUESTIONS, type RedFlagOutcome } from './red-flag-questions.js';
import { readRedFlagAnswers, screenRedFlags, type RedFlagAnswers } from './red-flag-screen.js';

/** Every question answered no, then the given ids yes. */
function answered(...yes: string[]): RedFlagAnswers {
  return Object.fromEntries(RED_FLAG_QUESTIONS.map((q) => [q.id, yes.includes(q.id) ? 'yes' : 'no']));
}

describe('screenRedFlags', () => {
  const cases: [string, string[], RedFlagOutcome][] = [
    ['nothing positive', [], 'none'],
    ['new bladder dysfunction (cauda equina)', ['ces-bladder'], 'emergency-same-day'],
    [
      'saddle numbness with bilateral sciatica',
      ['ces-saddle-numbness', 'ces-bilateral-sciatica'],
      'emergency-same-day',
    ],
    ['past cancer', ['cancer-history'], 'urgent'],
    ['fever (infection)', ['infection-fever'], 'urgent'],
    ['minor trauma with osteoporosis (fracture)', ['fracture-minor-trauma-risk'], 'refer-routine'],
    ['gait disturbance (neurological)', ['neuro-gait'], 'refer-routine'],
    ['a fracture flag and a cauda equina flag', ['fracture-major-trauma', 'ces-bowel'], 'emergency-same-day'],
    ['an infection flag and a neurological flag', ['infection-iv-drugs', 'neuro-deficit'], 'urgent'],
  ];

  it.each(cases)('gives the right outcome for %s', (_name, yes, outcome) => {
    const result = screenRedFlags(answered(...yes));
    expect(result.outcome).toBe(outcome);
    expect(result.complete).toBe(true);
    expect(result.findings.map((f) => f.questionId).sort()).toEqual([...yes].sort());
  });

  it('sends a possible cauda equina syndrome to A&E the same day, in words for both audiences', () => {
    const result = screenRedFlags(answered('ces-bladder'));
    expect(result.clinicianMessage).toMatch(/A&E the same day/);
    expect(result.patientMessage).toMatch(/emergency department \(A&E\) today/);
    expect(result.sources.map((ref) => ref.source)).toContain('bass-2018-cauda-equina');
  });

  it('says what is missing when the screen is incomplete and nothing is positive', () => {
    const { 'ces-bowel': _omit, ...rest } = answered();
    const result = screenRedFlags(rest);
    expect(result).toMatchObject({ outcome: 'none', complete: false, unanswered: ['ces-bowel'] });
    expect(result.clinicianMessage).toMatch(/1 question\(s\) unanswered/);
  });

  it('gives the most urgent outcome of the positive answers, whatever they are', () => {
    const rank = (o: RedFlagOutcome) => ['none', 'refer-routine', 'urgent', 'emergency-same-day'].indexOf(o);
    fc.assert(
      fc.property(fc.subarray(RED_FLAG_QUESTIONS.map((q) => q.id)), (yes) => {
        const result = screenRedFlags(answered(...yes));
        const expected = yes
          .map((id) => RED_FLAG_CATEGORIES.find((c) => c.id === RED_FLAG_QUESTIONS.find((q) => q.id === id)?.category))
          .reduce((worst, category) => Math.max(worst, rank(category?.outcome ?? 'none')), 0);
        expect(rank(result.outcome)).toBe(expected);
      }),
    );
  });
});

describe('readRedFlagAnswers', () => {
  it('rejects unknown questions and answers other than yes, no or null', () => {
    const read = readRedFlagAnswers({ 'ces-bladder': 'maybe', 'not-a-question': 'yes', 'ces-bowel': null });
    expect(read.issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      'ces-bladder:invalid_value',
      'not-a-question:unknown_question',
    ]);
  });

  it('rejects answers that contradict the age or each other', () => {
    const codes = (input: RedFlagAnswers, ageYears: number | null) =>
      readRedFlagAnswers(input, { ageYears }).issues.map((i) => `${i.path}:${i.code}`);
    expect(codes({ 'cancer-age-under-20': 'yes' }, 45)).toEqual(['cancer-age-under-20:contradictory']);
    expect(codes({ 'cancer-age-under-20': 'no' }, 17)).toEqual(['cancer-age-under-20:contradictory']);
    expect(codes({ 'cancer-age-over-50': 'yes' }, 50)).toEqual(['cancer-age-over-50:contradictory']);
    expect(codes({ 'cancer-age-over-50': 'yes' }, 51)).toEqual([]);
    expect(codes({ 'cancer-age-over-50': 'yes', 'cancer-age-under-20': 'yes' }, null)).toEqual([
      'cancer-age-under-20:contradictory',
    ]);
  });

  it('never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.option(fc.integer({ min: 0, max: 120 })),
        (value, age) => void readRedFlagAnswers(value, { ageYears: age }),
      ),
    );
  });
});

describe('checkOrthoticOnlyPlanAllowed', () => {
  const clearance = { kind: 'MedicalClearance', reviewedOn: '2026-01-10', note: 'GP: no fracture' } as const;
  const codes = (yes: string[], withClearance = false) =>
    checkOrthoticOnlyPlanAllowed(screenRedFlags(answered(...yes)), withClearance ? clearance : null).map((i) => i.code);

  it('refuses an orthotic-only plan after an emergency or urgent screen, even with a clearance', () => {
    expect(codes(['ces-saddle-numbness'])).toEqual(['red_flag_emergency']);
    expect(codes(['ces-saddle-numbness'], true)).toEqual(['red_flag_emergency']);
    expect(codes(['cancer-weight-loss'])).toEqual(['red_flag_urgent']);
    expect(codes(['cancer-weight-loss'], true)).toEqual(['red_flag_urgent']);
  });

  it('refuses after a routine referral until a medical clearance is recorded', () => {
    expect(codes(['fracture-deformity'])).toEqual(['red_flag_referral']);
    expect(codes(['fracture-deformity'], true)).toEqual([]);
  });

  it('allows a plan after a complete clear screen, and refuses with no screen or an incomplete one', () => {
    expect(codes([])).toEqual([]);
    expect(checkOrthoticOnlyPlanAllowed(null).map((i) => i.code)).toEqual(['red_flag_screen_missing']);
    expect(checkOrthoticOnlyPlanAllowed(screenRedFlags({ 'ces-bladder': 'no' })).map((i) => i.code)).toEqual([
      'red_flag_screen_incomplete',
    ]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuestionnaireDefinition, ScaleDefinition } from './questionnaire-definition.js';
import { QUESTIONNAIRES } from './questionnaires.js';
import { scoreQuestionnaire, type QuestionnaireAnswers, type ScaleScore } from './score-questionnaire.js';

/** Random answers for every item: a valid value or unanswered (null). */
function answersFor(definition: QuestionnaireDefinition, missingRate: number): fc.Arbitrary<QuestionnaireAnswers> {
  const entries = definition.items.map((item) => {
    const value = item.integer
      ? fc.integer({ min: item.min, max: item.max })
      : fc.double({ min: item.min, max: item.max, noNaN: true });
    return fc.tuple(
      fc.constant(item.id),
      fc.oneof({ weight: 100 - missingRate, arbitrary: value }, { weight: missingRate, arbitrary: fc.constant(null) }),
    );
  });
  return fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs));
}

function scales(definition: QuestionnaireDefinition): ScaleDefinition[] {
  return [...(definition.total === null ? [] : [definition.total]), ...definition.subscales];
}

function scaleScore(definition: QuestionnaireDefinition, answers: QuestionnaireAnswers, id: string): ScaleScore {
  const score = scoreQuestionnaire(definition, answers);
  const found = id === 'total' ? score.total : score.subscales.find((s) => s.id === id);
  if (found === null || found === undefined) throw new Error(`no scale ${id}`);
  return found;
}

describe.each(QUESTIONNAIRES.map((definition) => [definition.id, definition] as const))('%s', (_id, definition) => {
  it('always scores within the range of each scale, or says it cannot', () => {
    fc.assert(
      fc.property(answersFor(definition, 10), (answers) => {
        for (const scale of scales(definition)) {
          const s = scaleScore(definition, answers, scale.id);
          if (s.score === null) {
            expect(s.scorable).toBe(false);
            continue;
          }
          expect(s.score).toBeGreaterThanOrEqual(scale.range[0] - 1e-9);
          expect(s.score).toBeLessThanOrEqual(scale.range[1] + 1e-9);
        }
      }),
    );
  });

  it('applies the missing-item rule exactly: scorable if and only if enough items are answered', () => {
    fc.assert(
      fc.property(answersFor(definition, 30), (answers) => {
        for (const scale of scales(definition)) {
          const s = scaleScore(definition, answers, scale.id);
          const answered = scale.itemIds.filter((id) => typeof answers[id] === 'number').length;
          const rule = scale.missingRule;
          const expected =
            answered > 0 &&
            (rule.kind === 'no-missing-allowed' ? answered === scale.itemIds.length : answered >= rule.minAnswered);
          expect(s.scorable, `${scale.id}: ${answered} answered`).toBe(expected);
          expect(s.missingItems).toHaveLength(scale.itemIds.length - answered);
        }
      }),
    );
  });

  it('moves each scale in the direction of any item raised, and never the other way', () => {
    fc.assert(
      fc.property(answersFor(definition, 5), fc.nat(), (answers, pick) => {
        const answeredIds = definition.items.filter((item) => typeof answers[item.id] === 'number');
        const item = answeredIds[pick % Math.max(1, answeredIds.length)];
        if (item === undefined) return;
        const before = answers[item.id] as number;
        const step = item.integer ? 1 : 0.5;
        if (before + step > item.max) return;
        const raised = { ...answers, [item.id]: before + step };
        for (const scale of scales(definition)) {
          if (!scale.itemIds.includes(item.id)) continue;
          const a = scaleScore(definition, answers, scale.id).score;
          const b = scaleScore(definition, raised, scale.id).score;
          if (a === null || b === null) continue;
          const sameDirection = item.higherIsWorse === scale.higherIsWorse;
          if (sameDirection) expect(b).toBeGreaterThan(a - 1e-9);
          else expect(b).toBeLessThan(a + 1e-9);
          expect(b).not.toBeCloseTo(a, 12);
        }
      }),
    );
  });
});

describe('every instrument definition', () => {
  it('has unique item ids, items in its scales, and whole-number ranges that make sense', () => {
    for (const definition of QUESTIONNAIRES) {
      const ids = definition.items.map((item) => item.id);
      expect(new Set(ids).size, definition.id).toBe(ids.length);
      for (const scale of scales(definition)) {
        for (const id of scale.itemIds) expect(ids, `${definition.id}.${scale.id}`).toContain(id);
        expect(scale.range[0], definition.id).toBeLessThan(scale.range[1]);
      }
      for (const item of definition.items) expect(item.min, `${definition.id}.${item.id}`).toBeLessThan(item.max);
      if (definition.subscales.length > 0) {
        for (const item of definition.items) expect(item.subscale, `${definition.id}.${item.id}`).not.toBeNull();
      }
    }
  });

  it('ships no item wording for licensed instruments', () => {
    for (const definition of QUESTIONNAIRES.filter((d) => d.licence.kind === 'licensed')) {
      for (const item of definition.items) expect(item.text, `${definition.id}.${item.id}`).toBeNull();
    }
    expect(QUESTIONNAIRES.filter((d) => d.licence.kind === 'licensed').map((d) => d.id)).toEqual([
      'odi',
      'rmdq',
      'ffi',
      'faam-adl',
      'faam-sports',
    ]);
  });

  it('has the published item counts of the reference', () => {
    const counts = Object.fromEntries(QUESTIONNAIRES.map((d) => [d.id, d.items.length]));
    expect(counts).toEqual({
      nrs: 1,
      odi: 10,
      rmdq: 24,
      ffi: 23,
      'faam-adl': 21,
      'faam-sports': 8,
      lefs: 20,
      koos: 42,
      hoos: 40,
    });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBand, inBand } from './band-set.js';
import {
  FPI6_BANDS,
  FPI6_ITEMS,
  FPI6_RESEARCH_CLASSES,
  readFpi6Scores,
  scoreFpi6,
  type Fpi6Scores,
} from './foot-posture-index.js';

function scores(values: readonly number[]): Fpi6Scores {
  return Object.fromEntries(FPI6_ITEMS.map((item, index) => [item.id, values[index] ?? 0])) as Fpi6Scores;
}

describe('FPI-6 bands', () => {
  it('put every boundary total in the manual band (−12…−5, −4…−1, 0…+5, +6…+9, +10…+12)', () => {
    const expected: [number, string][] = [
      [-12, 'highly-supinated'],
      [-5, 'highly-supinated'],
      [-4, 'supinated'],
      [-1, 'supinated'],
      [0, 'normal'],
      [5, 'normal'],
      [6, 'pronated'],
      [9, 'pronated'],
      [10, 'highly-pronated'],
      [12, 'highly-pronated'],
    ];
    for (const [total, band] of expected) expect(findBand(FPI6_BANDS, total)?.id, String(total)).toBe(band);
  });

  it('place every whole total from −12 to +12 in exactly one band, and nothing outside', () => {
    for (let total = -12; total <= 12; total++) {
      expect(
        FPI6_BANDS.bands.filter((b) => inBand(b, total)),
        String(total),
      ).toHaveLength(1);
      expect(
        FPI6_RESEARCH_CLASSES.bands.filter((b) => inBand(b, total)),
        String(total),
      ).toHaveLength(1);
    }
    expect(findBand(FPI6_BANDS, -13)).toBeNull();
    expect(findBand(FPI6_BANDS, 13)).toBeNull();
  });

  it('use the Buldt 2018 research classes at their edges (cavus < +1, normal +1…+7, planus > +7)', () => {
    expect(findBand(FPI6_RESEARCH_CLASSES, 0)?.id).toBe('cavus');
    expect(findBand(FPI6_RESEARCH_CLASSES, 1)?.id).toBe('normal');
    expect(findBand(FPI6_RESEARCH_CLASSES, 7)?.id).toBe('normal');
    expect(findBand(FPI6_RESEARCH_CLASSES, 8)?.id).toBe('planus');
  });
});

describe('scoreFpi6', () => {
  it('totals the six items and bands the total', () => {
    // +1 +1 +2 +1 +1 +0 = +6: pronated in the manual bands, normal in the research classes (≤ +7).
    const result = scoreFpi6(scores([1, 1, 2, 1, 1, 0]));
    expect(result.total).toBe(6);
    expect(result.band.id).toBe('pronated');
    expect(result.researchClass.id).toBe('normal');
    expect(result.bandSources.map((ref) => `${ref.source} ${ref.verification}`)).toEqual(['fpi6-manual secondary']);
    expect(result.ordinalNote.text).toMatch(/ordinal/);
    expect(scoreFpi6(scores([-2, -2, -2, -2, -2, -2])).band.id).toBe('highly-supinated');
    expect(scoreFpi6(scores([2, 2, 2, 2, 2, 2])).total).toBe(12);
  });

  it('gives a total in −12…+12 that rises with any item', () => {
    const item = fc.integer({ min: -2, max: 2 });
    fc.assert(
      fc.property(fc.array(item, { minLength: 6, maxLength: 6 }), fc.nat({ max: 5 }), (values, index) => {
        const result = scoreFpi6(scores(values));
        expect(result.total).toBeGreaterThanOrEqual(-12);
        expect(result.total).toBeLessThanOrEqual(12);
        if ((values[index] ?? 0) < 2) {
          const raised = values.map((v, i) => (i === index ? v + 1 : v));
          expect(scoreFpi6(scores(raised)).total).toBe(result.total + 1);
        }
      }),
    );
  });
});

describe('readFpi6Scores', () => {
  const valid = scores([0, 1, 1, 0, 1, 0]);

  it('accepts six whole item scores from −2 to +2', () => {
    expect(readFpi6Scores(valid)).toEqual({ kind: 'valid', value: valid, issues: [] });
  });

  it('reports out-of-range, fractional, missing and unknown items at their paths', () => {
    const read = readFpi6Scores(
      { ...valid, talarHeadPalpation: 3, malleolarCurvature: 0.5, medialArchHeightCongruence: undefined, archAngle: 1 },
      'left.fpi6',
    );
    expect(read.kind).toBe('invalid');
    expect(read.issues.map((issue) => `${issue.path}:${issue.code}`)).toEqual([
      'left.fpi6.talarHeadPalpation:out_of_range',
      'left.fpi6.malleolarCurvature:not_integer',
      'left.fpi6.medialArchHeightCongruence:required',
      'left.fpi6.archAngle:unknown_field',
    ]);
  });

  it('never throws, whatever JSON it is given', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => void readFpi6Scores(value)));
  });
});

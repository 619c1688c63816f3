import { describe, expect, it } from 'vitest';
import { LLD_RCT_INCLUSION_MM, LLD_USUAL_SIGNIFICANCE_MM } from '../exam/leg-length-difference.js';
import { fpi6, rawCase } from '../testing/case-fixtures.js';
import { assess } from './assess.js';
import type { AssessmentMeasurement } from './assessment-measurements.js';
import type { LoadedCaptures } from './case-captures.js';
import { readCase } from './case-file.js';
import { plainMeasurement } from './measurement-plain-words.js';

const NO_CAPTURES: LoadedCaptures = {
  kind: 'LoadedCaptures',
  scan: { left: null, right: null },
  pressure: null,
  motion: null,
};

function assessed(differenceMm: number) {
  const kase = readCase(
    rawCase({
      exam: {
        left: { fpi6: fpi6(2, 2, 2, 1, 2, 1), navicularDropMm: 12, rcspDeg: -6 },
        right: { fpi6: fpi6(0, 0, 0, 0, 0, 0), navicularDropMm: 6, rcspDeg: 1 },
        legLength: { differenceMm, shortSide: 'right' },
      },
    }),
  );
  if (kase.kind !== 'valid') throw new Error(JSON.stringify(kase.issues));
  return assess(kase.value, NO_CAPTURES);
}

/** Every measurement of the assessment in plain words, with its foot-type classification where it has one. */
function plainAll(differenceMm: number) {
  const a = assessed(differenceMm);
  return a.measurements.map((m) => {
    const call = m.side === null ? undefined : a.footType[m.side].measures.find((c) => (c.measure as string) === m.id);
    return {
      m,
      plain: plainMeasurement(
        m,
        call === undefined
          ? null
          : { label: call.label, band: call.band, sourceIds: call.sources.map((s) => s.source) },
        differenceMm,
      ),
    };
  });
}

describe('measurements in plain words', () => {
  it('says what each exam measurement is, its value with its unit, and whether it was measured', () => {
    for (const { m, plain } of plainAll(9)) {
      if (m.source === 'questionnaire') continue;
      // "What it is" is a sentence of its own, not the clinical label repeated.
      expect(plain.what, m.id).not.toBe(m.label);
      expect(plain.what.length, m.id).toBeGreaterThan(30);
      if (typeof m.value === 'number' && m.unit === 'mm') expect(plain.value).toBe(`${m.value} mm`);
      if (typeof m.value === 'number' && m.unit === 'deg') expect(plain.value).toBe(`${m.value}°`);
      expect(plain.basis).toBe('measured on you');
      expect(plain.meaning.length, m.id).toBeGreaterThan(10);
    }
  });

  it("tells a foot-type measure's meaning from its own sourced band, with the kind of evidence behind it", () => {
    const all = plainAll(9);
    const nd = all.find((x) => x.m.id === 'navicularDrop' && x.m.side === 'left')?.plain;
    expect(nd?.value).toBe('12 mm');
    expect(nd?.meaning).toMatch(/rolls in/);
    expect(nd?.evidence).toMatch(/Langley et al\. 2016, measurement study/);
    // Physiopedia (a wiki) stands beside a measurement study: not labelled low-quality.
    expect(nd?.lowQuality).toBeNull();
    const rcspRight = all.find((x) => x.m.id === 'rcsp' && x.m.side === 'right')?.plain;
    // +1° lies between the published groups: no label is forced.
    expect(rcspRight?.meaning).toMatch(/not used to label your foot/);
  });

  it("places the leg-length difference against the trial's inclusion and the usual significance, from core's values", () => {
    const at = (d: number) =>
      plainAll(d).find((x: { m: AssessmentMeasurement }) => x.m.id === 'legLengthDifference')?.plain;
    const below = at(LLD_RCT_INCLUSION_MM.value - 1);
    const between = at(LLD_RCT_INCLUSION_MM.value + 1);
    const above = at(LLD_USUAL_SIGNIFICANCE_MM.value + 1);
    expect(below?.meaning).toMatch(/^Under 5 mm/);
    expect(between?.meaning).toMatch(/^At or above 5 mm/);
    expect(above?.meaning).toMatch(/^At or above about 20 mm/);
    expect(between?.evidence).toMatch(/randomised trial/);
  });

  it('says a missing value was not measured rather than inventing a meaning', () => {
    const m: AssessmentMeasurement = {
      id: 'navicularDrop',
      side: 'left',
      label: 'Navicular drop',
      value: null,
      unit: 'mm',
      method: 'x',
      accuracy: 'x',
      basis: 'measured',
      source: 'exam',
    };
    const plain = plainMeasurement(m, null);
    expect(plain.value).toBe('not available');
    expect(plain.meaning).toBe('Not measured this time.');
    expect(plain.evidence).toBeNull();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../assessment/assess.js';
import type { LoadedCaptures } from '../assessment/case-captures.js';
import { readCase } from '../assessment/case-file.js';
import { auditSources } from '../evidence/audit-sources.js';
import { fpi6, rawCase, redFlagAnswers } from '../testing/case-fixtures.js';
import { applyOverride } from './apply-override.js';
import { HEEL_LIFT_IN_SHOE_LIMIT_MM } from './prescription-constants.js';
import { PRESCRIPTION_RULES } from './prescription-rules.js';
import type { Prescription } from './prescription.js';
import { prescribe, type PrescribeResult } from './prescribe.js';
import { readPrescription } from './read-prescription.js';
import { RX_FIELD_SPECS } from './rx-field-specs.js';

const NO_CAPTURES: LoadedCaptures = {
  kind: 'LoadedCaptures',
  scan: { left: null, right: null },
  pressure: null,
  motion: null,
};

function run(raw: Record<string, unknown>): PrescribeResult {
  const kase = readCase(raw);
  if (kase.kind !== 'valid') throw new Error(JSON.stringify(kase.issues));
  return prescribe(assess(kase.value, NO_CAPTURES));
}

function prescribed(raw: Record<string, unknown>): Prescription {
  const result = run(raw);
  if (result.kind !== 'prescribed') throw new Error(`expected a prescription, got ${result.kind}`);
  return result.prescription;
}

const item = fc.integer({ min: -2, max: 2 });
const caseArbitrary = fc
  .record({
    items: fc.tuple(item, item, item, item, item, item),
    drop: fc.integer({ min: 0, max: 20 }),
    rcsp: fc.integer({ min: -10, max: 8 }),
    lld: fc.integer({ min: 0, max: 40 }),
    shortSide: fc.constantFrom('left', 'right'),
    lldType: fc.constantFrom('anatomic', 'functional', 'unknown'),
    sex: fc.constantFrom('female', 'male', 'unknown'),
    weightKg: fc.integer({ min: 30, max: 180 }),
    shoe: fc.constantFrom('athletic', 'dress', 'boot', 'work', 'casual'),
    heel: fc.integer({ min: 0, max: 60 }),
    diagnoses: fc.subarray([
      'plantar-heel-pain',
      'metatarsalgia',
      'lateral-ankle-instability',
      'medial-knee-oa',
      'low-back-pain',
      'flexible-flat-foot',
      'rigid-high-arch',
    ]),
    forefoot: fc.constantFrom(
      { relation: 'neutral' },
      { relation: 'varus', angleDeg: 3 },
      { relation: 'varus', angleDeg: 9 },
      { relation: 'valgus', angleDeg: 25 },
    ),
  })
  .map((p) => {
    const foot = { fpi6: fpi6(...p.items), navicularDropMm: p.drop, rcspDeg: p.rcsp, forefootToRearfoot: p.forefoot };
    const base = rawCase();
    const intake = base['intake'] as Record<string, unknown>;
    return rawCase({
      intake: {
        ...intake,
        profile: { ageYears: 40, sex: p.sex, weightKg: p.weightKg },
        footwear: { type: p.shoe, heelHeightMm: p.heel, removableInsole: true },
      },
      exam: {
        left: foot,
        right: foot,
        legLength:
          p.lld === 0
            ? { differenceMm: 0, shortSide: 'none' }
            : { differenceMm: p.lld, shortSide: p.shortSide, type: p.lldType },
      },
      diagnoses: p.diagnoses,
      clinicianChoices: { metatarsalPadHeightMm: 4, lateralHeelSkiveMm: 2 },
    });
  });

describe('the prescription engine', () => {
  it('every rule names at least one source and none is missing from the library', () => {
    const audit = auditSources(PRESCRIPTION_RULES, 'rules');
    expect(audit.issues).toEqual([]);
    expect(audit.checked['PrescriptionRule']).toBe(PRESCRIPTION_RULES.length);
    expect(new Set(PRESCRIPTION_RULES.map((r) => r.id)).size).toBe(PRESCRIPTION_RULES.length);
  });

  it('puts every rule that sets a heel skive in one group of alternatives, so a heel never gets both', () => {
    for (const rule of PRESCRIPTION_RULES) {
      const skive = rule.actions.some(
        (a) => 'field' in a && (a.field === 'medialHeelSkiveMm' || a.field === 'lateralHeelSkiveMm'),
      );
      if (skive && rule.priority > 0) expect(rule.group, rule.id).toBe('frontal-plane-heel-control');
    }
  });

  it('property: every field of every prescription has a rule (or an override) and the document validates', () => {
    fc.assert(
      fc.property(caseArbitrary, (raw) => {
        const rx = prescribed(raw);
        for (const side of [rx.sides.left, rx.sides.right]) {
          expect(side).toBeDefined();
          for (const spec of RX_FIELD_SPECS) {
            const field = side?.[spec.name];
            expect(field?.ruleId ?? field?.override?.reason, spec.name).toBeTruthy();
            if (field?.ruleId !== undefined) expect(PRESCRIPTION_RULES.some((r) => r.id === field.ruleId)).toBe(true);
          }
        }
        expect(readPrescription(JSON.parse(JSON.stringify(rx))).issues).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('property: heel lifts never exceed the in-shoe limit; the rest is a shoe build-up', () => {
    fc.assert(
      fc.property(caseArbitrary, (raw) => {
        const rx = prescribed(raw);
        for (const side of [rx.sides.left, rx.sides.right]) {
          expect(side?.heelLiftMm.value).toBeLessThanOrEqual(HEEL_LIFT_IN_SHOE_LIMIT_MM.value);
          expect(side?.heelLiftMm.value).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('property: the engine is deterministic', () => {
    fc.assert(
      fc.property(caseArbitrary, (raw) => {
        expect(JSON.stringify(run(raw))).toBe(JSON.stringify(run(structuredClone(raw))));
      }),
      { numRuns: 60 },
    );
  });

  it('starts a lift at 70 % of a 12 mm difference, caps it at about 6 mm in the shoe and says a build-up is needed', () => {
    const rx = prescribed(
      rawCase({
        exam: {
          ...(rawCase()['exam'] as object),
          legLength: { differenceMm: 12, shortSide: 'left', type: 'anatomic' },
        },
      }),
    );
    expect(rx.sides.left?.heelLiftMm).toEqual({ value: 6, unit: 'mm', ruleId: 'leg-length-heel-lift' });
    expect(rx.sides.left?.shoeBuildUpMm?.value).toBe(2);
    expect(rx.sides.right?.heelLiftMm.value).toBe(0);
  });

  it('gives no lift for a functional difference, and says why', () => {
    const result = run(
      rawCase({
        exam: {
          ...(rawCase()['exam'] as object),
          legLength: { differenceMm: 8, shortSide: 'left', type: 'functional' },
        },
      }),
    );
    expect(result.kind).toBe('prescribed');
    if (result.kind === 'prescribed') {
      expect(result.prescription.sides.left?.heelLiftMm.value).toBe(0);
      expect(result.prescription.notes?.join(' ')).toMatch(/functional/);
    }
  });

  it('resolves conflicting rules by priority and reports the conflict', () => {
    const result = run(
      rawCase({
        exam: {
          left: { fpi6: fpi6(2, 2, 2, 1, 2, 1), navicularDropMm: 12, rcspDeg: -6 },
          right: { fpi6: fpi6(2, 2, 2, 1, 2, 1), navicularDropMm: 12, rcspDeg: -6 },
        },
        intake: {
          ...(rawCase()['intake'] as object),
          chiefComplaint: { text: 'Knee', region: 'knee', side: 'right' },
          painMap: [{ region: 'knee', side: 'right' }],
        },
        diagnoses: ['medial-knee-oa'],
        clinicianChoices: { lateralHeelSkiveMm: 2 },
      }),
    );
    expect(result.kind).toBe('prescribed');
    if (result.kind !== 'prescribed') return;
    expect(result.prescription.sides.right?.medialHeelSkiveMm.ruleId).toBe('pronation-control-medial-skive');
    expect(result.prescription.sides.right?.lateralHeelSkiveMm.value).toBe(0);
    expect(result.conflicts).toContainEqual(
      expect.objectContaining({
        side: 'right',
        field: null,
        overruled: [expect.objectContaining({ ruleId: 'medial-knee-oa-lateral-skive' })],
      }),
    );
  });

  it('refers, with no prescription, on an emergency or urgent red flag', () => {
    const intake = rawCase()['intake'] as Record<string, unknown>;
    for (const flag of ['ces-saddle-numbness', 'infection-fever']) {
      const result = run(rawCase({ intake: { ...intake, redFlags: redFlagAnswers(flag) } }));
      expect(result.kind).toBe('referred');
      if (result.kind === 'referred') expect(result.prescription).toBeNull();
    }
  });

  it('refers on a routine red flag unless a medical clearance is recorded', () => {
    const intake = { ...(rawCase()['intake'] as object), redFlags: redFlagAnswers('fracture-deformity') };
    expect(run(rawCase({ intake })).kind).toBe('referred');
    const cleared = run(
      rawCase({ intake, medicalClearance: { reviewedOn: '2026-11-20', note: 'GP review: no concern' } }),
    );
    expect(cleared.kind).toBe('prescribed');
  });

  it('gives no prescription, and says the screen is not complete, when red-flag questions are unanswered', () => {
    const answers = { ...redFlagAnswers(), 'neuro-gait': null };
    const result = run(rawCase({ intake: { ...(rawCase()['intake'] as object), redFlags: answers } }));
    expect(result.kind).toBe('not-cleared');
    expect(result.kind === 'not-cleared' && result.reasons[0]?.code).toBe('red_flag_screen_incomplete');
  });

  it('leaves the result incomplete, never complete, when a value only the clinician can give is missing', () => {
    const result = run(rawCase({ diagnoses: ['metatarsalgia'] }));
    expect(result.kind).toBe('incomplete');
    if (result.kind === 'incomplete') expect(result.pending[0]?.field).toBe('metatarsalPad');
  });
});

describe('overrides and the rx.json validator', () => {
  const rx = prescribed(rawCase());

  it('applies a clinician override with its reason, keeps the previous value and raises the revision', () => {
    const result = applyOverride(rx, {
      side: 'left',
      field: 'heelCupDepthMm',
      value: 16,
      reason: 'Deep heel cup for heel fat-pad atrophy',
      by: 'dr-a',
    });
    expect(result.kind).toBe('valid');
    if (result.kind !== 'valid') return;
    expect(result.value.revision).toBe(rx.revision + 1);
    expect(result.value.sides.left?.heelCupDepthMm).toEqual({
      value: 16,
      unit: 'mm',
      override: { reason: 'Deep heel cup for heel fat-pad atrophy', by: 'dr-a', previousValue: 14 },
    });
  });

  it('refuses an override without a reason or with an invalid value', () => {
    expect(applyOverride(rx, { side: 'left', field: 'heelLiftMm', value: 3, reason: ' ' }).issues[0]?.code).toBe(
      'override_without_reason',
    );
    expect(
      applyOverride(rx, { side: 'left', field: 'shellMaterial', value: 'steel', reason: 'x' }).issues[0]?.path,
    ).toBe('sides.left.shellMaterial.value');
  });

  it('reads untrusted JSON into a prescription with typed issues and paths', () => {
    const bad = JSON.parse(JSON.stringify(rx)) as Record<string, any>;
    bad['sides'].left.heelLiftMm = { value: 'six', unit: 'mm', ruleId: 'x' };
    delete bad['sides'].left.topCover;
    bad['sides'].right.medialHeelSkiveMm = { value: 2, unit: 'mm' };
    bad['sides'].right.colour = { value: 'red' };
    bad['footwear'].maxHeelHeightInShoeMm = 4;
    bad['sides'].right.heelLiftMm = { value: 5, unit: 'mm', ruleId: 'leg-length-heel-lift' };
    const issues = readPrescription(bad).issues.map((i) => `${i.path}:${i.code}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        'sides.left.heelLiftMm.value:invalid_value',
        'sides.left.topCover:required',
        'sides.right.medialHeelSkiveMm:no_provenance',
        'sides.right.colour:unknown_field',
        'sides.right.heelLiftMm.value:over_in_shoe_limit',
      ]),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { evidenceLevelRank } from './evidence-level.js';
import { findEvidenceSource } from './evidence-library.js';
import { EVIDENCE_TOPICS } from './evidence-statement.js';
import { EVIDENCE_STATEMENTS, evidenceStatementsFor } from './evidence-statements.js';

describe('the evidence statements', () => {
  it('cover every complaint and foot type', () => {
    for (const topic of EVIDENCE_TOPICS) expect(evidenceStatementsFor(topic).length, topic).toBeGreaterThan(0);
  });

  it('each have at least one citation, a level, and both a patient and a clinician text', () => {
    const ids = EVIDENCE_STATEMENTS.map((statement) => statement.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const statement of EVIDENCE_STATEMENTS) {
      expect(statement.sources.length, statement.id).toBeGreaterThan(0);
      expect(evidenceLevelRank(statement.level), statement.id).toBeGreaterThanOrEqual(0);
      expect(statement.patientText.length, statement.id).toBeGreaterThan(80);
      expect(statement.clinicianText.length, statement.id).toBeGreaterThan(80);
    }
  });

  it('state as their level the strongest study design among the sources they cite', () => {
    for (const statement of EVIDENCE_STATEMENTS) {
      const ranks = statement.sources.map((ref) => evidenceLevelRank(findEvidenceSource(ref.source)!.level));
      expect(evidenceLevelRank(statement.level), statement.id).toBe(Math.min(...ranks));
    }
  });

  it('report effect sizes whose confidence interval contains the estimate and matches the significance', () => {
    for (const statement of EVIDENCE_STATEMENTS) {
      for (const effect of statement.effects) {
        if (effect.ci95 === null) continue;
        const [low, high] = effect.ci95;
        expect(low, `${statement.id} ${effect.outcome}`).toBeLessThanOrEqual(effect.value);
        expect(high, `${statement.id} ${effect.outcome}`).toBeGreaterThanOrEqual(effect.value);
        const nullValue = effect.measure === 'RR' ? 1 : 0;
        const excludesNull = low > nullValue || high < nullValue;
        expect(excludesNull, `${statement.id} ${effect.outcome}`).toBe(effect.significant);
      }
    }
  });

  it('keep statistics jargon out of the patient text', () => {
    for (const statement of EVIDENCE_STATEMENTS) {
      expect(statement.patientText, statement.id).not.toMatch(/\b(SMD|RR|CI|MD|I²|NS|p\s*[=<])\b/);
    }
  });

  it('say plainly that orthoses are not a back-pain treatment and cite NICE NG59', () => {
    const [back] = evidenceStatementsFor('low-back-pain');
    expect(back?.conclusion).toBe('not-supported');
    expect(back?.patientText).toContain('NICE NG59');
    expect(back?.patientText).toContain('not a back-pain treatment');
    expect(back?.sources.map((ref) => ref.source)).toContain('nice-ng59-2016');
  });

  it('give the leg-length RCT that corrected 70 % of the difference with its effect', () => {
    const [lld] = evidenceStatementsFor('leg-length-difference');
    expect(lld?.effects).toEqual([expect.objectContaining({ value: -2.6, ci95: [-3.7, -1.4] })]);
    expect(lld?.patientText).toContain('70 %');
  });
});

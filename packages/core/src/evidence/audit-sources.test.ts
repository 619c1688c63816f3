import { describe, expect, it } from 'vitest';
import * as core from '../index.js';
import { auditSources } from './audit-sources.js';
import { cite } from './source-ref.js';

describe('the source audit of everything core exports', () => {
  const audit = auditSources(core, 'core');

  it('finds no dangling source reference and no clinical constant without a source', () => {
    expect(audit.issues).toEqual([]);
  });

  it('reached every kind of sourced data, so an empty result means something', () => {
    expect(audit.references).toBeGreaterThan(100);
    expect(audit.checked['QuestionnaireDefinition']).toBe(core.QUESTIONNAIRES.length);
    expect(audit.checked['EvidenceStatement']).toBe(core.EVIDENCE_STATEMENTS.length);
    expect(audit.checked['RedFlagCategoryDefinition']).toBe(core.RED_FLAG_CATEGORIES.length);
    for (const kind of ['BandSet', 'Mcid', 'SourcedClaim', 'SourcedValue', 'minimum-answered']) {
      expect(audit.checked[kind] ?? 0, kind).toBeGreaterThan(0);
    }
  });

  it('reports a reference to an id that is not in the library, at its path', () => {
    const bad = {
      kind: 'SourcedValue',
      id: 'x',
      value: 1,
      unit: 'mm',
      approximate: false,
      sources: [{ kind: 'SourceRef', source: 'nobody-2099', verification: 'primary', detail: null }],
    };
    expect(auditSources({ thresholds: [bad] }).issues).toEqual([
      expect.objectContaining({ code: 'dangling_source', path: 'thresholds[0].sources[0]' }),
    ]);
  });

  it('reports a clinical constant with no source', () => {
    const unsourced = { kind: 'SourcedValue', id: 'x', value: 1, unit: 'mm', approximate: false, sources: [] };
    const rule = { kind: 'minimum-answered', minAnswered: 3, sources: [], note: null };
    expect(auditSources({ unsourced, rule }).issues.map((issue) => `${issue.path}:${issue.code}`)).toEqual([
      'unsourced:unsourced',
      'rule:unsourced',
    ]);
    expect(auditSources({ ok: { ...unsourced, sources: [cite('buldt-2018', 'primary')] } }).issues).toEqual([]);
  });
});

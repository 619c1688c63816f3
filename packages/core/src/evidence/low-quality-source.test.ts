import { describe, expect, it } from 'vitest';
import * as core from '../index.js';
import { EVIDENCE_SOURCES } from './evidence-library.js';
import {
  LOW_QUALITY_CONVENTION_LABEL,
  lowQualityConventionLabel,
  restsOnLowQualitySources,
} from './low-quality-source.js';
import { cite, type SourceRef } from './source-ref.js';

/** Every object in the core exports that carries `sources: SourceRef[]`, with its path. */
function sourcedObjects(): { path: string; id: unknown; sources: readonly SourceRef[] }[] {
  const out: { path: string; id: unknown; sources: readonly SourceRef[] }[] = [];
  const seen = new Set<object>();
  const visit = (value: unknown, path: string): void => {
    if (typeof value !== 'object' || value === null || seen.has(value) || ArrayBuffer.isView(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((entry: unknown, i) => visit(entry, `${path}[${i}]`));
      return;
    }
    const record = value as Record<string, unknown>;
    const sources = record['sources'];
    if (Array.isArray(sources) && sources.length > 0 && (sources[0] as { kind?: string }).kind === 'SourceRef')
      out.push({ path, id: record['id'], sources: sources as SourceRef[] });
    for (const [key, entry] of Object.entries(record)) visit(entry, path === '' ? key : `${path}.${key}`);
  };
  visit(core, '');
  return out;
}

describe('low-quality sources', () => {
  it('marks the encyclopedia, blog and flashcard entries of the library, and only sources of that kind', () => {
    const marked = EVIDENCE_SOURCES.filter((s) => s.lowQualityMedium !== null).map((s) => s.id);
    for (const id of ['wikipedia-heel-lifts', 'pearce-heel-lift-blog', 'insole-materials-flashcards'])
      expect(marked).toContain(id);
    for (const source of EVIDENCE_SOURCES) {
      // "cited via Physiopedia" names where a study was seen, not what the study is.
      const text = `${source.authors ?? ''} ${source.venue}`.replace(/\(cited via [^)]*\)/, '');
      // A venue that names itself a wiki, blog or flashcards is marked; a journal, trial or guideline never is.
      if (/wikipedia|physiopedia|\bblog\b|flashcard/i.test(text))
        expect(source.lowQualityMedium, source.id).not.toBeNull();
      if (['guideline', 'systematic-review', 'randomised-trial', 'pilot-randomised-trial'].includes(source.level))
        expect(source.lowQualityMedium, source.id).toBeNull();
    }
  });

  it('labels a value only when every one of its sources is low-quality', () => {
    expect(restsOnLowQualitySources(['wikipedia-heel-lifts', 'pearce-heel-lift-blog'])).toBe(true);
    expect(restsOnLowQualitySources(['wikipedia-heel-lifts', 'rannisto-2019'])).toBe(false);
    expect(restsOnLowQualitySources([])).toBe(false);
    expect(restsOnLowQualitySources(['not-a-source'])).toBe(false);
    expect(lowQualityConventionLabel([cite('insole-materials-flashcards', 'secondary')])).toBe(
      `${LOW_QUALITY_CONVENTION_LABEL} (study flashcards)`,
    );
    expect(lowQualityConventionLabel([cite('pinto-2008', 'primary')])).toBeNull();
  });

  it('finds the in-shoe heel-lift limit and the Poron cover rule among the values resting on such sources', () => {
    const labelled = sourcedObjects().filter((o) => restsOnLowQualitySources(o.sources));
    const ids = labelled.map((o) => o.id);
    expect(labelled.length).toBeGreaterThan(0);
    const paths = labelled.map((o) => o.path).join('\n');
    expect(paths).toMatch(/HEEL_LIFT_IN_SHOE_LIMIT_MM/);
    expect(ids).toContain('plantar-heel-pain-cushion');
    expect(ids).not.toContain('heel-lift-start-fraction'); // the RCT stands beside the web article
    // Every labelled object names only marked sources (the property, over the whole export surface).
    for (const o of labelled)
      for (const ref of o.sources)
        expect(EVIDENCE_SOURCES.find((s) => s.id === ref.source)?.lowQualityMedium, o.path).not.toBeNull();
  });
});

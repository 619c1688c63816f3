import { describe, expect, it } from 'vitest';
import { EVIDENCE_LEVELS, evidenceLevelLabel, verificationTag } from './evidence-level.js';
import { EVIDENCE_SOURCES, findEvidenceSource, isEvidenceId } from './evidence-library.js';
import { formatCitation, shortCitation, sourceLink } from './evidence-source.js';
import { weakestVerification, cite } from './source-ref.js';

describe('the evidence library', () => {
  it('has unique kebab-case ids, a known level and a verification tag on every entry', () => {
    const ids = EVIDENCE_SOURCES.map((source) => source.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const source of EVIDENCE_SOURCES) {
      expect(source.id, source.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(EVIDENCE_LEVELS, source.id).toContain(source.level);
      expect(['primary', 'secondary', 'unverified'], source.id).toContain(source.verification);
      expect(source.venue.trim(), source.id).not.toBe('');
    }
  });

  it('writes DOIs as bare 10.x identifiers and links every identifier over https', () => {
    for (const source of EVIDENCE_SOURCES) {
      if (source.doi !== null) expect(source.doi, source.id).toMatch(/^10\.\d{4,}\//);
      if (source.pmcid !== null) expect(source.pmcid, source.id).toMatch(/^PMC\d+$/);
      const link = sourceLink(source);
      if (source.doi !== null || source.pmcid !== null || source.pmid !== null || source.url !== null) {
        expect(link, source.id).toMatch(/^https:\/\//);
      } else {
        expect(link, source.id).toBeNull();
      }
    }
    expect(sourceLink(findEvidenceSource('redmond-2008')!)).toBe('https://doi.org/10.1186/1757-1146-1-6');
    expect(sourceLink(findEvidenceSource('langley-2016')!)).toBe(
      'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5131537/',
    );
  });

  it('carries the corrections the reference makes to the brief', () => {
    expect(findEvidenceSource('chuter-2014')?.authors).toBe('Chuter V, Spink M, Searle A, Ho A');
    expect(findEvidenceSource('cambron-2017')?.venue).toMatch(/^Arch Phys Med Rehabil/);
    expect(findEvidenceSource('cambron-2011')?.venue).toMatch(/^J Manipulative Physiol Ther/);
    expect(findEvidenceSource('castro-mendez-2013')?.venue).toMatch(/^Prosthet Orthot Int/);
  });

  it('keeps figures the reference marks unverified as unverified', () => {
    for (const id of ['cavanagh-rodgers-1987', 'landorf-radford-2008', 'bennell-2011', 'song-1996', 'kirby-1992']) {
      expect(findEvidenceSource(id)?.verification, id).toBe('unverified');
    }
    expect(findEvidenceSource('nice-ng59-2016')?.verification).toBe('secondary');
  });

  it('recognises library ids and rejects others', () => {
    expect(isEvidenceId('ostelo-2008')).toBe(true);
    expect(isEvidenceId('made-up-2099')).toBe(false);
    expect(findEvidenceSource('made-up-2099')).toBeUndefined();
  });

  it('formats a citation with authors, year, title and venue, and says n.d. without a year', () => {
    expect(formatCitation(findEvidenceSource('redmond-2008')!)).toBe(
      'Redmond AC et al. 2008. Normative values for the Foot Posture Index. J Foot Ankle Res 1:6.',
    );
    expect(formatCitation(findEvidenceSource('physiopedia-navicular-drop')!)).toBe(
      'Physiopedia n.d. Navicular drop test page.',
    );
  });

  it('labels levels and tags and takes the weakest verification of several references', () => {
    expect(evidenceLevelLabel('randomised-trial')).toBe('randomised controlled trial');
    expect(verificationTag('secondary')).toBe('[V2]');
    expect(weakestVerification([cite('ostelo-2008', 'primary')])).toBe('primary');
    expect(weakestVerification([cite('ostelo-2008', 'primary'), cite('painsci', 'secondary')])).toBe('secondary');
    expect(weakestVerification([cite('painsci', 'secondary'), cite('bennell-2011', 'unverified')])).toBe('unverified');
  });
});

describe('shortCitation', () => {
  it('gives the first author’s surname, et al. for several authors, and the year', () => {
    const short = (id: string) => shortCitation(findEvidenceSource(id)!);
    expect(short('ostelo-2008')).toBe('Ostelo et al. 2008');
    expect(short('fairbank-pynsent-2000')).toBe('Fairbank et al. 2000');
    expect(short('sinclair-2017')).toBe('Sinclair 2017');
    expect(short('ann-rehabil-med-2023')).toBe('Ann Rehabil Med 47:222 2023');
    expect(short('physiopedia-navicular-drop')).toBe('Physiopedia n.d.');
  });

  it('keeps a doubt about the authors, after the year, instead of garbling the names', () => {
    const short = shortCitation(findEvidenceSource('coupling-cadaver-2018')!);
    expect(short).toBe('Fischer et al. 2018 (authorship unconfirmed)');
    expect(short.match(/et al\./g)).toHaveLength(1);
  });
});

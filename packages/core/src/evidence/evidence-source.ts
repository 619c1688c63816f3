import type { EvidenceLevel, Verification } from './evidence-level.js';

/**
 * The kinds of publication groundup treats as low-quality sources: an encyclopedia or wiki, a blog, study
 * flashcards. A value resting on these alone is shown as a practice convention from a low-quality source.
 */
export type LowQualityMedium = 'encyclopedia' | 'blog' | 'flashcards';

/**
 * A citation as written in a library file, before it gets its id.
 *
 * Fields the reference file does not give stay absent (shown as "not retrieved"); nothing is guessed.
 * Titles come from general bibliographic knowledge unless `titleChecked` is true: the reference file
 * itself names papers by author, year and journal only.
 */
export interface EvidenceSourceData {
  /** Authors as the reference gives them, e.g. `Redmond AC et al.`; null when not retrieved. */
  readonly authors: string | null;
  /** Publication year; null when not retrieved. */
  readonly year: number | null;
  /** Article or page title; absent when not known. */
  readonly title?: string;
  /** Whether the title was checked in the reference file (otherwise it is from general knowledge). */
  readonly titleChecked?: boolean;
  /** Journal with volume and pages, or the kind of publication (e.g. `Podiatry Today blog`). */
  readonly venue: string;
  readonly doi?: string;
  readonly url?: string;
  readonly pmid?: string;
  readonly pmcid?: string;
  /** Study design of the source. */
  readonly level: EvidenceLevel;
  /** How the figures groundup takes from this source were seen (a single use may say otherwise). */
  readonly verification: Verification;
  /** What the reference says about the source: caveats, corrections, what was not retrieved. */
  readonly note?: string;
  /** Set when the source is an encyclopedia or wiki, a blog, or study flashcards (absent otherwise). */
  readonly lowQualityMedium?: LowQualityMedium;
}

/** A citation in the evidence library: every clinical number in core points at one by id. */
export interface EvidenceSource<Id extends string = string> {
  readonly kind: 'EvidenceSource';
  readonly id: Id;
  readonly authors: string | null;
  readonly year: number | null;
  readonly title: string | null;
  readonly titleChecked: boolean;
  readonly venue: string;
  readonly doi: string | null;
  readonly url: string | null;
  readonly pmid: string | null;
  readonly pmcid: string | null;
  readonly level: EvidenceLevel;
  readonly verification: Verification;
  readonly note: string | null;
  /** An encyclopedia or wiki, a blog or study flashcards; null for every other kind of source. */
  readonly lowQualityMedium: LowQualityMedium | null;
}

/**
 * Gives library data its tag and id, with absent fields as null.
 *
 * @param id - the library id
 * @param data - the citation fields
 * @returns the library entry
 */
export function toEvidenceSource<Id extends string>(id: Id, data: EvidenceSourceData): EvidenceSource<Id> {
  return {
    kind: 'EvidenceSource',
    id,
    authors: data.authors,
    year: data.year,
    title: data.title ?? null,
    titleChecked: data.titleChecked ?? false,
    venue: data.venue,
    doi: data.doi ?? null,
    url: data.url ?? null,
    pmid: data.pmid ?? null,
    pmcid: data.pmcid ?? null,
    level: data.level,
    verification: data.verification,
    note: data.note ?? null,
    lowQualityMedium: data.lowQualityMedium ?? null,
  };
}

/**
 * A link to read the source: the DOI, else PubMed Central, else PubMed, else the page URL.
 *
 * @param source - the library entry
 * @returns an https URL, or null when the reference gives no identifier
 */
export function sourceLink(source: EvidenceSource): string | null {
  if (source.doi !== null) return `https://doi.org/${source.doi}`;
  if (source.pmcid !== null) return `https://www.ncbi.nlm.nih.gov/pmc/articles/${source.pmcid}/`;
  if (source.pmid !== null) return `https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`;
  if (source.url !== null) return source.url.startsWith('http') ? source.url : `https://${source.url}`;
  return null;
}

/**
 * A one-line citation for reports, e.g. `Redmond AC et al. 2008. J Foot Ankle Res 1:6.`
 *
 * @param source - the library entry
 * @returns the citation text
 */
export function formatCitation(source: EvidenceSource): string {
  const who = source.authors ?? 'Authors not retrieved';
  const when = source.year === null ? 'n.d.' : `${source.year}.`;
  const title = source.title === null ? '' : ` ${source.title}.`;
  return `${who} ${when}${title} ${source.venue}.`;
}

/**
 * A short in-text citation, e.g. `Ostelo et al. 2008` or `Binkley et al. 1999`; the venue when no author is known.
 *
 * @param source - the library entry
 * @returns the short citation
 */
export function shortCitation(source: EvidenceSource): string {
  const when = source.year === null ? 'n.d.' : String(source.year);
  if (source.authors === null) return `${source.venue.replace(/ \(.*\)$/, '')} ${when}`;
  // A doubt about the authors ("Probably X et al. (authorship unconfirmed)") goes after the year.
  const remark = /\s*(\([^)]*\))\s*$/.exec(source.authors)?.[1];
  const authors = source.authors.replace(/\s*\([^)]*\)\s*$/, '').replace(/^probably\s+/i, '');
  const first = authors.split(/,| & | and /)[0]?.trim() ?? authors;
  const several = /,| & | and |et al/.test(authors);
  const surname = first.replace(/ et al\.?$/, '').replace(/ [A-Z]{1,4}$/, '');
  return `${surname}${several ? ' et al.' : ''} ${when}${remark === undefined ? '' : ` ${remark}`}`;
}

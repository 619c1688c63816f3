import { findEvidenceSource } from './evidence-library.js';
import type { LowQualityMedium } from './evidence-source.js';
import type { SourceRef } from './source-ref.js';

/** How a value resting only on an encyclopedia, a blog or study flashcards is labelled wherever it is shown. */
export const LOW_QUALITY_CONVENTION_LABEL = 'practice convention from a low-quality source';

const MEDIUM_WORDS: Readonly<Record<LowQualityMedium, string>> = {
  encyclopedia: 'an encyclopedia or wiki',
  blog: 'a blog',
  flashcards: 'study flashcards',
};

/**
 * Whether a value rests only on low-quality sources: every source is an encyclopedia or wiki, a blog, or study
 * flashcards. An unknown id counts as not low-quality (the source audit reports it), and no source at all is
 * not this label's business (the audit reports `unsourced`).
 *
 * @param sources - the library ids, or the source references, behind one value, rule or claim
 * @returns true when there is at least one source and all of them are low-quality
 */
export function restsOnLowQualitySources(sources: readonly (string | SourceRef)[]): boolean {
  if (sources.length === 0) return false;
  return sources.every((entry) => {
    const id = typeof entry === 'string' ? entry : entry.source;
    return (findEvidenceSource(id)?.lowQualityMedium ?? null) !== null;
  });
}

/**
 * The label to show beside a value that rests only on low-quality sources, naming the kinds, e.g.
 * `practice convention from a low-quality source (an encyclopedia or wiki, a blog)`.
 *
 * @param sources - the library ids, or the source references, behind one value, rule or claim
 * @returns the label, or null when at least one source is of another kind (or there is none)
 */
export function lowQualityConventionLabel(sources: readonly (string | SourceRef)[]): string | null {
  if (!restsOnLowQualitySources(sources)) return null;
  const media = new Set<LowQualityMedium>();
  for (const entry of sources) {
    const medium = findEvidenceSource(typeof entry === 'string' ? entry : entry.source)?.lowQualityMedium;
    if (medium !== undefined && medium !== null) media.add(medium);
  }
  return `${LOW_QUALITY_CONVENTION_LABEL} (${[...media].map((m) => MEDIUM_WORDS[m]).join(', ')})`;
}

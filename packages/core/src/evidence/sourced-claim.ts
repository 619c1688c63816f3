import type { SourceRef } from './source-ref.js';

/** A statement of fact shown to a user, with the sources behind it (never empty). */
export interface SourcedClaim {
  readonly kind: 'SourcedClaim';
  /** Stable id, kebab-case, e.g. `fpi6-totals-are-ordinal`. */
  readonly id: string;
  /** One or two plain sentences. */
  readonly text: string;
  readonly sources: readonly [SourceRef, ...SourceRef[]];
}

/**
 * Makes a sourced claim.
 *
 * @param id - stable id
 * @param text - the statement
 * @param sources - at least one source reference
 * @returns the claim
 */
export function claim(id: string, text: string, ...sources: [SourceRef, ...SourceRef[]]): SourcedClaim {
  return { kind: 'SourcedClaim', id, text, sources };
}

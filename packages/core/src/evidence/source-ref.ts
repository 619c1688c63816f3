import type { Verification } from './evidence-level.js';
import type { EvidenceId } from './evidence-library.js';

/**
 * A pointer from a clinical number, rule or claim to the citation it comes from.
 *
 * `verification` is for this use of the source: one paper may give a [V] definition and a [U] cut-off.
 */
export interface SourceRef {
  readonly kind: 'SourceRef';
  readonly source: EvidenceId;
  readonly verification: Verification;
  /** Where in the source, or what exactly was taken (e.g. `MCID for ADL`). */
  readonly detail: string | null;
}

/**
 * Makes a source reference.
 *
 * @param source - the library id
 * @param verification - how this figure was seen: `primary` [V], `secondary` [V2] or `unverified` [U]
 * @param detail - what was taken from the source
 * @returns the reference
 */
export function cite(source: EvidenceId, verification: Verification, detail: string | null = null): SourceRef {
  return { kind: 'SourceRef', source, verification, detail };
}

/**
 * The weakest verification among references: a number is only as checked as its least checked source.
 *
 * @param refs - the references behind one figure
 * @returns `unverified` if any is [U], else `secondary` if any is [V2], else `primary`
 * @see ../../../../../shared/reference/biomech-reference.md (verification tags)
 */
export function weakestVerification(refs: readonly SourceRef[]): Verification {
  if (refs.some((ref) => ref.verification === 'unverified')) return 'unverified';
  if (refs.some((ref) => ref.verification === 'secondary')) return 'secondary';
  return 'primary';
}

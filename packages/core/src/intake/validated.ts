import type { Issue } from '../issue.js';

/**
 * The outcome of reading untrusted input into a domain value: the value (with any warnings) or the
 * issues that stopped it. Readers never throw on bad input.
 */
export type Validated<T> =
  | { readonly kind: 'valid'; readonly value: T; readonly issues: readonly Issue[] }
  | { readonly kind: 'invalid'; readonly issues: readonly Issue[] };

/**
 * Builds the outcome: valid when no issue is an error.
 *
 * @param issues - everything found while reading
 * @param build - makes the value; called only when there are no errors
 * @returns the value with its warnings, or the issues
 */
export function validated<T>(issues: readonly Issue[], build: () => T): Validated<T> {
  if (issues.some((issue) => issue.severity === 'error')) return { kind: 'invalid', issues };
  return { kind: 'valid', value: build(), issues };
}

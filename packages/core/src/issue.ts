/**
 * A finding from a validator or a parser: what is wrong, how bad, and where.
 *
 * Validators return `Issue[]`; the edges (API, CLI, web) decide what to do with them.
 * Only the server maps issues to HTTP status codes.
 */
export interface Issue {
  /** `error` blocks the operation; `warning` lets it go on and is shown to the user. */
  readonly severity: 'error' | 'warning';
  /** Stable machine-readable code, snake_case, e.g. `required`, `out_of_range`. */
  readonly code: string;
  /** Where the problem is: a field path such as `birthDate`, or a location in a file such as `line 12`. */
  readonly path: string;
  /** One human sentence. */
  readonly message: string;
}

/**
 * Whether any issue in the list blocks the operation.
 *
 * @param issues - the validator's findings
 * @returns true when at least one issue has severity `error`
 */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

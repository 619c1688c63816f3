import type { Issue } from './issue.js';

/**
 * The one shape of an outcome in core: a value with the issues found on the way (warnings), or no
 * value and the issues (at least one `error`) that explain why. Readers, the scan, the insole and the
 * assessment return it; the edges map it (CLI exit codes, HTTP status in the server).
 */
export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * A success.
 *
 * @param value - the value
 * @param issues - warnings found on the way
 * @returns the result
 */
export function success<T>(value: T, issues: readonly Issue[] = []): Result<T> {
  return { ok: true, value, issues };
}

/**
 * A failure with one error.
 *
 * @param code - stable snake_case code
 * @param message - one human sentence
 * @param path - where: a field path or a place in a file
 * @param warnings - warnings found before the failure, kept
 * @returns the result
 */
export function failure<T = never>(
  code: string,
  message: string,
  path: string,
  warnings: readonly Issue[] = [],
): Result<T> {
  return { ok: false, issues: [...warnings, { severity: 'error', code, path, message }] };
}

/**
 * The first error of a result's issues (a failed result always has one).
 *
 * @param issues - the issues
 * @returns the first issue of severity `error`, or undefined
 */
export function firstError(issues: readonly Issue[]): Issue | undefined {
  return issues.find((issue) => issue.severity === 'error');
}

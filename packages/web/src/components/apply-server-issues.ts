import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiFailure } from '../api/api-failure.js';

/**
 * Puts the server's validation issues beside the fields they name (`body.email` → `email`), so the
 * person sees the server's reason where they typed.
 *
 * @param error - what the mutation threw
 * @param fields - the form's field names
 * @param setError - react-hook-form's `setError`
 * @returns true when at least one issue was placed on a field
 */
export function applyServerIssues<T extends FieldValues>(
  error: unknown,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
): boolean {
  if (!(error instanceof ApiFailure)) return false;
  let placed = false;
  for (const issue of error.issues) {
    const name = issue.path.replace(/^body\.?/, '') as Path<T>;
    if (fields.includes(name)) {
      setError(name, { type: 'server', message: issue.message });
      placed = true;
    }
  }
  return placed;
}

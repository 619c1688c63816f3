import type { Sex, Upload } from './api.js';

const SEX_LABELS: Record<Sex, string> = { female: 'Female', male: 'Male', other: 'Other', unknown: 'Not stated' };

/** The sex options of the add-patient form, in the order shown. */
export const SEX_OPTIONS: readonly { readonly value: Sex; readonly label: string }[] = (
  ['unknown', 'female', 'male', 'other'] as const
).map((value) => ({ value, label: SEX_LABELS[value] }));

/**
 * A patient's sex as shown to people.
 *
 * @param sex - as stored
 * @returns e.g. "Female", "Not stated"
 */
export function sexLabel(sex: string): string {
  return sex in SEX_LABELS ? SEX_LABELS[sex as Sex] : sex;
}

/**
 * A file size for people: bytes, KB or MB (1024-based).
 *
 * @param bytes - the size
 * @returns e.g. "284 B", "1.5 MB"
 */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * What the analysis of an upload found, in one line: the detected format when done, the error
 * when failed, nothing while it runs.
 *
 * @param upload - as the API lists it
 * @returns e.g. "stl-binary · scan · 12 triangles"
 */
export function uploadOutcome(upload: Upload): string {
  if (upload.status === 'failed') return upload.error?.message ?? 'The analysis failed.';
  const format = upload.result?.format;
  if (upload.status !== 'done' || format === undefined) return '';
  const parts = [format.kind, format.family];
  if (format.triangleCount !== undefined) parts.push(`${format.triangleCount.toLocaleString('en')} triangles`);
  return parts.join(' · ');
}

/**
 * A date and time for people, in the browser's time zone: "6 Dec 2026, 14:05".
 *
 * @param iso - an ISO 8601 timestamp, or null
 * @param empty - what to show for null
 * @returns the text
 */
export function formatDateTime(iso: string | null | undefined, empty = '—'): string {
  if (iso === null || iso === undefined || iso === '') return empty;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/**
 * A calendar date for people: "2 Mar 1985".
 *
 * @param date - `YYYY-MM-DD` or an ISO timestamp, or null
 * @param empty - what to show for null
 * @returns the text
 */
export function formatDate(date: string | null | undefined, empty = '—'): string {
  if (date === null || date === undefined || date === '') return empty;
  const parsed = new Date(/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date);
  if (Number.isNaN(parsed.getTime())) return date;
  return parsed.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/**
 * A file size for people: bytes, KB or MB (1024-based).
 *
 * @param sizeBytes - the size
 * @returns e.g. "284 B", "1.5 MB"
 */
export function formatSize(sizeBytes: number): string {
  if (sizeBytes < 1024) return `${sizeBytes} B`;
  if (sizeBytes < 1024 * 1024) return `${(sizeBytes / 1024).toFixed(1)} KB`;
  return `${(sizeBytes / (1024 * 1024)).toFixed(1)} MB`;
}

const SEX_LABELS: Readonly<Record<string, string>> = {
  female: 'Female',
  male: 'Male',
  other: 'Other',
  unknown: 'Not stated',
};

/**
 * A patient's sex as shown to people.
 *
 * @param sex - as stored
 * @returns e.g. "Female", "Not stated"
 */
export function sexLabel(sex: string): string {
  return SEX_LABELS[sex] ?? sex;
}

import type { Upload } from '../../api/types.js';

/** How an upload's status is shown: a label and a Mantine colour. */
export interface StatusLook {
  readonly label: string;
  readonly color: string;
}

/**
 * An upload's status for people.
 *
 * @param status - as the API reports it
 * @returns its label and colour
 */
export function statusLook(status: Upload['status']): StatusLook {
  switch (status) {
    case 'queued':
      return { label: 'Queued', color: 'gray' };
    case 'running':
      return { label: 'Analysing', color: 'blue' };
    case 'done':
      return { label: 'Done', color: 'groundup' };
    case 'failed':
      return { label: 'Failed', color: 'red' };
  }
}

/**
 * Why an analysis failed, in a sentence, whatever shape the error has.
 *
 * @param upload - a failed upload
 * @returns the reason
 */
export function failureReason(upload: Pick<Upload, 'error'>): string {
  const error: unknown = upload.error;
  if (typeof error === 'string' && error !== '') return error;
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string')
    return error.message;
  return 'The analysis failed.';
}

/** An English plural: "vertex" → "vertices", "frame" → "frames". */
function plural(noun: string): string {
  if (noun.endsWith('ex')) return `${noun.slice(0, -2)}ices`;
  if (/(s|x|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/**
 * The counts an analysis reported, for people: every numeric `…Count` field of the result (its own
 * or its `format`'s), e.g. `{triangleCount: 4}` → "4 triangles". The result's shape is the job's
 * (the API types it as unknown), so this reads it defensively and shows nothing it does not understand.
 *
 * @param result - the upload's analysis result
 * @returns e.g. "4 triangles · 1 frame", or null when there is nothing to say
 */
export function resultSummary(result: unknown): string | null {
  const parts: string[] = [];
  const visit = (value: unknown, depth: number) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || depth > 1) return;
    for (const [key, field] of Object.entries(value)) {
      const match = /^(\w+?)Count$/.exec(key);
      if (match?.[1] !== undefined && typeof field === 'number' && Number.isFinite(field)) {
        const noun = match[1].replace(/([A-Z])/g, ' $1').toLowerCase();
        parts.push(`${field.toLocaleString('en')} ${field === 1 ? noun : plural(noun)}`);
      } else if (typeof field === 'object') visit(field, depth + 1);
    }
  };
  visit(result, 0);
  return parts.length === 0 ? null : parts.join(' · ');
}

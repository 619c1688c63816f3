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

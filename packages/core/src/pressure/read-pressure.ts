import { decodeText } from './decode-text.js';
import { pressureError } from './pressure-read-error.js';
import type { PressureFormat, PressureReadResult } from './pressure-recording.js';
import { looksLikeGaitpdbText, readGaitpdbText } from './read-gaitpdb-text.js';
import { looksLikeGridCsv, readGridCsv } from './read-grid-csv.js';
import { looksLikePedarAscii, readPedarAscii } from './read-pedar-ascii.js';

/**
 * Detects the format of a pressure file from its text: `# grid` first line → grid CSV; a pedar header or a
 * `time[secs]` column line → pedar; a first line of 19 numbers → PhysioNet gaitpdb.
 *
 * @param text - the file text (only the beginning is looked at)
 * @returns the format, or null when none fits
 */
export function detectPressureFormat(text: string): PressureFormat | null {
  if (looksLikeGridCsv(text)) return 'grid';
  if (looksLikePedarAscii(text)) return 'pedar';
  if (looksLikeGaitpdbText(text)) return 'gaitpdb';
  return null;
}

/**
 * Reads a pressure recording in any of the three formats. Never throws.
 *
 * @param input - the file's text or bytes
 * @param format - the format, or `auto` (default) to detect it with {@link detectPressureFormat}
 * @returns the recording with warnings, or a coded error
 */
export function readPressure(input: string | Uint8Array, format: 'auto' | PressureFormat = 'auto'): PressureReadResult {
  const text = decodeText(input);
  if (text.trim().length === 0)
    return { ok: false, error: pressureError('empty_file', 'line 1', 'The file is empty.') };
  const chosen = format === 'auto' ? detectPressureFormat(text) : format;
  switch (chosen) {
    case 'grid':
      return readGridCsv(text);
    case 'pedar':
      return readPedarAscii(text);
    case 'gaitpdb':
      return readGaitpdbText(text);
    case null:
      return {
        ok: false,
        error: pressureError(
          'unknown_format',
          'line 1',
          'Not a grid CSV, pedar ASCII export or PhysioNet gaitpdb file.',
        ),
      };
  }
}

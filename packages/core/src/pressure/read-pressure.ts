import { decodeText } from './decode-text.js';
import { pressureError } from './pressure-read-error.js';
import type { PressureFormat, PressureReadResult, PressureRecording } from './pressure-recording.js';
import { failure, success, type Result } from '../result.js';
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
 * @returns the recording with its warnings, or one coded error whose path is the line (`line 12`)
 */
export function readPressure(
  input: string | Uint8Array,
  format: 'auto' | PressureFormat = 'auto',
): Result<PressureRecording> {
  const read = readAny(input, format);
  return read.ok
    ? success(read.recording, read.warnings)
    : failure(read.error.code, read.error.message, read.error.where);
}

function readAny(input: string | Uint8Array, format: 'auto' | PressureFormat): PressureReadResult {
  // Only the beginning is decoded to detect the format; each reader takes the original input (the grid reader scans
  // bytes).
  const head = typeof input === 'string' ? input.slice(0, DETECT_CHARS) : decodeText(input.subarray(0, DETECT_CHARS));
  if (head.trim().length === 0 && isBlank(input)) {
    return { ok: false, error: pressureError('empty_file', 'line 1', 'The file is empty.') };
  }
  const chosen = format === 'auto' ? detectPressureFormat(head) : format;
  switch (chosen) {
    case 'grid':
      return readGridCsv(input);
    case 'pedar':
      return readPedarAscii(input);
    case 'gaitpdb':
      return readGaitpdbText(input);
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

/** How much of the beginning of a file format detection looks at. */
const DETECT_CHARS = 8192;

function isBlank(input: string | Uint8Array): boolean {
  if (typeof input === 'string') return input.trim().length === 0;
  for (const b of input) if (b !== 32 && b !== 9 && b !== 13 && b !== 10 && b !== 11 && b !== 12) return false;
  return true;
}

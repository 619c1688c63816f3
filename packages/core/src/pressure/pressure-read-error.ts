/**
 * Why a pressure recording could not be read. Stable, snake_case; the CLI shows them as they are.
 *
 * - `empty_file`: no bytes, or only blank lines.
 * - `unknown_format`: not a grid CSV, pedar ASCII or PhysioNet insole text (or not the format asked for).
 * - `invalid_header`: a header field missing, malformed or out of range.
 * - `contradictory_header`: a header field given twice with different values.
 * - `column_count`: a data line with the wrong number of cells.
 * - `invalid_number`: a cell that is not a finite number.
 * - `absurd_value`: a pressure or force far beyond anything a foot produces (wrong units or a corrupt file).
 * - `time_not_increasing`: a frame time equal to or before the previous one.
 * - `no_frames`: a header with no data line under it.
 */
export type PressureReadErrorCode =
  | 'empty_file'
  | 'unknown_format'
  | 'invalid_header'
  | 'contradictory_header'
  | 'column_count'
  | 'invalid_number'
  | 'absurd_value'
  | 'time_not_increasing'
  | 'no_frames';

/** A failed read: a stable code, one human sentence, and where in the file (`line 12`, `frame 5`). */
export interface PressureReadError {
  readonly code: PressureReadErrorCode;
  readonly message: string;
  readonly where: string;
}

/**
 * Builds a {@link PressureReadError}.
 *
 * @param code - the error code
 * @param where - the place in the file, e.g. `line 12`
 * @param message - one sentence
 * @returns the error value
 */
export function pressureError(code: PressureReadErrorCode, where: string, message: string): PressureReadError {
  return { code, where, message };
}

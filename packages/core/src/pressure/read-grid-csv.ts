import type { Issue } from '../issue.js';
import { decodeText } from './decode-text.js';
import { parseDecimal } from './parse-decimal.js';
import { pressureError } from './pressure-read-error.js';
import { ABSURD_PRESSURE_KPA, type PlateRecording, type PressureReadResult } from './pressure-recording.js';

/** kPa per N/cm² (1 N/cm² = 10 000 N/m² = 10 kPa). */
const KPA_PER_N_PER_CM2 = 10;

/** The largest grid accepted (rows × cols); a plausibility guard against a corrupt header. */
const MAX_GRID_CELLS = 1 << 20;

interface GridHeader {
  readonly rows: number;
  readonly cols: number;
  readonly pitchMm: number;
  readonly hz: number;
  readonly unitScale: number;
}

/**
 * Reads the generic pressure-plate grid CSV:
 *
 * ```
 * # grid rows=R cols=C pitch_mm=P hz=H units=kPa
 * time_s,v0,v1,…,v(R*C-1)
 * ```
 *
 * one line per frame, cells row-major, row 0 at the end where the walker starts; `units` is `kPa` or `N/cm2`
 * (converted to kPa). A single-frame file is a static or peak-pressure print. Never throws.
 *
 * Errors (with `line n`): missing or malformed header fields, a field given twice with different values, a line
 * with the wrong number of cells, a non-numeric cell, a pressure above {@link ABSURD_PRESSURE_KPA}, time not
 * increasing, no frames. Warnings: negative pressures (set to 0), a truncated last line (dropped), blank lines.
 *
 * @param input - the file's text or bytes
 * @returns the plate recording with warnings, or the error
 */
export function readGridCsv(input: string | Uint8Array): PressureReadResult<PlateRecording> {
  const text = decodeText(input);
  let lineEnd = text.indexOf('\n');
  if (lineEnd < 0) lineEnd = text.length;
  const headerLine = text.slice(0, lineEnd).trim();
  if (headerLine.length === 0 && text.trim().length === 0) {
    return { ok: false, error: pressureError('empty_file', 'line 1', 'The file is empty.') };
  }
  const header = parseGridHeader(headerLine);
  if ('code' in header) return { ok: false, error: header };
  const { rows, cols, hz, unitScale } = header;
  const cells = rows * cols;
  const warnings: Issue[] = [];
  let capacity = 64;
  let pressures = new Float32Array(capacity * cells);
  let times = new Float64Array(capacity);
  let frame = 0;
  let negativeCount = 0;
  let firstNegativeLine = 0;
  let lineNo = 1;
  let pos = lineEnd + 1;
  while (pos < text.length) {
    lineNo++;
    let end = text.indexOf('\n', pos);
    const isLast = end < 0 || end === text.length - 1;
    const hasNewline = end >= 0;
    if (end < 0) end = text.length;
    const start = pos;
    pos = end + 1;
    let stop = end;
    if (stop > start && text.charCodeAt(stop - 1) === 13) stop--;
    if (isBlank(text, start, stop)) {
      if (!isLast) warnings.push(warning('blank_line', lineNo, 'A blank line was skipped.'));
      continue;
    }
    if (frame === capacity) {
      capacity *= 2;
      const grownP = new Float32Array(capacity * cells);
      grownP.set(pressures);
      pressures = grownP;
      const grownT = new Float64Array(capacity);
      grownT.set(times);
      times = grownT;
    }
    // Time cell.
    let comma = text.indexOf(',', start);
    if (comma < 0 || comma > stop) comma = stop;
    const timeS = parseDecimal(text, start, comma);
    if (Number.isNaN(timeS)) {
      return fail('invalid_number', lineNo, `The time cell "${text.slice(start, comma).trim()}" is not a number.`);
    }
    if (frame > 0 && timeS <= (times[frame - 1] ?? 0)) {
      return fail('time_not_increasing', lineNo, `Time ${timeS} s does not come after ${times[frame - 1] ?? 0} s.`);
    }
    times[frame] = timeS;
    const base = frame * cells;
    let cell = 0;
    let cellStart = comma + 1;
    let lastEnd = comma;
    while (comma < stop && cell < cells) {
      let cellEnd = text.indexOf(',', cellStart);
      if (cellEnd < 0 || cellEnd > stop) cellEnd = stop;
      const value = parseDecimal(text, cellStart, cellEnd) * unitScale;
      if (Number.isNaN(value)) {
        const shown = text.slice(cellStart, cellEnd).trim().slice(0, 20);
        if (isLast && !hasNewline) {
          warnings.push(warning('truncated_last_line', lineNo, `The last line ends mid-frame ("${shown}"); dropped.`));
          cell = -1;
          break;
        }
        return fail('invalid_number', lineNo, `Cell ${cell} ("${shown}") is not a number.`);
      }
      if (value > ABSURD_PRESSURE_KPA || value < -ABSURD_PRESSURE_KPA) {
        return fail('absurd_value', lineNo, `Cell ${cell} holds ${value} kPa, beyond any plantar pressure.`);
      }
      if (value < 0) {
        if (negativeCount === 0) firstNegativeLine = lineNo;
        negativeCount++;
        pressures[base + cell] = 0;
      } else {
        pressures[base + cell] = value;
      }
      cell++;
      lastEnd = cellEnd;
      if (cellEnd >= stop) break;
      cellStart = cellEnd + 1;
    }
    if (cell === -1) break;
    if (cell !== cells || lastEnd < stop) {
      const found = countCells(text, start, stop);
      if (isLast && !hasNewline && found < cells + 1) {
        warnings.push(
          warning('truncated_last_line', lineNo, `The last line has ${found} of ${cells + 1} cells; dropped.`),
        );
        break;
      }
      return fail('column_count', lineNo, `Expected ${cells + 1} cells (time + ${rows}×${cols}), found ${found}.`);
    }
    frame++;
  }
  if (frame === 0) return fail('no_frames', lineNo, 'The header is not followed by any frame.');
  if (negativeCount > 0) {
    warnings.push(
      warning(
        'negative_pressure',
        firstNegativeLine,
        `${negativeCount} negative pressure(s) were set to 0 (first here).`,
      ),
    );
  }
  const recording: PlateRecording = {
    kind: 'plate',
    format: 'grid',
    rows,
    cols,
    pitchMm: header.pitchMm,
    hz,
    frameCount: frame,
    timesS: times.slice(0, frame),
    pressuresKpa: pressures.slice(0, frame * cells),
  };
  return { ok: true, recording, warnings };
}

/**
 * Whether a text starts like a grid CSV (`# grid` on the first line).
 *
 * @param text - the beginning of the file
 * @returns true for a grid CSV
 */
export function looksLikeGridCsv(text: string): boolean {
  return /^\uFEFF?\s*#\s*grid\b/i.test(text);
}

function parseGridHeader(line: string): GridHeader | ReturnType<typeof pressureError> {
  const where = 'line 1';
  if (!looksLikeGridCsv(line)) {
    return pressureError(
      'invalid_header',
      where,
      'The first line must be "# grid rows=R cols=C pitch_mm=P hz=H units=kPa".',
    );
  }
  const fields = new Map<string, string>();
  for (const token of line
    .replace(/^\uFEFF?\s*#\s*grid\b/i, '')
    .trim()
    .split(/\s+/)) {
    if (token.length === 0) continue;
    const eq = token.indexOf('=');
    if (eq <= 0) return pressureError('invalid_header', where, `Header field "${token}" is not key=value.`);
    const key = token.slice(0, eq).toLowerCase();
    const value = token.slice(eq + 1);
    const previous = fields.get(key);
    if (previous !== undefined && previous !== value) {
      return pressureError('contradictory_header', where, `Header field ${key} is given as ${previous} and ${value}.`);
    }
    fields.set(key, value);
  }
  const rows = positiveNumber(fields.get('rows'));
  const cols = positiveNumber(fields.get('cols'));
  const pitchMm = positiveNumber(fields.get('pitch_mm'));
  const hz = positiveNumber(fields.get('hz'));
  const units = fields.get('units');
  for (const [name, value] of [
    ['rows', rows],
    ['cols', cols],
    ['pitch_mm', pitchMm],
    ['hz', hz],
  ] as const) {
    if (value === null)
      return pressureError('invalid_header', where, `Header field ${name} is missing or not positive.`);
  }
  if (rows === null || cols === null || pitchMm === null || hz === null) {
    return pressureError('invalid_header', where, 'Header fields are missing.');
  }
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows * cols > MAX_GRID_CELLS) {
    return pressureError('invalid_header', where, `rows=${rows} cols=${cols} is not a usable grid.`);
  }
  if (pitchMm > 100 || hz > 10000) {
    return pressureError('invalid_header', where, `pitch_mm=${pitchMm} or hz=${hz} is out of range.`);
  }
  let unitScale: number;
  if (units === undefined) return pressureError('invalid_header', where, 'Header field units is missing.');
  if (units.toLowerCase() === 'kpa') unitScale = 1;
  else if (units.toLowerCase() === 'n/cm2') unitScale = KPA_PER_N_PER_CM2;
  else return pressureError('invalid_header', where, `units=${units} is neither kPa nor N/cm2.`);
  return { rows, cols, pitchMm, hz, unitScale };
}

function positiveNumber(value: string | undefined): number | null {
  if (value === undefined) return null;
  const n = parseDecimal(value, 0, value.length);
  return Number.isFinite(n) && n > 0 ? n : null;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

function countCells(text: string, start: number, end: number): number {
  let n = 1;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 44) n++;
  return n;
}

function warning(code: string, line: number, message: string): Issue {
  return { severity: 'warning', code, path: `line ${line}`, message };
}

function fail(
  code: Parameters<typeof pressureError>[0],
  line: number,
  message: string,
): PressureReadResult<PlateRecording> {
  return { ok: false, error: pressureError(code, `line ${line}`, message) };
}

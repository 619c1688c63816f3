import type { Issue } from '../issue.js';
import { latin1 } from '../mesh/text-cursor.js';
import { decodeText } from './decode-text.js';
import { parseDecimal } from './parse-decimal.js';
import { pressureError } from './pressure-read-error.js';
import { ABSURD_PRESSURE_KPA, type PlateRecording, type PressureReadResult } from './pressure-recording.js';

/** kPa per N/cm² (1 N/cm² = 10 000 N/m² = 10 kPa). */
const KPA_PER_N_PER_CM2 = 10;

/** How far the mean frame spacing may differ from 1/hz (fraction) before a `rate_mismatch` warning. */
const RATE_TOLERANCE = 0.05;

/** Up to this many values the reader allocates once from a bound on the frame count; beyond, it grows by doubling. */
const PREALLOCATE_VALUES = 1 << 26;

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

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
 * increasing, no frames. Warnings: negative pressures (set to 0), a truncated last line (dropped), blank lines, frame
 * times that disagree with `hz` (`rate_mismatch`, line 1; `hz` is used).
 *
 * @param input - the file's text or bytes
 * @returns the plate recording with warnings, or the error
 */
export function readGridCsv(input: string | Uint8Array): PressureReadResult<PlateRecording> {
  // Scanning bytes is about three times faster than charCodeAt on a string; text is turned into bytes once.
  const bytes = typeof input === 'string' ? textBytes(input) : input;
  const n = bytes.length;
  let lineEnd = bytes.indexOf(10);
  if (lineEnd < 0) lineEnd = n;
  const headerLine = decodeText(bytes.subarray(0, lineEnd)).trim();
  if (headerLine.length === 0 && isBlankBytes(bytes)) {
    return { ok: false, error: pressureError('empty_file', 'line 1', 'The file is empty.') };
  }
  const header = parseGridHeader(headerLine);
  if ('code' in header) return { ok: false, error: header };
  const { rows, cols, hz, unitScale } = header;
  const cells = rows * cols;
  const warnings: Issue[] = [];
  // Every frame takes at least two characters per cell ("0,"), so this bounds the frame count: one allocation.
  let capacity = Math.max(
    1,
    Math.min(Math.ceil((n - lineEnd) / (2 * cells + 2)) + 1, Math.floor(PREALLOCATE_VALUES / cells)),
  );
  let pressures = new Float32Array(capacity * cells);
  let times = new Float64Array(capacity);
  let frame = 0;
  let negativeCount = 0;
  let firstNegativeLine = 0;
  let lineNo = 1;
  let pos = lineEnd + 1;
  const absurd = ABSURD_PRESSURE_KPA;
  while (pos < n) {
    lineNo++;
    const lineStart = pos;
    let i = pos;
    let c = bytes[i] as number;
    while (c === 32 || c === 9 || c === 13) c = bytes[++i] as number;
    if (i >= n || c === 10) {
      if (i < n - 1) warnings.push(warning('blank_line', lineNo, 'A blank line was skipped.'));
      pos = i + 1;
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
    const base = frame * cells - 1;
    // Cell k = 0 is the time, 1…cells the pressures. Hand-written number scanning: sign, digits, one decimal
    // point, digits, surrounding blanks; anything else (exponents, garbage) goes through parseDecimal.
    let k = 0;
    let bad = -1;
    let timeS = 0;
    for (;;) {
      const cellStart = i;
      while (c === 32 || c === 9) c = bytes[++i] as number;
      let negative = false;
      if (c === 45 || c === 43) {
        negative = c === 45;
        c = bytes[++i] as number;
      }
      let mantissa = 0;
      let digits = 0;
      let fraction = 0;
      while (c >= 48 && c <= 57) {
        mantissa = mantissa * 10 + (c - 48);
        digits++;
        c = bytes[++i] as number;
      }
      if (c === 46) {
        c = bytes[++i] as number;
        while (c >= 48 && c <= 57) {
          mantissa = mantissa * 10 + (c - 48);
          digits++;
          fraction++;
          c = bytes[++i] as number;
        }
      }
      while (c === 32 || c === 9) c = bytes[++i] as number;
      let value: number;
      if (digits > 0 && digits <= 15 && (c === 44 || c === 10 || c === 13 || i >= n)) {
        value = mantissa / (POWERS_OF_TEN[fraction] ?? 1);
        if (negative) value = -value;
      } else {
        let cellEnd = i;
        while (cellEnd < n && (c = bytes[cellEnd] as number) !== 44 && c !== 10) cellEnd++;
        i = cellEnd;
        const cell = latin1(bytes, cellStart, cellEnd);
        value = parseDecimal(cell, 0, cell.length);
        if (Number.isNaN(value) && bad < 0) bad = k;
      }
      if (k === 0) {
        timeS = value;
      } else if (k <= cells) {
        value *= unitScale;
        if (value > 0) {
          if (value > absurd) {
            return fail('absurd_value', lineNo, `Cell ${k - 1} holds ${value} kPa, beyond any plantar pressure.`);
          }
          pressures[base + k] = value;
        } else if (value < 0) {
          if (value < -absurd) {
            return fail('absurd_value', lineNo, `Cell ${k - 1} holds ${value} kPa, beyond any plantar pressure.`);
          }
          if (negativeCount === 0) firstNegativeLine = lineNo;
          negativeCount++;
          pressures[base + k] = 0;
        } else {
          pressures[base + k] = 0;
        }
      }
      if (c === 44) {
        k++;
        c = bytes[++i] as number;
        continue;
      }
      break;
    }
    // i is at "\r", "\n" or the end of the text.
    if (c === 13) c = bytes[++i] as number;
    while (i < n && c !== 10) c = bytes[++i] as number;
    const hasNewline = i < n;
    pos = i + 1;
    const isLast = !hasNewline || pos >= n;
    const found = k + 1;
    if (found !== cells + 1) {
      if (isLast && !hasNewline && found < cells + 1) {
        warnings.push(
          warning('truncated_last_line', lineNo, `The last line has ${found} of ${cells + 1} cells; dropped.`),
        );
        break;
      }
      return fail('column_count', lineNo, `Expected ${cells + 1} cells (time + ${rows}×${cols}), found ${found}.`);
    }
    if (bad >= 0) {
      const shown = cellText(bytes, lineStart, bad);
      if (isLast && !hasNewline) {
        warnings.push(warning('truncated_last_line', lineNo, `The last line ends mid-frame ("${shown}"); dropped.`));
        break;
      }
      return bad === 0
        ? fail('invalid_number', lineNo, `The time cell "${shown}" is not a number.`)
        : fail('invalid_number', lineNo, `Cell ${bad - 1} ("${shown}") is not a number.`);
    }
    if (frame > 0 && timeS <= (times[frame - 1] ?? 0)) {
      return fail('time_not_increasing', lineNo, `Time ${timeS} s does not come after ${times[frame - 1] ?? 0} s.`);
    }
    times[frame] = timeS;
    frame++;
  }
  if (frame === 0) return fail('no_frames', lineNo, 'The header is not followed by any frame.');
  if (frame > 1) {
    const meanStep = ((times[frame - 1] ?? 0) - (times[0] ?? 0)) / (frame - 1);
    if (Math.abs(meanStep * hz - 1) > RATE_TOLERANCE) {
      warnings.push(
        warning(
          'rate_mismatch',
          1,
          `Frames are ${meanStep.toPrecision(4)} s apart on average; hz=${hz} says ${(1 / hz).toPrecision(4)} s (hz is used).`,
        ),
      );
    }
  }
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
    // The frame bound is close for plain numbers; copy only when it overshot by more than a quarter.
    timesS: frame * 1.25 < capacity ? times.slice(0, frame) : times.subarray(0, frame),
    pressuresKpa: frame * 1.25 < capacity ? pressures.slice(0, frame * cells) : pressures.subarray(0, frame * cells),
  };
  return { ok: true, recording, warnings };
}

/** The text of cell `k` (0 = time) of the line starting at `lineStart`, trimmed and shortened for a message. */
function cellText(bytes: Uint8Array, lineStart: number, k: number): string {
  let start = lineStart;
  for (let j = 0; j < k; j++) start = bytes.indexOf(44, start) + 1;
  let end = start;
  while (end < bytes.length && bytes[end] !== 44 && bytes[end] !== 10) end++;
  return latin1(bytes, start, end).trim().slice(0, 20);
}

/**
 * One byte per character (a leading byte-order mark dropped): Latin-1 characters keep their code, any other becomes
 * 0xFF, which is no part of a number or a separator, so it reads as an invalid cell at the same place.
 */
function textBytes(text: string): Uint8Array {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const out = new Uint8Array(text.length - start);
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i - start] = c < 256 ? c : 0xff;
  }
  return out;
}

function isBlankBytes(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 32 && b !== 9 && b !== 13 && b !== 10) return false;
  return true;
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

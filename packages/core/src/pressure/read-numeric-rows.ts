import type { Issue } from '../issue.js';
import { parseDecimal } from './parse-decimal.js';
import { pressureError, type PressureReadError } from './pressure-read-error.js';

/** Whitespace-separated numeric rows (time first), as read by {@link readNumericRows}. */
export interface NumericRows {
  readonly frameCount: number;
  readonly timesS: Float64Array;
  /** Frame-major values without the time column: `values[frame * valueCount + column]`. */
  readonly values: Float32Array;
  readonly warnings: readonly Issue[];
}

/** Options of {@link readNumericRows}. */
export interface NumericRowOptions {
  /** Cells per line after the time cell. */
  readonly valueCount: number;
  /** Absolute values above this are `absurd_value` errors. */
  readonly absurdAbove: number;
  /** The unit named in messages (`kPa`, `N`). */
  readonly unit: string;
}

/**
 * Reads lines of whitespace- or tab-separated numbers (time then `valueCount` values) from `text[start…]`, with
 * line numbers counted from `firstLineNo`. Negative values become 0 with one warning; a short or unparsable last
 * line without a final newline is dropped with a `truncated_last_line` warning; blank lines are skipped.
 *
 * @param text - the whole file text
 * @param start - index of the first data line
 * @param firstLineNo - the 1-based line number of that line
 * @param options - the expected shape and the plausibility limit
 * @returns the rows, or the first error with its line
 */
export function readNumericRows(
  text: string,
  start: number,
  firstLineNo: number,
  options: NumericRowOptions,
): NumericRows | PressureReadError {
  const { valueCount, absurdAbove, unit } = options;
  const warnings: Issue[] = [];
  let capacity = 256;
  let values = new Float32Array(capacity * valueCount);
  let times = new Float64Array(capacity);
  let frame = 0;
  let negatives = 0;
  let firstNegativeLine = 0;
  let lineNo = firstLineNo - 1;
  let pos = start;
  const cellStarts = new Int32Array(valueCount + 2);
  const cellEnds = new Int32Array(valueCount + 2);
  while (pos < text.length) {
    lineNo++;
    let end = text.indexOf('\n', pos);
    const hasNewline = end >= 0;
    if (end < 0) end = text.length;
    const isLast = end >= text.length - 1;
    const lineStart = pos;
    pos = end + 1;
    // Split into cells.
    let count = 0;
    let i = lineStart;
    while (i < end) {
      let c = text.charCodeAt(i);
      while (i < end && (c === 32 || c === 9 || c === 13)) c = text.charCodeAt(++i);
      if (i >= end) break;
      const s = i;
      while (i < end && c !== 32 && c !== 9 && c !== 13) c = text.charCodeAt(++i);
      if (count < cellStarts.length) {
        cellStarts[count] = s;
        cellEnds[count] = i;
      }
      count++;
    }
    if (count === 0) continue;
    const truncatedTail = isLast && !hasNewline;
    if (count !== valueCount + 1) {
      if (truncatedTail && count < valueCount + 1) {
        warnings.push(
          warn('truncated_last_line', lineNo, `The last line has ${count} of ${valueCount + 1} cells; dropped.`),
        );
        break;
      }
      return pressureError('column_count', `line ${lineNo}`, `Expected ${valueCount + 1} cells, found ${count}.`);
    }
    if (frame === capacity) {
      capacity *= 2;
      const grownV = new Float32Array(capacity * valueCount);
      grownV.set(values);
      values = grownV;
      const grownT = new Float64Array(capacity);
      grownT.set(times);
      times = grownT;
    }
    const timeS = parseDecimal(text, cellStarts[0] ?? 0, cellEnds[0] ?? 0);
    if (Number.isNaN(timeS)) {
      if (truncatedTail) break;
      return pressureError('invalid_number', `line ${lineNo}`, 'The time cell is not a number.');
    }
    if (frame > 0 && timeS <= (times[frame - 1] ?? 0)) {
      return pressureError(
        'time_not_increasing',
        `line ${lineNo}`,
        `Time ${timeS} s does not come after ${times[frame - 1] ?? 0} s.`,
      );
    }
    times[frame] = timeS;
    const base = frame * valueCount;
    for (let k = 0; k < valueCount; k++) {
      const v = parseDecimal(text, cellStarts[k + 1] ?? 0, cellEnds[k + 1] ?? 0);
      if (Number.isNaN(v)) {
        if (truncatedTail) {
          warnings.push(warn('truncated_last_line', lineNo, 'The last line ends mid-number; dropped.'));
          return finish();
        }
        const shown = text.slice(cellStarts[k + 1] ?? 0, cellEnds[k + 1] ?? 0).slice(0, 20);
        return pressureError('invalid_number', `line ${lineNo}`, `Cell ${k + 2} ("${shown}") is not a number.`);
      }
      if (v > absurdAbove || v < -absurdAbove) {
        return pressureError('absurd_value', `line ${lineNo}`, `Cell ${k + 2} holds ${v} ${unit}, beyond any foot.`);
      }
      if (v < 0) {
        if (negatives === 0) firstNegativeLine = lineNo;
        negatives++;
        values[base + k] = 0;
      } else values[base + k] = v;
    }
    frame++;
  }
  return finish();

  function finish(): NumericRows | PressureReadError {
    if (frame === 0) return pressureError('no_frames', `line ${lineNo}`, 'No data line was found.');
    if (negatives > 0) {
      warnings.push(
        warn('negative_value', firstNegativeLine, `${negatives} negative value(s) were set to 0 (first here).`),
      );
    }
    return {
      frameCount: frame,
      timesS: times.slice(0, frame),
      values: values.slice(0, frame * valueCount),
      warnings,
    };
  }
}

function warn(code: string, line: number, message: string): Issue {
  return { severity: 'warning', code, path: `line ${line}`, message };
}

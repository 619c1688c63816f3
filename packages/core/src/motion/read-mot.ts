import type { Issue } from '../issue.js';
import type { MotionReadError } from './motion-read-error.js';

/** A table of named columns over time, as in OpenSim MOT and STO files. */
export interface MotionTable {
  readonly kind: 'MotionTable';
  /** Header lines before `endheader` (key=value or free text), kept verbatim. */
  readonly headerLines: readonly string[];
  readonly columnNames: readonly string[];
  /** One array per column, same order as `columnNames` (column 0 is usually `time`). */
  readonly columns: readonly Float64Array[];
}

/** Result of {@link readMot}. */
export type MotReadResult =
  | { readonly ok: true; readonly table: MotionTable; readonly warnings: readonly Issue[] }
  | { readonly ok: false; readonly error: MotionReadError };

function fail(code: MotionReadError['code'], message: string, where: string): MotReadResult {
  return { ok: false, error: { code, message, where } };
}

/**
 * Reads an OpenSim MOT or STO file (header up to `endheader`, then a column-name line and numeric rows,
 * tab- or space-separated). Header counts (`nRows`, `datarows`, `nColumns`, `datacolumns`) that disagree
 * with the data produce warnings; the data wins.
 *
 * @param text - the whole file
 * @returns the table and warnings, or a typed error
 */
export function readMot(text: string): MotReadResult {
  if (text.trim() === '') return fail('empty', 'The MOT/STO file is empty.', 'line 1');
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const end = lines.findIndex((l) => l.trim().toLowerCase() === 'endheader');
  if (end < 0) return fail('bad_header', 'No "endheader" line was found.', 'line 1');
  const headerLines = lines.slice(0, end);
  const namesLine = lines[end + 1];
  if (namesLine === undefined || namesLine.trim() === '') {
    return fail('bad_header', 'The column-name line after endheader is missing.', `line ${String(end + 2)}`);
  }
  const split = (l: string): string[] => l.trim().split(/[\t ]+/);
  const columnNames = namesLine.includes('\t') ? namesLine.split('\t').map((s) => s.trim()) : split(namesLine);
  while (columnNames.length > 0 && columnNames[columnNames.length - 1] === '') columnNames.pop();
  const k = columnNames.length;
  const warnings: Issue[] = [];
  const data: number[][] = columnNames.map(() => []);
  for (let li = end + 2; li < lines.length; li++) {
    const line = lines[li] ?? '';
    if (line.trim() === '') continue;
    const row = split(line);
    if (row.length !== k) {
      warnings.push({
        severity: 'warning',
        code: 'row_length_mismatch',
        path: `line ${String(li + 1)}`,
        message: `Row has ${String(row.length)} values for ${String(k)} columns; missing values are NaN.`,
      });
    }
    for (let c = 0; c < k; c++) {
      const cell = row[c];
      const v = cell === undefined ? NaN : Number(cell);
      if (cell !== undefined && !Number.isFinite(v) && !/^-?nan$/i.test(cell)) {
        return fail(
          'bad_number',
          `"${cell}" in column ${columnNames[c] ?? ''} is not a number.`,
          `line ${String(li + 1)}`,
        );
      }
      data[c]?.push(v);
    }
  }
  const rows = data[0]?.length ?? 0;
  if (rows === 0) return fail('no_data', 'The file has no data rows.', `line ${String(end + 3)}`);
  for (const h of headerLines) {
    const m = /^\s*(nRows|datarows|nColumns|datacolumns)\s*[= ]\s*(\d+)/.exec(h);
    if (m === null) continue;
    const declared = Number(m[2]);
    const actual = m[1] === 'nRows' || m[1] === 'datarows' ? rows : k;
    if (declared !== actual) {
      warnings.push({
        severity: 'warning',
        code: 'header_count_mismatch',
        path: `header ${m[1] ?? ''}`,
        message: `${m[1] ?? ''} says ${String(declared)} but the data has ${String(actual)}; using the data.`,
      });
    }
  }
  return {
    ok: true,
    table: { kind: 'MotionTable', headerLines, columnNames, columns: data.map((d) => Float64Array.from(d)) },
    warnings,
  };
}

/**
 * Writes a table as an OpenSim MOT/STO file with a header naming the row and column counts.
 *
 * @param table - columns to write (column 0 is time)
 * @param name - the name on the first header line
 * @param inDegrees - the `inDegrees` header flag
 * @returns the file text
 */
export function writeMot(
  table: Pick<MotionTable, 'columnNames' | 'columns'>,
  name = 'motion.mot',
  inDegrees = true,
): string {
  const rows = table.columns[0]?.length ?? 0;
  const out = [
    name,
    'version=1',
    `nRows=${String(rows)}`,
    `nColumns=${String(table.columnNames.length)}`,
    `inDegrees=${inDegrees ? 'yes' : 'no'}`,
    'endheader',
    table.columnNames.join('\t'),
  ];
  for (let r = 0; r < rows; r++) {
    out.push(table.columns.map((c) => String(c[r] ?? NaN)).join('\t'));
  }
  return out.join('\n') + '\n';
}

import type { Issue } from '../issue.js';
import type { MotionReadError } from './motion-read-error.js';

/** Marker trajectories: positions in `units`, NaN where a marker is missing. */
export interface MarkerTrajectories {
  readonly kind: 'MarkerTrajectories';
  readonly rateHz: number;
  readonly units: string;
  readonly markerNames: readonly string[];
  readonly timeS: Float64Array;
  /** Frame-major positions: `xyz[(frame * markers + marker) * 3 + axis]`. */
  readonly xyz: Float64Array;
}

/** Result of {@link readTrc}. */
export type TrcReadResult =
  | { readonly ok: true; readonly markers: MarkerTrajectories; readonly warnings: readonly Issue[] }
  | { readonly ok: false; readonly error: MotionReadError };

function fail(code: MotionReadError['code'], message: string, where: string): TrcReadResult {
  return { ok: false, error: { code, message, where } };
}

function cells(line: string): string[] {
  return line.replace(/\r$/, '').split('\t');
}

/**
 * Reads an OpenSim TRC marker file. Header counts that disagree with the data produce a warning;
 * the data rows win. Empty cells become NaN (a gap).
 *
 * @param text - the whole file
 * @returns the trajectories and warnings, or a typed error
 */
export function readTrc(text: string): TrcReadResult {
  const lines = text.split('\n');
  if (text.trim() === '') return fail('empty', 'The TRC file is empty.', 'line 1');
  if (lines.length < 5 || !(lines[0] ?? '').startsWith('PathFileType')) {
    return fail('bad_header', 'A TRC file starts with a PathFileType line and four header lines.', 'line 1');
  }
  const keys = cells(lines[1] ?? '').map((k) => k.trim());
  const values = cells(lines[2] ?? '').map((v) => v.trim());
  const header = new Map<string, string>();
  keys.forEach((k, i) => {
    if (k !== '') header.set(k, values[i] ?? '');
  });
  const rateHz = Number(header.get('DataRate'));
  if (!Number.isFinite(rateHz) || rateHz <= 0)
    return fail('bad_header', 'DataRate is missing or not positive.', 'line 3');
  const units = header.get('Units') ?? 'mm';
  const nameCells = cells(lines[3] ?? '');
  const markerNames: string[] = [];
  // Marker names are the non-empty cells after Frame# and Time (spacing varies between exporters).
  for (let i = 2; i < nameCells.length; i++) {
    const name = (nameCells[i] ?? '').trim();
    if (name !== '') markerNames.push(name);
  }
  if (markerNames.length === 0) return fail('bad_header', 'No marker names on the fourth line.', 'line 4');
  const warnings: Issue[] = [];
  const m = markerNames.length;
  const declaredMarkers = Number(header.get('NumMarkers'));
  if (declaredMarkers !== m) {
    warnings.push({
      severity: 'warning',
      code: 'header_count_mismatch',
      path: 'line 3',
      message: `NumMarkers says ${String(declaredMarkers)} but ${String(m)} marker names are listed; using the names.`,
    });
  }
  const times: number[] = [];
  const coords: number[] = [];
  for (let li = 5; li < lines.length; li++) {
    const row = cells(lines[li] ?? '');
    if (row.every((c) => c.trim() === '')) continue;
    const t = Number(row[1]);
    if (row[1] === undefined || row[1].trim() === '' || !Number.isFinite(t)) {
      return fail('bad_number', `Time "${row[1] ?? ''}" is not a number.`, `line ${String(li + 1)}`);
    }
    times.push(t);
    for (let c = 0; c < m * 3; c++) {
      const cell = (row[2 + c] ?? '').trim();
      const v = cell === '' ? NaN : Number(cell);
      coords.push(Number.isFinite(v) ? v : NaN);
    }
  }
  if (times.length === 0) return fail('no_data', 'The TRC file has no data rows.', 'line 6');
  const declaredFrames = Number(header.get('NumFrames'));
  if (declaredFrames !== times.length) {
    warnings.push({
      severity: 'warning',
      code: 'header_count_mismatch',
      path: 'line 3',
      message: `NumFrames says ${String(declaredFrames)} but ${String(times.length)} data rows were read; using the rows.`,
    });
  }
  const gaps = coords.filter((v) => Number.isNaN(v)).length;
  if (gaps > 0) {
    warnings.push({
      severity: 'warning',
      code: 'marker_gaps',
      path: 'data',
      message: `${String(gaps / 3)} marker samples are missing (gaps, left as NaN, not filled).`,
    });
  }
  return {
    ok: true,
    markers: {
      kind: 'MarkerTrajectories',
      rateHz,
      units,
      markerNames,
      timeS: Float64Array.from(times),
      xyz: Float64Array.from(coords),
    },
    warnings,
  };
}

/**
 * Writes marker trajectories as an OpenSim TRC file (tab-separated; NaN as empty cells).
 *
 * @param markers - the trajectories
 * @param fileName - the name written on the PathFileType line
 * @returns the file text
 */
export function writeTrc(markers: MarkerTrajectories, fileName = 'markers.trc'): string {
  const m = markers.markerNames.length;
  const n = markers.timeS.length;
  const out: string[] = [];
  out.push(`PathFileType\t4\t(X/Y/Z)\t${fileName}`);
  out.push('DataRate\tCameraRate\tNumFrames\tNumMarkers\tUnits\tOrigDataRate\tOrigDataStartFrame\tOrigNumFrames');
  const r = String(markers.rateHz);
  out.push(`${r}\t${r}\t${String(n)}\t${String(m)}\t${markers.units}\t${r}\t1\t${String(n)}`);
  out.push(['Frame#', 'Time', ...markers.markerNames.flatMap((name) => [name, '', ''])].join('\t'));
  out.push(
    [
      '',
      '',
      ...markers.markerNames.flatMap((_, i) => [`X${String(i + 1)}`, `Y${String(i + 1)}`, `Z${String(i + 1)}`]),
    ].join('\t'),
  );
  out.push('');
  for (let f = 0; f < n; f++) {
    const row: string[] = [String(f + 1), String(markers.timeS[f] ?? 0)];
    for (let c = 0; c < m * 3; c++) {
      const v = markers.xyz[f * m * 3 + c] ?? NaN;
      row.push(Number.isNaN(v) ? '' : String(v));
    }
    out.push(row.join('\t'));
  }
  return out.join('\n') + '\n';
}

import { describe, expect, it } from 'vitest';
import { readGaitpdbText } from './read-gaitpdb-text.js';
import { readGridCsv } from './read-grid-csv.js';
import { readPedarAscii } from './read-pedar-ascii.js';
import { readPressure } from './read-pressure.js';

const HEADER = '# grid rows=2 cols=2 pitch_mm=5 hz=100 units=kPa';
const grid = (...lines: string[]): string => [HEADER, ...lines].join('\n');

/** The error of a reader's result, in either shape (readPressure's Result, or a format reader's own). */
function errorOf(
  result:
    | ReturnType<typeof readPressure>
    | { readonly ok: false; readonly error: { code: string; where: string } }
    | { readonly ok: true },
): { code: string; where: string } | null {
  if (result.ok) return null;
  if ('error' in result) return { code: result.error.code, where: result.error.where };
  const error = result.issues.find((issue) => issue.severity === 'error');
  return error === undefined ? null : { code: error.code, where: error.path };
}

describe('grid CSV reader on bad input', () => {
  it('reads a good file and converts N/cm2 to kPa', () => {
    const result = readGridCsv('# grid rows=1 cols=2 pitch_mm=5 hz=10 units=N/cm2\n0,1,2.5\n0.1,0,3\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Array.from(result.recording.pressuresKpa)).toEqual([10, 25, 0, 30]);
    expect(Array.from(result.recording.timesS)).toEqual([0, 0.1]);
  });

  it('reads CRLF lines, blanks around cells, signs, exponents and bytes the same as text', () => {
    const text = '# grid rows=1 cols=3 pitch_mm=5 hz=10 units=kPa\r\n0, 1.5 ,+2,1e2\r\n0.1,0,3.25,4\r\n';
    const fromText = readGridCsv(text);
    const fromBytes = readGridCsv(new TextEncoder().encode(`\uFEFF${text}`));
    expect(fromText.ok && Array.from(fromText.recording.pressuresKpa)).toEqual([1.5, 2, 100, 0, 3.25, 4]);
    expect(fromBytes.ok && fromBytes.recording.pressuresKpa).toEqual(fromText.ok && fromText.recording.pressuresKpa);
    expect(fromText.ok && fromText.warnings).toEqual([]);
  });

  it('names the bad cell and its line, also in CRLF files and for a bad time cell', () => {
    const crlf = readGridCsv(`${HEADER}\r\n0,1,2,3,4\r\n0.01,1,2,3x,4\r\n`);
    expect(crlf.ok ? null : crlf.error).toMatchObject({ code: 'invalid_number', where: 'line 3' });
    expect(crlf.ok ? '' : crlf.error.message).toContain('"3x"');
    const time = readGridCsv(grid('0,1,2,3,4', 'abc,1,2,3,4', '0.03,1,2,3,4'));
    expect(time.ok ? '' : time.error.message).toContain('time cell "abc"');
  });

  it.each([
    ['a missing header field', '# grid rows=2 cols=2 hz=100 units=kPa\n0,1,2,3,4', 'invalid_header', 'line 1'],
    ['an unknown unit', '# grid rows=2 cols=2 pitch_mm=5 hz=100 units=psi\n0,1,2,3,4', 'invalid_header', 'line 1'],
    [
      'a contradictory field',
      '# grid rows=2 rows=3 cols=2 pitch_mm=5 hz=100 units=kPa\n0,1,2,3,4',
      'contradictory_header',
      'line 1',
    ],
    ['a row with too few cells', grid('0,1,2,3,4', '0.01,1,2,3', '0.02,1,2,3,4'), 'column_count', 'line 3'],
    ['a row with too many cells', grid('0,1,2,3,4,5', '0.01,1,2,3,4'), 'column_count', 'line 2'],
    ['a non-numeric cell', grid('0,1,2,3,4', '0.01,1,x,3,4', '0.02,1,2,3,4'), 'invalid_number', 'line 3'],
    ['an absurd pressure', grid('0,1,2,3,4', '0.01,1,2,90000,4\n'), 'absurd_value', 'line 3'],
    ['time going backwards', grid('0.02,1,2,3,4', '0.01,1,2,3,4\n'), 'time_not_increasing', 'line 3'],
    ['no frames', `${HEADER}\n`, 'no_frames', 'line 1'],
    ['an empty file', '', 'empty_file', 'line 1'],
  ])('reports %s with its line', (_name, text, code, where) => {
    expect(errorOf(readGridCsv(text))).toEqual({ code, where });
  });

  it('drops a truncated last line with a warning naming the line', () => {
    const result = readGridCsv(grid('0,1,2,3,4', '0.01,1,2,3,4', '0.02,1,2'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.recording.frameCount).toBe(2);
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'truncated_last_line', path: 'line 4' }));
  });

  it('warns on line 1 when the frame times contradict hz', () => {
    const result = readGridCsv(grid('0,1,2,3,4', '0.02,1,2,3,4', '0.04,1,2,3,4\n'));
    expect(result.ok && result.warnings).toEqual([expect.objectContaining({ code: 'rate_mismatch', path: 'line 1' })]);
  });

  it('sets negative pressures to zero with one warning', () => {
    const result = readGridCsv(grid('0,1,-2,3,4', '0.01,-1,2,3,4\n'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.recording.pressuresKpa[1]).toBe(0);
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'negative_pressure', path: 'line 2' })]);
  });
});

const PEDAR_HEAD = [
  'file name:  x.sol\tdate/time  13.11.14 13.42',
  'sensor type:  v_1750 ',
  'total time [secs]:  0.04\ttime per frame [secs]:  0.02000\tscanning rate [Hz]:   50',
  'pressure values in  kPa',
  '',
  `time[secs]\t${Array.from({ length: 198 }, (_, i) => (i % 99) + 1).join('\t')}\t`,
];
const pedarRow = (t: number, v = '0.0'): string => `${t.toFixed(5)}\t${Array(198).fill(v).join('\t')}\t`;

describe('pedar reader on bad input', () => {
  it('reads a minimal export', () => {
    const result = readPedarAscii([...PEDAR_HEAD, pedarRow(0.02), pedarRow(0.04), ''].join('\n'));
    expect(result.ok && result.recording.frameCount).toBe(2);
  });

  it('rejects a scanning rate that contradicts the time per frame', () => {
    const head = PEDAR_HEAD.map((l) => l.replace('[Hz]:   50', '[Hz]:   100'));
    expect(errorOf(readPedarAscii([...head, pedarRow(0.02), ''].join('\n')))).toEqual({
      code: 'contradictory_header',
      where: 'header',
    });
  });

  it('rejects a column line without 2 × 99 sensors', () => {
    const head = [...PEDAR_HEAD.slice(0, 5), 'time[secs]\t1\t2\t3'];
    expect(errorOf(readPedarAscii([...head, pedarRow(0.02), ''].join('\n')))).toEqual({
      code: 'invalid_header',
      where: 'line 6',
    });
  });

  it('reports a non-numeric cell and time going backwards with their lines', () => {
    expect(errorOf(readPedarAscii([...PEDAR_HEAD, pedarRow(0.02), pedarRow(0.04, 'abc'), ''].join('\n')))).toEqual({
      code: 'invalid_number',
      where: 'line 8',
    });
    expect(errorOf(readPedarAscii([...PEDAR_HEAD, pedarRow(0.04), pedarRow(0.02), ''].join('\n')))).toEqual({
      code: 'time_not_increasing',
      where: 'line 8',
    });
  });
});

describe('gaitpdb reader on bad input', () => {
  const row = (t: number, total = 8): string => `${t.toFixed(2)}\t${Array(16).fill('1').join('\t')}\t${total}\t8`;

  it('warns, with the frame, when a device total is not the sum of its sensors', () => {
    const result = readGaitpdbText([row(0), row(0.01, 20), row(0.02), ''].join('\n'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'total_mismatch', path: 'frame 1' }));
  });

  it('reports a wrong column count and an absurd force with their lines', () => {
    expect(errorOf(readGaitpdbText([row(0), '0.01\t1\t2', row(0.02)].join('\n')))).toEqual({
      code: 'column_count',
      where: 'line 2',
    });
    expect(errorOf(readGaitpdbText([row(0), row(0.01, 1e7), ''].join('\n')))).toEqual({
      code: 'absurd_value',
      where: 'line 2',
    });
  });

  it('says unknown_format for text that is none of the three formats', () => {
    expect(errorOf(readPressure('hello world\n'))).toEqual({ code: 'unknown_format', where: 'line 1' });
  });
});

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testdataFile } from '../../../../test-support/testdata.js';
import { readMot, writeMot } from './read-mot.js';
import { readTrc, writeTrc } from './read-trc.js';

function text(relative: string): string | null {
  const file = testdataFile(relative);
  return file === null ? null : readFileSync(file, 'utf8');
}

describe('readTrc', () => {
  it('reads the gait2354 walking trial with its markers, rate and times', (ctx) => {
    const t = text('opensim-gait2354-walk/subject01_walk1.trc');
    if (t === null) return ctx.skip('test data is absent');
    const r = readTrc(t);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.markers.rateHz).toBe(60);
    expect(r.markers.markerNames.length).toBeGreaterThan(10);
    expect(r.markers.xyz.length).toBe(r.markers.timeS.length * r.markers.markerNames.length * 3);
  });

  it('reads the Hamner running markers: 600 frames of 41 markers at 60 Hz', (ctx) => {
    const t = text('opensim-hamner-running/subject02_running.trc');
    if (t === null) return ctx.skip('test data is absent');
    const r = readTrc(t);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.markers.timeS.length).toBe(600);
    expect(r.markers.markerNames.length).toBe(41);
  });

  it('writes and reads back the same trajectories, gaps included', () => {
    const markers = {
      kind: 'MarkerTrajectories' as const,
      rateHz: 100,
      units: 'mm',
      markerNames: ['A', 'B'],
      timeS: Float64Array.from([0, 0.01]),
      xyz: Float64Array.from([1, 2, 3, 4, 5, 6, NaN, NaN, NaN, 7.5, -8, 9]),
    };
    const r = readTrc(writeTrc(markers));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Array.from(r.markers.xyz)).toEqual(Array.from(markers.xyz));
    expect(r.warnings.map((w) => w.code)).toEqual(['marker_gaps']);
  });

  it('rejects an empty file, a missing header and a file without rows with coded errors', () => {
    expect(readTrc('')).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(readTrc('hello\nworld')).toMatchObject({ ok: false, error: { code: 'bad_header' } });
    const headerOnly = writeTrc({
      kind: 'MarkerTrajectories',
      rateHz: 100,
      units: 'mm',
      markerNames: ['A'],
      timeS: new Float64Array(0),
      xyz: new Float64Array(0),
    });
    expect(readTrc(headerOnly)).toMatchObject({ ok: false, error: { code: 'no_data' } });
  });
});

describe('readMot', () => {
  it('reads the gait2354 ground reaction forces with time and 19 columns', (ctx) => {
    const t = text('opensim-gait2354-walk/subject01_walk1_grf.mot');
    if (t === null) return ctx.skip('test data is absent');
    const r = readMot(t);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.table.columnNames[0]).toBe('time');
    expect(r.table.columnNames.length).toBe(19);
    expect(r.table.columns[0]?.length).toBe(1501);
  });

  it('reads a space-padded STO export of centre of pressure', (ctx) => {
    const t = text('opensim-c3d-walking/std_cop_walking2_grfs.sto');
    if (t === null) return ctx.skip('test data is absent');
    const r = readMot(t);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.table.columnNames.slice(0, 2)).toEqual(['time', 'f1_1']);
    expect(r.table.columns[0]?.length).toBe(101);
  });

  it('reads the Hamner running forces despite a header claiming 901 rows, with a warning', (ctx) => {
    const t = text('opensim-hamner-running/subject02_running_grf.mot');
    if (t === null) return ctx.skip('test data is absent');
    const r = readMot(t);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.table.columns[0]?.length).toBe(601);
    expect(r.warnings.some((w) => w.code === 'header_count_mismatch')).toBe(true);
  });

  it('warns when the declared row count disagrees with the data', () => {
    const r = readMot('x\nnRows=5\nendheader\ntime\ta\n0\t1\n0.1\t2\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map((w) => w.code)).toContain('header_count_mismatch');
  });

  it('writes and reads back a table', () => {
    const table = {
      columnNames: ['time', 'knee'],
      columns: [Float64Array.from([0, 0.5]), Float64Array.from([1.25, -3])],
    };
    const r = readMot(writeMot(table));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    expect(Array.from(r.table.columns[1] ?? [])).toEqual([1.25, -3]);
  });

  it('rejects a file without endheader and a non-numeric cell with coded errors', () => {
    expect(readMot('time\ta\n0\t1')).toMatchObject({ ok: false, error: { code: 'bad_header' } });
    expect(readMot('endheader\ntime\ta\n0\tx\n')).toMatchObject({
      ok: false,
      error: { code: 'bad_number', where: 'line 3' },
    });
  });
});

describe('fuzzing the text readers with corrupted real files', () => {
  const files: [string, (s: string) => { ok: boolean }][] = [
    ['opensim-gait2354-walk/subject01_walk1.trc', readTrc],
    ['opensim-hamner-running/subject02_running.trc', readTrc],
    ['opensim-gait2354-walk/subject01_walk1_grf.mot', readMot],
    ['opensim-c3d-walking/std_cop_walking5_grfs.sto', readMot],
  ];
  for (const [relative, read] of files) {
    it(`returns a result or a coded error, never throws, for corrupted copies of ${relative}`, (ctx) => {
      const t = text(relative);
      if (t === null) return ctx.skip('test data is absent');
      const head = t.slice(0, 20000);
      fc.assert(
        fc.property(fc.nat(head.length), fc.nat(head.length), fc.string({ maxLength: 8 }), (a, b, ins) => {
          const lo = Math.min(a, b);
          const corrupted = head.slice(0, lo) + ins + head.slice(Math.max(a, b));
          const r = read(corrupted) as { ok: boolean; error?: { code: string; where: string } };
          if (!r.ok) {
            expect(typeof r.error?.code).toBe('string');
            expect(typeof r.error?.where).toBe('string');
          }
        }),
        { numRuns: 150 },
      );
    });
  }
});

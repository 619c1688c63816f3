import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testdataFile } from '../../../../test-support/testdata.js';
import type { PressureFormat } from './pressure-recording.js';
import { analyzePlate } from './analyze-plate.js';
import { readPressure } from './read-pressure.js';
import { mun104ToGridCsv } from './testing/mun104-grid.js';

/** The beginning of a real file (whole lines), small enough for many fuzz runs. */
function realSample(relative: string, lines: number): string | null {
  const file = testdataFile(relative);
  if (file === null) return null;
  return new TextDecoder('latin1').decode(readFileSync(file)).split('\n').slice(0, lines).join('\n') + '\n';
}

type Mutation =
  | { readonly kind: 'set'; readonly at: number; readonly char: string }
  | { readonly kind: 'cut'; readonly at: number }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number };

const nearMissChar = fc.constantFrom(...'0123456789-+.eE, \n\r\t#x=aN'.split(''));
const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: position, char: nearMissChar }),
  fc.record({ kind: fc.constant('cut' as const), at: position }),
  fc.record({ kind: fc.constant('insert' as const), at: position, text: fc.string({ maxLength: 12 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 40 }) }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = Math.floor(m.at * out.length);
    switch (m.kind) {
      case 'set':
        out = out.slice(0, at) + m.char + out.slice(at + 1);
        break;
      case 'cut':
        out = out.slice(0, at);
        break;
      case 'insert':
        out = out.slice(0, at) + m.text + out.slice(at);
        break;
      case 'delete':
        out = out.slice(0, at) + out.slice(at + m.length);
        break;
    }
  }
  return out;
}

const CODES = [
  'empty_file',
  'unknown_format',
  'invalid_header',
  'contradictory_header',
  'column_count',
  'invalid_number',
  'absurd_value',
  'time_not_increasing',
  'no_frames',
];

function checkNeverWrong(text: string, format: 'auto' | PressureFormat): void {
  const result = readPressure(text, format);
  if (!result.ok) {
    const [error] = result.issues.filter((issue) => issue.severity === 'error');
    expect(CODES).toContain(error?.code);
    expect(error?.path).toMatch(/^(line \d+|frame \d+|header)$/);
    return;
  }
  const rec = result.value;
  let increasing = true;
  for (let i = 1; i < rec.timesS.length; i++) increasing &&= rec.timesS[i]! > rec.timesS[i - 1]!;
  expect(increasing).toBe(true);
  const arrays = rec.kind === 'plate' ? [rec.pressuresKpa] : rec.feet.map((f) => f.values);
  let impossible = 0;
  for (const values of arrays) {
    for (const v of values) if (!(Number.isFinite(v) && v >= 0)) impossible++;
  }
  expect(impossible).toBe(0);
  for (const w of result.issues) expect(w.path).toMatch(/^(line \d+|frame \d+|header)$/);
}

describe('pressure readers on corrupted real files', () => {
  const samples: [string, string | null, 'auto' | PressureFormat][] = [
    ['pedar', realSample('pedar-insole-example/pressure_example.asc', 40), 'pedar'],
    ['gaitpdb', realSample('physionet-gaitpdb-sample/GaCo01_01.txt', 60), 'gaitpdb'],
    [
      'MUN104 grid',
      (() => {
        const s = realSample('mun104-pressure-template/MUN104R.csv', 100);
        return s === null ? null : mun104ToGridCsv(s);
      })(),
      'grid',
    ],
  ];
  for (const [name, sample, format] of samples) {
    it(`never throws and never returns an impossible recording for a corrupted ${name} file`, (ctx) => {
      if (sample === null) return ctx.skip('test data is absent');
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.boolean(), (mutations, auto) => {
          checkNeverWrong(mutate(sample, mutations), auto ? 'auto' : format);
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe('the grid CSV scanner', () => {
  const cellText = fc.oneof(
    fc.integer({ min: 0, max: 4999 }).map((v) => ({ text: String(v), value: v })),
    fc.integer({ min: 0, max: 49999 }).map((v) => ({ text: (v / 10).toFixed(1), value: v / 10 })),
    fc.integer({ min: 0, max: 4999 }).map((v) => ({ text: ` ${v}\t`, value: v })),
    fc.integer({ min: 1, max: 49 }).map((v) => ({ text: `${v}e2`, value: v * 100 })),
  );
  it('reads any well-formed grid exactly as written, LF or CRLF, text or bytes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 5 }),
        fc.boolean(),
        fc.boolean(),
        fc.array(cellText, { minLength: 80, maxLength: 80 }),
        (rows, cols, frames, crlf, asBytes, pool) => {
          const eol = crlf ? '\r\n' : '\n';
          const expected: number[] = [];
          let text = `# grid rows=${rows} cols=${cols} pitch_mm=5 hz=100 units=kPa${eol}`;
          for (let f = 0; f < frames; f++) {
            const cells = Array.from({ length: rows * cols }, (_, k) => pool[(f * rows * cols + k) % pool.length]!);
            expected.push(...cells.map((c) => c.value));
            text += `${(f * 0.01).toFixed(2)},${cells.map((c) => c.text).join(',')}${eol}`;
          }
          const result = readPressure(asBytes ? new TextEncoder().encode(text) : text);
          expect(result.ok).toBe(true);
          if (!result.ok || result.value.kind !== 'plate') return;
          expect(result.value.frameCount).toBe(frames);
          expect(Array.from(result.value.pressuresKpa)).toEqual(expected.map((v) => Math.fround(v)));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('plate analysis on corrupted real prints', () => {
  const sample = realSample('mun104-pressure-template/MUN104L.csv', 100);
  it('never throws and gives finite or null indices for whatever the reader accepts', (ctx) => {
    if (sample === null) return ctx.skip('test data is absent');
    const grid = mun104ToGridCsv(sample);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const result = readPressure(mutate(grid, mutations), 'grid');
        if (!result.ok || result.value.kind !== 'plate') return;
        const analysis = analyzePlate(result.value);
        for (const foot of analysis.feet) {
          for (const v of [foot.archIndex, foot.chippauxSmirakPct, foot.staheliIndex, foot.peakPressureKpa]) {
            expect(v === null || Number.isFinite(v)).toBe(true);
          }
          if (foot.archIndex !== null) expect(foot.archIndex).toBeGreaterThanOrEqual(0);
          if (foot.archIndex !== null) expect(foot.archIndex).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 150 },
    );
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = path.join(ROOT, 'packages/cli/bin/groundup.js');
const EXAMPLES = path.join(ROOT, 'examples/questionnaires');
const IDS = ['nrs', 'odi', 'rmdq', 'ffi', 'faam-adl', 'faam-sports', 'lefs', 'koos', 'hoos'];

function groundup(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs with --json and parses stdout, which must be exactly one JSON document. */
function groundupJson(args: string[]) {
  const result = groundup([...args, '--json']);
  const lines = result.stdout.trim().split('\n');
  expect(lines, result.stdout).toHaveLength(1);
  return { ...result, json: JSON.parse(result.stdout) };
}

const example = (name: string) => path.join(EXAMPLES, name);

describe('groundup questionnaire', () => {
  let dir: string;
  const file = (name: string) => path.join(dir, name);

  beforeAll(async () => {
    if (!existsSync(path.join(ROOT, 'packages/cli/dist/main.js'))) {
      throw new Error('the CLI is not built: run `npm run build` (npm test does it first)');
    }
    dir = await mkdtemp(path.join(tmpdir(), 'groundup-questionnaire-'));
    await writeFile(file('odi-out-of-range.json'), JSON.stringify({ answers: { walking: 7, lifting: 2 } }));
    await writeFile(file('odi-unknown-version.json'), JSON.stringify({ version: '1.0', answers: { walking: 2 } }));
    await writeFile(file('broken.json'), '{"answers": {');
    await writeFile(file('odi-empty.json'), JSON.stringify({ answers: {} }));
    await writeFile(
      file('faam-adl-18.json'),
      JSON.stringify({ answers: Object.fromEntries(Array.from({ length: 18 }, (_, i) => [`adl${i + 1}`, 3])) }),
    );
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is listed in the top-level help and has its own help', () => {
    expect(groundup(['--help']).stdout).toContain('questionnaire');
    const help = groundup(['questionnaire', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--baseline');
    expect(help.stdout).toContain('Exit codes');
  });

  it('lists every instrument as text', () => {
    const result = groundup(['questionnaire', 'list']);
    expect(result.code).toBe(0);
    for (const id of IDS) expect(result.stdout).toMatch(new RegExp(`^${id}\\s`, 'm'));
  });

  it('lists every instrument as JSON with its version and items (id, min, max, subscale where there are subscales)', () => {
    const { code, json } = groundupJson(['questionnaire', 'list']);
    expect(code).toBe(0);
    expect(json.instruments.map((i: { id: string }) => i.id)).toEqual(IDS);
    const odi = json.instruments.find((i: { id: string }) => i.id === 'odi');
    expect(odi.version).toBe('2.1a');
    expect(odi.items).toHaveLength(10);
    expect(odi.items[0]).toEqual({ id: 'pain-intensity', label: 'Pain intensity', min: 0, max: 5, integer: true });
    const koos = json.instruments.find((i: { id: string }) => i.id === 'koos');
    expect(koos.items).toHaveLength(42);
    expect(koos.items[0]).toMatchObject({ id: 'p1', min: 0, max: 4, subscale: 'pain' });
    expect(new Set(koos.items.map((i: { subscale: string }) => i.subscale))).toEqual(
      new Set(['pain', 'symptoms', 'adl', 'sport-rec', 'qol']),
    );
  });

  it('scores the example of every instrument', () => {
    for (const id of IDS) {
      expect(existsSync(example(`${id}.json`)), id).toBe(true);
      const { code, json, stderr } = groundupJson(['questionnaire', 'score', id, example(`${id}.json`)]);
      expect(code, `${id}: ${stderr}`).toBe(0);
      expect(json, id).toMatchObject({ instrument: id, scorable: true });
      for (const key of ['version', 'score', 'range', 'higherIsWorse', 'band', 'missingItems']) {
        expect(json, `${id}.${key}`).toHaveProperty(key);
      }
    }
  });

  it('scores the ODI example by hand: 12 of 45 with sex life missing, 26.7 %, moderate', () => {
    const { json } = groundupJson(['questionnaire', 'score', 'odi', example('odi.json')]);
    // 2+1+1+2+2+1+1+1+1 = 12 over 9 sections: 12 ÷ 45 × 100 = 26.67 %.
    expect(json.score).toBeCloseTo((12 / 45) * 100, 10);
    expect(json.band.id).toBe('moderate');
    expect(json.missingItems).toEqual(['sex-life']);
    expect(json.range).toEqual([0, 100]);
    expect(json.higherIsWorse).toBe(true);
  });

  it('reports the change from a baseline with the MCID and its source', () => {
    const { code, json } = groundupJson([
      'questionnaire',
      'score',
      'odi',
      example('odi.json'),
      '--baseline',
      example('odi-baseline.json'),
    ]);
    expect(code).toBe(0);
    // Baseline 24 ÷ 45 = 53.33 %; now 26.67 %: change −26.67 points, −50 % → clinically important.
    expect(json.baseline).toBeCloseTo((24 / 45) * 100, 10);
    expect(json.change).toBeCloseTo((-12 / 45) * 100, 10);
    expect(json.changePct).toBeCloseTo(-50, 10);
    expect(json.clinicallyImportant).toBe(true);
    expect(json.mcid).toMatchObject({
      points: 10,
      percent: 30,
      sources: [expect.objectContaining({ id: 'ostelo-2008' })],
    });
    const text = groundup([
      'questionnaire',
      'score',
      'nrs',
      example('nrs.json'),
      '--baseline',
      example('nrs-baseline.json'),
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/change −4\.0 points \(−57\.1 % of baseline\), improved; clinically important/);
  });

  it('gives KOOS and HOOS subscales with id, score and scorable, and no total', () => {
    for (const id of ['koos', 'hoos']) {
      const { json } = groundupJson(['questionnaire', 'score', id, example(`${id}.json`)]);
      expect(json.score).toBeNull();
      expect(json.subscales.map((s: { id: string }) => s.id)).toEqual(['pain', 'symptoms', 'adl', 'sport-rec', 'qol']);
      for (const sub of json.subscales) expect(sub).toMatchObject({ scorable: true, score: expect.any(Number) });
    }
    const { json } = groundupJson(['questionnaire', 'score', 'koos', example('koos.json')]);
    // KOOS pain 1,2,1,0,2,1,1,0,1: sum 9, mean 1 → 100 − 25 = 75.
    expect(json.subscales[0].score).toBe(75);
  });

  it('exits 0 and says not scorable when too many items are missing', () => {
    const faam = groundupJson(['questionnaire', 'score', 'faam-adl', file('faam-adl-18.json')]);
    expect(faam.code).toBe(0);
    expect(faam.json).toMatchObject({ scorable: false, score: null });
    expect(faam.json.notScorableReason).toMatch(/needs at least 19/);
    const odi = groundup(['questionnaire', 'score', 'odi', file('odi-empty.json')]);
    expect(odi.code).toBe(0);
    expect(odi.stdout).toMatch(/not scorable/);
  });

  it('refuses invalid responses with exit 1, one line on stderr naming the field, and a JSON error', () => {
    const text = groundup(['questionnaire', 'score', 'odi', file('odi-out-of-range.json')]);
    expect(text.code).toBe(1);
    expect(text.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^groundup: .*answers\.walking.*0 to 5/)]);
    const json = groundupJson(['questionnaire', 'score', 'odi', file('odi-out-of-range.json')]);
    expect(json.code).toBe(1);
    expect(json.json.error.code).toBe('invalid_responses');
    const version = groundupJson(['questionnaire', 'score', 'odi', file('odi-unknown-version.json')]);
    expect(version.code).toBe(1);
    expect(version.json.error.message).toMatch(/version "1\.0" is not known/);
    const broken = groundupJson(['questionnaire', 'score', 'odi', file('broken.json')]);
    expect(broken.code).toBe(1);
    expect(broken.json.error.code).toBe('invalid_json');
  });

  it('refuses a missing file with exit 1 and one line', () => {
    const result = groundup(['questionnaire', 'score', 'odi', file('nope.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^groundup: cannot read .*nope\.json: no such file/),
    ]);
    expect(groundupJson(['questionnaire', 'score', 'odi', file('nope.json')]).json.error.code).toBe('file_not_found');
  });

  it('exits 2 for an unknown instrument, an unknown option, a missing argument or subcommand', () => {
    const unknown = groundupJson(['questionnaire', 'score', 'sf36', example('odi.json')]);
    expect(unknown.code).toBe(2);
    expect(unknown.json.error.code).toBe('unknown_instrument');
    expect(unknown.stderr).toMatch(/unknown instrument 'sf36'/);
    expect(groundup(['questionnaire', 'score', 'odi', example('odi.json'), '--colour']).code).toBe(2);
    expect(groundup(['questionnaire', 'score', 'odi']).code).toBe(2);
    expect(groundup(['questionnaire']).code).toBe(2);
    expect(groundup(['questionnaire', 'frob']).code).toBe(2);
    expect(groundup(['questionnaire', 'list', '--baseline', 'x']).code).toBe(2);
  });

  it('has an example for every instrument, and every example responses file names a known instrument', () => {
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json') && f !== 'tsconfig.json');
    for (const id of IDS) expect(files).toContain(`${id}.json`);
    for (const f of files) expect(IDS, f).toContain(f.replace(/(-baseline)?\.json$/, ''));
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createSyntheticPlateWalk, writeGridCsv } from '@groundup/core';
import { testdataOrSkip } from '../../../test-support/testdata.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = path.join(ROOT, 'packages/cli/bin/groundup.js');
const dir = mkdtempSync(path.join(tmpdir(), 'groundup-pressure-cli-'));

function groundup(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000, cwd: dir });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('groundup pressure analyze', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('analyzes the pedar example as JSON: both feet, their peak sensors, steps and regions, and writes an SVG', (ctx) => {
    const asc = testdataOrSkip(ctx, 'pedar-insole-example/pressure_example.asc');
    const { code, stdout } = groundup('pressure', 'analyze', asc, '--svg', 'pedar.svg', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ format: 'pedar', hz: 50, frames: 1114, durationS: 1114 / 50 });
    expect(report.feet.map((f: { side: string }) => f.side)).toEqual(['left', 'right']);
    // SOURCE.md: peak left 320 kPa at sensor 12, right 365 kPa at sensor 90.
    expect(
      report.feet.map((f: { peakPressureKpa: number; peakSensor: string }) => [f.peakPressureKpa, f.peakSensor]),
    ).toEqual([
      [320, '12'],
      [365, '90'],
    ]);
    for (const foot of report.feet) {
      expect(foot.sensorCount).toBe(99);
      expect(foot.steps.length).toBeGreaterThan(15);
      for (const s of foot.steps) expect(s.endS - s.startS).toBeLessThanOrEqual(s.contactTimeS);
      expect(foot.regions).toHaveLength(8);
      expect(foot.regions[0]).toEqual({
        name: 'heel_medial',
        peakKpa: expect.any(Number),
        ptiKpaS: expect.any(Number),
      });
    }
    expect(readFileSync(path.join(dir, 'pedar.svg'), 'utf8')).toMatch(/^<svg[^>]*viewBox=/);
  });

  it('gives forces in N for the PhysioNet insoles', (ctx) => {
    const txt = testdataOrSkip(ctx, 'physionet-gaitpdb-sample/GaCo01_01.txt');
    const { code, stdout } = groundup('pressure', 'analyze', txt, '--format', 'gaitpdb', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.quantity).toBe('force_n');
    expect(report.feet[0].peakForceN).toBeGreaterThan(0);
    expect(report.feet[0].steps[0]).toHaveProperty('peakN');
    expect(report.feet[0].regions[0]).toHaveProperty('ftiNS');
    // The text gives each region's force–time integral as the JSON does, and "no sensor" where it is null.
    const text = groundup('pressure', 'analyze', txt, '--format', 'gaitpdb').stdout;
    const integrals = text.split('\n').filter((l) => l.includes('force–time integral'));
    expect(integrals).toHaveLength(report.feet.length);
    for (const [f, foot] of (
      report.feet as { regions: { name: string; ftiNS: number | null; note?: string }[] }[]
    ).entries()) {
      for (const region of foot.regions)
        expect(integrals[f]).toContain(
          `${region.name} ${region.note === 'no_sensor' ? 'no sensor' : region.ftiNS?.toFixed(1)}`,
        );
    }
  });

  it('gives footprint indices and a sourced foot type for a plate walk, and a text report without --json', () => {
    const { recording } = createSyntheticPlateWalk({
      rows: 120,
      cols: 40,
      pitchMm: 8.5,
      arch: 'flat',
      hz: 100,
      durationS: 2,
    });
    writeFileSync(path.join(dir, 'walk.csv'), writeGridCsv(recording));
    const { code, stdout } = groundup('pressure', 'analyze', 'walk.csv', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ format: 'grid', kind: 'plate', static: false });
    for (const foot of report.feet) {
      expect(foot.archIndex).toBeGreaterThan(0.25);
      expect(foot.chippauxSmirakPct).toBeGreaterThan(45);
      expect(foot.staheliIndex).toBeGreaterThan(1.15);
      expect(foot.cpeiPct).toEqual(expect.any(Number));
      expect(foot.footType.consensus).toBe('flat');
      for (const vote of foot.footType.votes) expect(vote.sources.length).toBeGreaterThan(0);
    }
    const text = groundup('pressure', 'analyze', 'walk.csv');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Arch Index');
    expect(text.stdout).toContain('[U]');
    // The pressure–time integral of every region that --json has is in the text too, to one decimal.
    for (const foot of report.feet as { side: string; regions: { name: string; ptiKpaS: number }[] }[]) {
      const line = text.stdout.split('\n').filter((l) => l.includes('pressure–time integral'))[
        report.feet.indexOf(foot)
      ];
      for (const region of foot.regions) expect(line).toContain(`${region.name} ${region.ptiKpaS.toFixed(1)}`);
    }
  });

  it('analyzes many files in one process: each in its place, a bad one reported, progress and a summary on stderr', () => {
    const { recording } = createSyntheticPlateWalk({
      rows: 120,
      cols: 40,
      pitchMm: 8.5,
      arch: 'high',
      hz: 100,
      durationS: 2,
    });
    writeFileSync(path.join(dir, 'high.csv'), writeGridCsv(recording));
    writeFileSync(path.join(dir, 'broken.csv'), '# grid rows=1 cols=2 pitch_mm=5 hz=10 units=kPa\n0,1,2\n0.1,1\n');
    const alone = JSON.parse(groundup('pressure', 'analyze', 'high.csv', '--json').stdout);
    const batch = groundup('pressure', 'analyze', 'high.csv', 'broken.csv', 'walk.csv', '--json');
    expect(batch.code).toBe(1);
    const document = JSON.parse(batch.stdout);
    expect(document).toMatchObject({ analyzed: 2, failed: 1 });
    expect(document.files.map((f: { file: string }) => path.basename(f.file))).toEqual([
      'high.csv',
      'broken.csv',
      'walk.csv',
    ]);
    expect(document.files[0]).toEqual(alone);
    expect(document.files[1].error.code).toBe('column_count');
    expect(document.files[2].feet.length).toBeGreaterThan(0);
    expect(batch.stderr).toMatch(/\[1\/3\] high\.csv: analyzed/);
    expect(batch.stderr).toMatch(/\[2\/3\] broken\.csv: error column_count/);
    expect(batch.stderr).toMatch(/2 analyzed, 1 failed \(broken\.csv\)/);
    const text = groundup('pressure', 'analyze', 'high.csv', 'walk.csv');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^high\.csv: grid plate/m);
    expect(text.stdout).toMatch(/^walk\.csv: grid plate/m);
    expect(text.stdout.trim().split('\n').at(-1)).toBe('2 analyzed, 0 failed');
    expect(groundup('pressure', 'analyze', 'high.csv', 'walk.csv', '--svg', 'x.svg').code).toBe(2);
  });

  it('exits 1 with the typed error and its line for a bad file, 0 with a warning for an all-zero one, 2 for usage', () => {
    writeFileSync(
      path.join(dir, 'bad.csv'),
      '# grid rows=1 cols=2 pitch_mm=5 hz=10 units=kPa\n0,1,2\n0.1,1\n0.2,1,2\n',
    );
    const bad = groundup('pressure', 'analyze', 'bad.csv', '--json');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).error.code).toBe('column_count');
    expect(bad.stderr).toContain('line 3');
    writeFileSync(path.join(dir, 'zero.csv'), '# grid rows=1 cols=2 pitch_mm=5 hz=10 units=kPa\n0,0,0\n0.1,0,0\n');
    const zero = groundup('pressure', 'analyze', 'zero.csv', '--json');
    expect(zero.code).toBe(0);
    expect(JSON.parse(zero.stdout).warnings.map((w: { code: string }) => w.code)).toContain('no_steps');
    expect(groundup('pressure', 'analyze', 'bad.csv', '--format', 'xyz').code).toBe(2);
    expect(groundup('pressure', 'analyse', 'bad.csv').code).toBe(2);
    expect(groundup('pressure', 'analyze').code).toBe(2);
    expect(groundup('pressure', 'analyze', 'missing.csv').code).toBe(1);
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createSyntheticFoot, writeBinaryStl } from '@groundup/core';
import { requirement } from '../../../test-support/requirements.js';
import { testdataOrSkip } from '../../../test-support/testdata.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = path.join(ROOT, 'packages/cli/bin/groundup.js');
const EXAMPLES = path.join(ROOT, 'examples/rx');
const dir = mkdtempSync(path.join(tmpdir(), 'groundup-design-cli-'));

function groundup(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000, cwd: dir });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const has = (command: string, args: string[]) => spawnSync(command, args, { encoding: 'utf8' }).error === undefined;
/** Fast slicer settings: the test is whether the file slices, not the print's quality. */
const SLICER_ARGS = [
  '--export-gcode',
  '--bed-shape',
  '0x0,300x0,300x300,0x300',
  '--layer-height',
  '0.3',
  '--first-layer-height',
  '0.3',
  '--perimeters',
  '1',
  '--fill-density',
  '0',
  '--top-solid-layers',
  '0',
  '--bottom-solid-layers',
  '0',
  '--skirts',
  '0',
];

describe('groundup design', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('designs both sides into one 3MF and prints the documented JSON', () => {
    const out = path.join(dir, 'pair.3mf');
    const { code, stdout, stderr } = groundup(
      'design',
      '--rx',
      path.join(EXAMPLES, 'plantar-heel-pain-4-4-post.json'),
      '--out',
      out,
      '--json',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.files).toEqual([out]);
    expect(existsSync(report.record)).toBe(true);
    for (const side of ['left', 'right']) {
      const s = report.sides[side];
      for (const field of ['triangleCount', 'volumeMm3', 'manifold', 'minThicknessMm', 'bboxMm', 'checks'])
        expect(s, `${side}.${field}`).toHaveProperty(field);
      expect(s.manifold).toBe(true);
      expect(s.minThicknessMm).toBeCloseTo(3, 2);
      for (const check of s.checks) expect(Object.keys(check).sort()).toEqual(['code', 'message', 'ok', 'severity']);
      const codes = (s.checks as { code: string }[]).map((check) => check.code);
      expect(codes).toContain('closed_manifold');
      expect(codes).not.toContain('kernel_manifold');
    }
    // The same input gives the same bytes.
    const again = path.join(dir, 'again.3mf');
    groundup('design', '--rx', path.join(EXAMPLES, 'plantar-heel-pain-4-4-post.json'), '--out', again);
    expect(readFileSync(again).equals(readFileSync(out))).toBe(true);
  });

  it('has manifold-3d build every body too with --kernel-check, and agrees', () => {
    const out = path.join(dir, 'kernel.3mf');
    const { code, stdout } = groundup(
      'design',
      '--rx',
      path.join(EXAMPLES, 'forefoot-valgus-metatarsal-pad.json'),
      '--out',
      out,
      '--kernel-check',
      '--json',
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { sides: Record<string, { checks: { code: string; ok: boolean }[] }> };
    for (const side of Object.values(report.sides)) {
      expect(side.checks.find((check) => check.code === 'kernel_manifold')?.ok).toBe(true);
      expect(side.checks.find((check) => check.code === 'closed_manifold')?.ok).toBe(true);
    }
  });

  it('writes -left/-right STL files with --side both, one OBJ with --side right, and uses a scan', () => {
    const scan = path.join(dir, 'foot.stl');
    writeFileSync(scan, writeBinaryStl(createSyntheticFoot({ side: 'right' }).mesh));
    const stl = groundup(
      'design',
      '--rx',
      path.join(EXAMPLES, 'total-contact-from-scan.json'),
      '--scan',
      scan,
      '--out',
      path.join(dir, 'tc.stl'),
      '--json',
    );
    expect(stl.code).toBe(0);
    expect(JSON.parse(stl.stdout).files.map((f: string) => path.basename(f))).toEqual([
      'tc-left.stl',
      'tc-left-top-cover.stl',
      'tc-right.stl',
      'tc-right-top-cover.stl',
    ]);
    const obj = groundup(
      'design',
      '--rx',
      path.join(EXAMPLES, 'forefoot-valgus-metatarsal-pad.json'),
      '--side',
      'right',
      '--out',
      path.join(dir, 'ff.obj'),
    );
    expect(obj.code).toBe(0);
    expect(readFileSync(path.join(dir, 'ff.obj'), 'utf8')).toMatch(/^# groundup insole [0-9a-f]{16} right shell/);
  });

  it('refuses bad input with issues naming the field and writes nothing', () => {
    const base = JSON.parse(readFileSync(path.join(EXAMPLES, 'leg-length-heel-lift-right.json'), 'utf8')) as {
      sides: { right: { heelLiftMm: { value: number }; forefootPostDeg: { value: number } } };
      footwear: { maxHeelHeightInShoeMm?: number };
    };
    const out = path.join(dir, 'bad-out.stl');
    const refused = (edit: (rx: typeof base) => void) => {
      const rx = structuredClone(base);
      edit(rx);
      const bad = path.join(dir, 'bad.json');
      writeFileSync(bad, JSON.stringify(rx));
      const { code, stdout } = groundup('design', '--rx', bad, '--out', out, '--json');
      expect(code).toBe(1);
      const report = JSON.parse(stdout) as { files: string[]; issues: { code: string; path: string }[] };
      expect(report.files).toEqual([]);
      expect(readdirSync(dir).filter((f) => f.startsWith('bad-out'))).toEqual([]);
      return report.issues.map((i) => `${i.code} ${i.path}`).sort();
    };
    // A lift beyond the shoe is refused by the prescription reader, before any geometry.
    expect(
      refused((rx) => {
        rx.sides.right.heelLiftMm.value = 12;
        rx.footwear.maxHeelHeightInShoeMm = 10;
      }),
    ).toEqual(['over_in_shoe_limit sides.right.heelLiftMm.value']);
    // A forefoot post on a ¾ device that ends behind the forefoot is a contradiction design finds.
    expect(
      refused((rx) => {
        rx.sides.right.forefootPostDeg.value = 4;
      }),
    ).toEqual(['contradictory sides.right.forefootPostDeg']);

    const notAFoot = path.join(dir, 'blob.stl');
    writeFileSync(
      notAFoot,
      writeBinaryStl(createSyntheticFoot({ lengthMm: 100, ballWidthMm: 98, heelWidthMm: 98 }).mesh),
    );
    const scan = groundup(
      'design',
      '--rx',
      path.join(EXAMPLES, 'total-contact-from-scan.json'),
      '--scan',
      notAFoot,
      '--out',
      out,
      '--json',
    );
    expect(scan.code).toBe(1);
    expect(JSON.parse(scan.stdout).issues[0]).toMatchObject({ code: 'not_a_foot', path: 'scan' });
    expect(
      groundup(
        'design',
        '--rx',
        path.join(EXAMPLES, 'leg-length-heel-lift-right.json'),
        '--out',
        path.join(dir, 'x.step'),
      ).code,
    ).toBe(2);
  });

  it('takes --units for the scan (no units_detected warning), and refuses --units without a scan', () => {
    const scan = path.join(dir, 'units-foot.stl');
    writeFileSync(scan, writeBinaryStl(createSyntheticFoot({ side: 'right' }).mesh));
    const rx = path.join(EXAMPLES, 'total-contact-from-scan.json');
    const detected = groundup('design', '--rx', rx, '--scan', scan, '--side', 'right', '--out', 'u.stl', '--json');
    expect(detected.code).toBe(0);
    expect(JSON.parse(detected.stdout).warnings.map((w: { code: string }) => w.code)).toContain('units_detected');
    const given = groundup(
      'design',
      '--rx',
      rx,
      '--scan',
      scan,
      '--side',
      'right',
      '--units',
      'mm',
      '--out',
      'u.stl',
      '--json',
    );
    expect(given.code).toBe(0);
    expect(JSON.parse(given.stdout).warnings.map((w: { code: string }) => w.code)).not.toContain('units_detected');
    // The same scan read as cm is ten times a foot: no longer measurable as one.
    expect(groundup('design', '--rx', rx, '--scan', scan, '--units', 'cm', '--out', 'u.stl').code).toBe(1);
    const noScan = groundup('design', '--rx', rx, '--units', 'mm', '--out', 'u.stl');
    expect(noScan.code).toBe(2);
    expect(noScan.stderr).toMatch(/--units .* needs --scan/);
    expect(groundup('design', '--rx', rx, '--scan', scan, '--units', 'inch', '--out', 'u.stl').code).toBe(2);
  });

  it('names the shoe size that fits a foot too long for the shoe, and records an --allow fits_shoe override', () => {
    const scan = path.join(dir, 'long-foot.stl');
    writeFileSync(scan, writeBinaryStl(createSyntheticFoot({ side: 'right' }).mesh));
    const document = JSON.parse(readFileSync(path.join(EXAMPLES, 'total-contact-from-scan.json'), 'utf8'));
    document.footwear.size = { system: 'mondopoint-mm', size: 170, width: 'standard' };
    const rx = path.join(dir, 'small-shoe.json');
    writeFileSync(rx, JSON.stringify(document));
    const args = ['design', '--rx', rx, '--scan', scan, '--units', 'mm', '--side', 'right'];
    const refused = groundup(...args, '--out', 'small.stl', '--json');
    expect(refused.code).toBe(1);
    const issue = JSON.parse(refused.stdout).issues.find((i: { code: string }) => i.code === 'fits_shoe');
    const fits = /mondopoint-mm size (\d+) \(last (\d+) mm\) fits/.exec(issue.message);
    expect(fits, issue.message).not.toBeNull();
    expect(issue.message).toContain('--allow fits_shoe');
    expect(existsSync(path.join(dir, 'small.stl'))).toBe(false);
    // The size named fits, and the size below it does not: it is the smallest.
    const size = Number(fits?.[1]);
    for (const [tried, code] of [
      [size, 0],
      [size - 5, 1],
    ] as const) {
      document.footwear.size.size = tried;
      writeFileSync(path.join(dir, `size-${tried}.json`), JSON.stringify(document));
      const result = groundup(
        'design',
        '--rx',
        `size-${tried}.json`,
        '--scan',
        scan,
        '--units',
        'mm',
        '--side',
        'right',
        '--out',
        `s${tried}.stl`,
      );
      expect(result.code, `size ${tried}: ${result.stderr}`).toBe(code);
    }
    const allowed = groundup(...args, '--out', 'small.stl', '--allow', 'fits_shoe', '--json');
    expect(allowed.code).toBe(0);
    const summary = JSON.parse(allowed.stdout);
    expect(summary.overrides).toEqual([
      expect.objectContaining({ check: 'fits_shoe', side: 'right', by: '--allow fits_shoe' }),
    ]);
    const record = JSON.parse(readFileSync(summary.record, 'utf8'));
    expect(record.overrides).toEqual(summary.overrides);
    expect(record.sides.right.checks.find((c: { code: string }) => c.code === 'fits_shoe').ok).toBe(false);
    expect(groundup(...args, '--out', 'x.stl', '--allow', 'closed_manifold').code).toBe(2);
    // A design that fits records no override at all.
    const plain = JSON.parse(
      groundup(
        'design',
        '--rx',
        `size-${size}.json`,
        '--scan',
        scan,
        '--units',
        'mm',
        '--side',
        'right',
        '--out',
        'ok.stl',
        '--json',
      ).stdout,
    );
    expect(JSON.parse(readFileSync(plain.record, 'utf8'))).not.toHaveProperty('overrides');
  });

  it('designs from the imprint cut out of an impression-block scan, and says so', (ctx) => {
    const block = testdataOrSkip(ctx, 'polycron-foot-imprint-ply/Right foot from author.ply');
    const out = path.join(dir, 'imprint.stl');
    const result = groundup(
      'design',
      '--rx',
      path.join(EXAMPLES, 'total-contact-from-scan.json'),
      '--scan',
      block,
      '--side',
      'right',
      '--out',
      out,
      '--json',
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      files: string[];
      warnings: { code: string }[];
      sides: { right: { manifold: boolean; bboxMm: { min: number[]; max: number[] } } };
    };
    expect(report.warnings.map((w) => w.code)).toContain('impression_segmented');
    expect(report.sides.right.manifold).toBe(true);
    // The insole follows the imprint, not the 148 mm block: no longer than the imprint's own foot length
    // (scan measure of the same file, in the same detected cm), and not more than 10 % shorter (the outline
    // stops short of the toe tip and starts a few mm in front of the heel's rearmost point).
    const measured = JSON.parse(groundup('scan', 'measure', block, '--json').stdout) as { lengthMm: number };
    expect(measured.lengthMm).toBeLessThan(145);
    const length = report.sides.right.bboxMm.max[0]! - report.sides.right.bboxMm.min[0]!;
    expect(length).toBeLessThanOrEqual(measured.lengthMm);
    expect(length).toBeGreaterThan(0.9 * measured.lengthMm);
    expect(report.files.length).toBeGreaterThan(0);
    for (const written of report.files) expect(existsSync(written), written).toBe(true);
  });

  it('writes an STL that admesh finds closed, with no disconnected or backwards edges', (ctx) => {
    if (!requirement('admesh', has('admesh', ['--version']), 'apt-get install admesh'))
      return ctx.skip('admesh is not installed');
    const out = path.join(dir, 'lift.stl');
    expect(groundup('design', '--rx', path.join(EXAMPLES, 'leg-length-heel-lift-right.json'), '--out', out).code).toBe(
      0,
    );
    const result = spawnSync('admesh', [out], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Total disconnected facets\s*:\s*0\s+0/);
    expect(result.stdout).toMatch(/Backwards edges\s*:\s*0/);
    expect(result.stdout).toMatch(/Number of parts\s*:\s*1/);
    expect(result.stdout).toMatch(/Degenerate facets\s*:\s*0/);
  });

  it('writes an STL and a 3MF that prusa-slicer slices on a 300 × 300 mm bed', (ctx) => {
    if (!requirement('prusa-slicer', has('prusa-slicer', ['--help']), 'apt-get install prusa-slicer'))
      return ctx.skip('prusa-slicer is not installed');
    const stl = path.join(dir, 'slice.stl');
    const threeMf = path.join(dir, 'slice.3mf');
    const rx = path.join(EXAMPLES, 'leg-length-heel-lift-right.json');
    expect(groundup('design', '--rx', rx, '--out', stl).code).toBe(0);
    expect(groundup('design', '--rx', rx, '--out', threeMf).code).toBe(0);
    for (const [file, placement] of [
      [stl, ['--center', '150,150']],
      [threeMf, ['--dont-arrange']],
    ] as const) {
      const gcode = `${file}.gcode`;
      const result = spawnSync('prusa-slicer', [...SLICER_ARGS, ...placement, '-o', gcode, file], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
      expect(readFileSync(gcode, 'utf8')).toMatch(/^G1 /m);
    }
  });
});

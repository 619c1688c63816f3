import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createSyntheticFoot, readMesh, writeBinaryStl, writeObj, type Mesh } from '@groundup/core';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = path.join(ROOT, 'packages/cli/bin/groundup.js');
const dir = mkdtempSync(path.join(tmpdir(), 'groundup-scan-cli-'));

function groundup(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000, cwd: dir });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: Uint8Array | string): string {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
}

const { mesh: foot, truth } = createSyntheticFoot({ side: 'left', stations: 160, around: 72 });
const inCm: Mesh = { positions: foot.positions.map((v) => v / 10), triangles: foot.triangles };

describe('groundup scan', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('measures a binary STL foot and prints the documented JSON fields', () => {
    const stl = file('left.stl', writeBinaryStl(foot, 'synthetic left foot'));
    const { code, stdout, stderr } = groundup('scan', 'measure', stl, '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    for (const field of [
      'side',
      'units',
      'lengthMm',
      'ballWidthMm',
      'heelWidthMm',
      'ballGirthMm',
      'instepHeightMm',
      'archHeightMm',
      'truncatedLengthMm',
      'triangleCount',
      'warnings',
    ]) {
      expect(report, field).toHaveProperty(field);
    }
    expect(report.side).toBe('left');
    expect(report.units).toBe('mm');
    expect(report.triangleCount).toBe(foot.triangles.length / 3);
    expect(Math.abs(report.lengthMm - truth.lengthMm)).toBeLessThanOrEqual(report.measurements.length.accuracy);
    expect(Math.abs(report.ballWidthMm - truth.ballWidthMm)).toBeLessThanOrEqual(
      report.measurements.ballWidth.accuracy,
    );
    // No --units: the size says mm, and the report says it guessed.
    expect(report.warnings.map((w: { code: string }) => w.code)).toEqual(['units_detected']);
  });

  it('reads an OBJ in centimetres, says it guessed the unit, and honours --units and --side', () => {
    const obj = file('left-cm.obj', writeObj(inCm));
    const guessed = JSON.parse(groundup('scan', 'measure', obj, '--json').stdout);
    expect(guessed.sourceUnit).toBe('cm');
    expect(guessed.warnings.map((w: { code: string }) => w.code)).toContain('units_detected');
    const given = JSON.parse(groundup('scan', 'measure', obj, '--units', 'cm', '--side', 'left', '--json').stdout);
    expect(given.warnings).toEqual([]);
    expect(given.sideSource).toBe('given');
    expect(Math.abs(given.lengthMm - guessed.lengthMm)).toBeLessThan(0.2);
    const text = groundup('scan', 'measure', obj, '--units', 'cm');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Foot length\s+\d+(\.\d)? mm ± \d/);
  });

  it('writes the aligned foot, which reads back in millimetres with the heel at the origin', () => {
    const obj = file('left-cm-2.obj', writeObj(inCm));
    const out = path.join(dir, 'aligned.stl');
    const { code, stdout } = groundup('scan', 'align', obj, '--out', out, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).out).toBe(out);
    const read = readMesh(new Uint8Array(readFileSync(out)));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    let minX = Infinity;
    let maxX = -Infinity;
    let minZ = Infinity;
    for (let i = 0; i < read.value.mesh.positions.length; i += 3) {
      minX = Math.min(minX, read.value.mesh.positions[i]!);
      maxX = Math.max(maxX, read.value.mesh.positions[i]!);
      minZ = Math.min(minZ, read.value.mesh.positions[i + 2]!);
    }
    expect(minX).toBeCloseTo(0, 3);
    expect(minZ).toBeCloseTo(0, 3);
    expect(maxX).toBeGreaterThan(truth.lengthMm - 2);
  });

  it('fails with exit 1 and one coded line for a missing, empty, truncated or non-foot file', () => {
    const cases: [string, string][] = [
      [path.join(dir, 'nope.stl'), 'no such file'],
      [file('empty.stl', new Uint8Array()), 'empty'],
      [file('truncated.stl', writeBinaryStl(foot).slice(0, 84 + 50 * 10 + 7)), ''],
      [file('notes.obj', 'this is not a mesh\n'), ''],
    ];
    for (const [target, fragment] of cases) {
      const { code, stderr, stdout } = groundup('scan', 'measure', target, '--json');
      expect(code, target).toBe(1);
      expect(stderr.trim().split('\n'), target).toHaveLength(1);
      expect(stderr, target).toContain(fragment);
      expect(JSON.parse(stdout).error.code, target).toMatch(/^[a-z_]+$/);
    }
    const cube: Mesh = {
      positions: Float32Array.from([
        0, 0, 0, 90, 0, 0, 90, 90, 0, 0, 90, 0, 0, 0, 90, 90, 0, 90, 90, 90, 90, 0, 90, 90,
      ]),
      triangles: Uint32Array.from([
        0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4, 1, 2, 6, 1, 6, 5, 2, 3, 7, 2, 7, 6, 3, 0, 4, 3, 4, 7,
      ]),
    };
    const notAFoot = groundup('scan', 'measure', file('cube.stl', writeBinaryStl(cube)), '--json');
    expect(notAFoot.code).toBe(1);
    expect(JSON.parse(notAFoot.stdout).error.code).toBe('not_a_foot');
  });

  it('measures several files in one process, each on its own, and goes on past a file that fails', () => {
    const left = file('batch-left.stl', writeBinaryStl(foot, 'synthetic left foot'));
    const right = file('batch-right.obj', writeObj(createSyntheticFoot({ side: 'right' }).mesh));
    const broken = file('batch-broken.stl', new Uint8Array(100));
    const all = groundup('scan', 'measure', left, broken, right, '--units', 'mm', '--json');
    expect(all.code).toBe(1);
    const batch = JSON.parse(all.stdout) as {
      files: { file: string; side?: string; lengthMm?: number; error?: { code: string } }[];
      measured: number;
      failed: number;
    };
    expect(batch.measured).toBe(2);
    expect(batch.failed).toBe(1);
    expect(batch.files.map((f) => path.basename(f.file))).toEqual([
      'batch-left.stl',
      'batch-broken.stl',
      'batch-right.obj',
    ]);
    expect(batch.files[0]?.side).toBe('left');
    expect(batch.files[2]?.side).toBe('right');
    expect(batch.files[1]?.error?.code).toMatch(/^[a-z_]+$/);
    // Each file measures as it does alone.
    const alone = JSON.parse(groundup('scan', 'measure', left, '--units', 'mm', '--json').stdout) as {
      lengthMm: number;
    };
    expect(batch.files[0]?.lengthMm).toBe(alone.lengthMm);
    const good = groundup('scan', 'measure', left, right, '--units', 'mm');
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/2 measured, 0 failed/);
  });

  it('exits 2 for a bad option value or a missing file argument', () => {
    expect(groundup('scan', 'measure', 'x.stl', '--side', 'middle').code).toBe(2);
    expect(groundup('scan', 'measure', 'x.stl', '--units', 'inch').code).toBe(2);
    expect(groundup('scan', 'measure').code).toBe(2);
    expect(groundup('scan', 'align', 'x.stl').code).toBe(2);
    expect(groundup('scan').code).toBe(2);
  });
});

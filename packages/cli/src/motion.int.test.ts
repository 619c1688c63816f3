import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readMot, readTrc } from '@groundup/core';
import { testdataOrSkip } from '../../../test-support/testdata.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = path.join(ROOT, 'packages/cli/bin/groundup.js');
const dir = mkdtempSync(path.join(tmpdir(), 'groundup-motion-cli-'));

function groundup(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000, cwd: dir });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('groundup motion', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('converts C3D markers to a TRC that reads back with the same marker count', (ctx) => {
    const c3d = testdataOrSkip(ctx, 'opensim-c3d-walking/walking2.c3d');
    const { code, stdout } = groundup('motion', 'convert', c3d, '--to', 'trc', '--out', 'w2.trc', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).frames).toBe(1249);
    const r = readTrc(readFileSync(path.join(dir, 'w2.trc'), 'utf8'));
    expect(r.ok && r.markers.markerNames.length).toBe(44);
  });

  it('converts C3D force platforms to a MOT with two platforms of force, COP and free moment', (ctx) => {
    const c3d = testdataOrSkip(ctx, 'opensim-c3d-walking/walking2.c3d');
    expect(groundup('motion', 'convert', c3d, '--to', 'mot', '--out', 'w2.mot').code).toBe(0);
    const r = readMot(readFileSync(path.join(dir, 'w2.mot'), 'utf8'));
    expect(r.ok && r.table.columnNames).toContain('1_ground_force_pz');
  });

  it('analyzes the gait2354 walk with its GRF file and prints events and cadence as JSON', (ctx) => {
    const trc = testdataOrSkip(ctx, 'opensim-gait2354-walk/subject01_walk1.trc');
    const grf = testdataOrSkip(ctx, 'opensim-gait2354-walk/subject01_walk1_grf.mot');
    const { code, stdout } = groundup('motion', 'analyze', trc, '--grf', grf, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.hz).toBe(60);
    expect(report.frames).toBe(151);
    expect(report.events.length).toBeGreaterThanOrEqual(4);
    expect(report.events[0]).toMatchObject({ side: 'right', kind: 'foot-off' });
    expect(report.spatiotemporal.cadenceStepsPerMin).toBeGreaterThan(60);
    expect(report.spatiotemporal.walkingSpeedMps).toBeGreaterThan(1);
    expect(report.angles).toEqual({});
    expect(report.warnings.map((w: { code: string }) => w.code)).toContain('no_static');
  });

  it('gives joint angle curves at the trial rate with --static', (ctx) => {
    const trc = testdataOrSkip(ctx, 'opensim-gait2354-walk/subject01_walk1.trc');
    const stat = testdataOrSkip(ctx, 'opensim-gait2354-walk/subject01_static.trc');
    const grf = testdataOrSkip(ctx, 'opensim-gait2354-walk/subject01_walk1_grf.mot');
    const { code, stdout } = groundup('motion', 'analyze', trc, '--static', stat, '--grf', grf, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.angles.timeS.length).toBe(151);
    for (const name of ['pelvis_tilt', 'hip_flexion_r', 'knee_flexion_l', 'ankle_dorsiflexion_r', 'foot_progression_l'])
      expect(report.angles[name].length, name).toBe(151);
    // Mid-swing knee flexion of walking is tens of degrees (OpenSim IK on this trial: about 60°).
    expect(Math.max(...report.angles.knee_flexion_r)).toBeGreaterThan(45);
    expect(report.stance.right.footProgression.stances).toBeGreaterThanOrEqual(1);
    expect(report.stance.right.inversion.source).toBe('ankle');
    expect(report.warnings.map((w: { code: string }) => w.code)).toContain('no_rearfoot');
  });

  it('exits 1 naming the missing markers when the static trial lacks them', (ctx) => {
    const trc = testdataOrSkip(ctx, 'opensim-gait2354-walk/subject01_walk1.trc');
    // The walking trial has no knee or ankle markers, so as a static trial it cannot calibrate.
    const r = groundup('motion', 'analyze', trc, '--static', trc, '--json');
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('missing_markers');
    expect(r.stdout + r.stderr).toContain('R.Knee.Med');
  });

  it('matches force plates to feet in a C3D walk', (ctx) => {
    const c3d = testdataOrSkip(ctx, 'opensim-c3d-walking/walking2.c3d');
    const { code, stdout } = groundup('motion', 'analyze', c3d, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.eventSource).toBe('force-plates+markers');
    expect(report.forcePlates.map((p: { side: string }) => p.side).sort()).toEqual(['left', 'right']);
    expect(report.events.some((e: { source: string }) => e.source === 'force')).toBe(true);
  });

  it('reports the marker gaps it fills and those it leaves with --fill-gaps, and rejects a bad count', (ctx) => {
    const c3d = testdataOrSkip(ctx, 'opensim-c3d-walking/walking2.c3d');
    const { code, stdout } = groundup('motion', 'analyze', c3d, '--fill-gaps', '5', '--json');
    expect(code).toBe(0);
    // Markers of walking2 are missing before the subject enters the volume and after it leaves.
    const codes = JSON.parse(stdout).warnings.map((w: { code: string }) => w.code);
    expect(codes).toContain('marker_gaps');
    expect(groundup('motion', 'analyze', c3d, '--fill-gaps', '-1').code).toBe(2);
  });

  it('analyzes the Hamner running markers without a GRF file', (ctx) => {
    const trc = testdataOrSkip(ctx, 'opensim-hamner-running/subject02_running.trc');
    const { code, stdout } = groundup('motion', 'analyze', trc, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).events.length).toBeGreaterThan(6);
  });

  it('exits 1 with the error code for a C3D with a wrong processor byte, and 2 for a bad command line', () => {
    const bad = new Uint8Array(1024);
    bad[0] = 2;
    bad[1] = 0x50;
    bad[512 + 3] = 99;
    writeFileSync(path.join(dir, 'bad.c3d'), bad);
    const r = groundup('motion', 'analyze', 'bad.c3d', '--json');
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('bad_processor');
    expect(groundup('motion', 'convert', 'bad.c3d', '--to', 'xyz', '--out', 'x').code).toBe(2);
  });

  it('says in text what it says in JSON: a truncated C3D keeps its warning', (ctx) => {
    const c3d = testdataOrSkip(ctx, 'opensim-c3d-walking/walking2.c3d');
    writeFileSync(path.join(dir, 'cut.c3d'), readFileSync(c3d).subarray(0, 200_000));
    const json = groundup('motion', 'convert', 'cut.c3d', '--to', 'trc', '--out', 'cut.trc', '--json');
    expect(json.code).toBe(0);
    const warnings = JSON.parse(json.stdout).warnings as { code: string; message: string }[];
    expect(warnings.map((w) => w.code)).toContain('truncated');
    const text = groundup('motion', 'convert', 'cut.c3d', '--to', 'trc', '--out', 'cut.trc');
    expect(text.code).toBe(0);
    for (const w of warnings) expect(text.stdout).toContain(`warning ${w.code}: ${w.message}`);
    expect(text.stdout).toMatch(/Only \d+ of 1249 frames are present/);
  });

  it('prints stance %, step times and step asymmetry in text as --json gives them', (ctx) => {
    const trc = testdataOrSkip(ctx, 'opensim-gait2354-walk/subject01_walk1.trc');
    const grf = testdataOrSkip(ctx, 'opensim-gait2354-walk/subject01_walk1_grf.mot');
    const report = JSON.parse(groundup('motion', 'analyze', trc, '--grf', grf, '--json').stdout);
    const s = report.spatiotemporal;
    const text = groundup('motion', 'analyze', trc, '--grf', grf).stdout;
    const f = (v: number | null, d: number) => (v === null ? '—' : v.toFixed(d));
    expect(text).toContain(`stance ${f(s.stancePct.left, 1)} / ${f(s.stancePct.right, 1)} % of the stride`);
    expect(text).toContain(`step time ${f(s.stepTimeS.left, 2)} / ${f(s.stepTimeS.right, 2)} s`);
    expect(text).toContain(
      `step asymmetry: time ${f(s.stepTimeSymmetryPct, 1)} %, length ${f(s.stepLengthSymmetryPct, 1)} %`,
    );
    expect(s.stancePct.right).toBeGreaterThan(50);
    for (const w of report.warnings) expect(text).toContain(w.message);
  });

  it('analyzes several trials in one process, with the same result for each as alone, and goes on past a bad one', (ctx) => {
    const walk = testdataOrSkip(ctx, 'opensim-gait2354-walk/subject01_walk1.trc');
    const run = testdataOrSkip(ctx, 'opensim-hamner-running/subject02_running.trc');
    writeFileSync(path.join(dir, 'bad.trc'), 'not a trc file\n');
    const batch = groundup('motion', 'analyze', walk, 'bad.trc', run, '--json');
    expect(batch.code).toBe(1);
    const document = JSON.parse(batch.stdout);
    expect(document).toMatchObject({ analyzed: 2, failed: 1 });
    expect(document.files[0]).toEqual(JSON.parse(groundup('motion', 'analyze', walk, '--json').stdout));
    expect(document.files[2]).toEqual(JSON.parse(groundup('motion', 'analyze', run, '--json').stdout));
    expect(document.files[1].error.code).toMatch(/^[a-z_]+$/);
    expect(batch.stderr.trim().split('\n')).toHaveLength(4);
    expect(groundup('motion', 'analyze', walk, run, '--grf', 'x.mot').code).toBe(2);
  });
});

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, type TestContext } from 'vitest';
import { testdataOrSkip } from '../../../../test-support/testdata.js';
import { createIcosphereMesh } from '../mesh/mesh-builders.js';
import { writeObj } from '../mesh/write-obj.js';
import { writePly } from '../mesh/write-ply.js';
import { writeAsciiStl, writeBinaryStl } from '../mesh/write-stl.js';
import { createSyntheticPlatePrint, writeGridCsv } from '../pressure/synthetic-plate.js';
import { detectCaptureFormat } from './detect-capture-format.js';

const text = (value: string) => new TextEncoder().encode(value);
const sphere = createIcosphereMesh(40, 2);
const sphereTriangles = sphere.triangles.length / 3;

/** A real file from the shared test data as bytes; the test is skipped (counted as skipped) when it is absent. */
function real(relative: string, context: TestContext): Uint8Array {
  return new Uint8Array(readFileSync(testdataOrSkip(context, relative)));
}

describe('detectCaptureFormat', () => {
  it('reads every mesh encoding groundup writes and reports what the mesh reader counted', () => {
    const cases: [Uint8Array, string][] = [
      [writeBinaryStl(sphere), 'stl-binary'],
      [writeBinaryStl(sphere, 'solid written by a scanner'), 'stl-binary'],
      [text(writeAsciiStl(sphere)), 'stl-ascii'],
      [text(writeObj(sphere)), 'obj'],
      [writePly(sphere), 'ply'],
      [writePly(sphere, { encoding: 'ascii' }), 'ply'],
    ];
    for (const [bytes, kind] of cases) {
      const report = detectCaptureFormat(bytes);
      expect(report.format.kind, kind).toBe(kind);
      expect(report.format.family).toBe('scan');
      if (report.format.family === 'scan') expect(report.format.triangleCount).toBe(sphereTriangles);
      expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    }
  });

  it('reads a grid CSV pressure recording', () => {
    const plate = createSyntheticPlatePrint({ rows: 40, cols: 20, pitchMm: 8, arch: 'normal', seed: 1 });
    const report = detectCaptureFormat(text(writeGridCsv(plate)));
    expect(report.format).toEqual({ kind: 'grid-csv', family: 'pressure', frameCount: plate.frameCount });
  });

  it('recognises the real pedar recording the CLI reads', (context) => {
    const pedar = real('pedar-insole-example/pressure_example.asc', context);
    // 1,114 frames: the count the pressure reader's own real-data test holds for this file.
    expect(detectCaptureFormat(pedar).format).toEqual({ kind: 'pedar', family: 'pressure', frameCount: 1114 });
  });

  it('recognises the real PhysioNet gaitpdb recording the CLI reads', (context) => {
    const gaitpdb = real('physionet-gaitpdb-sample/GaCo01_01.txt', context);
    const report = detectCaptureFormat(gaitpdb);
    expect(report.format.kind).toBe('gaitpdb');
    expect(report.format.family).toBe('pressure');
    // One frame a line: the frame count is the number of non-empty lines.
    const lines = new TextDecoder()
      .decode(gaitpdb)
      .split('\n')
      .filter((l) => l.trim() !== '').length;
    expect(report.format.kind === 'gaitpdb' ? report.format.frameCount : null).toBe(lines);
  });

  it('recognises the real meshes, C3D, TRC, MOT and STO files in the shared test data', (context) => {
    const expectations: [string, string][] = [
      ['boa-ssm-foot-stl/m2s_105_foot.stl', 'stl-binary'],
      ['polycron-foot-imprint-ply/Left foot from author.ply', 'ply'],
      ['opensim-c3d-walking/walking2.c3d', 'c3d'],
      ['opensim-c3d-walking/std_walking2_markers.trc', 'trc'],
      ['opensim-gait2354-walk/subject01_walk1.trc', 'trc'],
      ['opensim-gait2354-walk/subject01_walk1_grf.mot', 'mot'],
      ['opensim-c3d-walking/std_walking2_grfs.sto', 'mot'],
    ];
    for (const [relative, kind] of expectations) {
      const bytes = real(relative, context);
      const report = detectCaptureFormat(bytes);
      expect(report.format.kind, relative).toBe(kind);
      expect(
        report.issues.filter((i) => i.severity === 'error'),
        relative,
      ).toEqual([]);
    }
    const c3d = detectCaptureFormat(real('opensim-c3d-walking/walking2.c3d', context)).format;
    expect(c3d.kind === 'c3d' ? c3d.frameCount : 0).toBeGreaterThan(0);
    expect(c3d.kind === 'c3d' ? c3d.pointCount : 0).toBeGreaterThan(0);
  });

  it('never takes a PNG for a C3D, although its second byte is the C3D key byte', (context) => {
    const png = real('pedar-insole-example/pedarProbe_left_foot_mask.png', context);
    expect(png[1]).toBe(0x50);
    const report = detectCaptureFormat(png);
    expect(report.format.kind).toBe('unknown');
    expect(report.issues.map((i) => i.code)).toEqual(['unknown_format']);
    expect(report.issues[0]?.message).toMatch(/not a C3D/);
  });

  it('reports the reader’s own error for a file that announces a format and then breaks it', () => {
    const ply = writePly(sphere);
    const brokenPly = detectCaptureFormat(ply.slice(0, ply.byteLength - 100));
    expect(brokenPly.format.kind).toBe('unknown');
    expect(brokenPly.issues[0]?.severity).toBe('error');
    expect(brokenPly.issues[0]?.message).toMatch(/looks like a PLY/);
    expect(brokenPly.issues[0]?.code).not.toBe('unknown_format');

    const trcHeaderOnly = detectCaptureFormat(text('PathFileType\t4\t(X/Y/Z)\twalk.trc\n'));
    expect(trcHeaderOnly.format.kind).toBe('unknown');
    expect(trcHeaderOnly.issues[0]?.code).toBe('bad_header');
    expect(trcHeaderOnly.issues[0]?.message).toMatch(/TRC/);

    const motWithoutRows = detectCaptureFormat(text('grf\nversion=1\nendheader\n'));
    expect(motWithoutRows.format.kind).toBe('unknown');
    expect(motWithoutRows.issues[0]?.message).toMatch(/MOT\/STO/);
  });

  it('does not call a truncated binary STL a mesh', () => {
    const stl = writeBinaryStl(sphere);
    expect(detectCaptureFormat(stl.slice(0, stl.byteLength - 50 * 3 - 7)).format.kind).toBe('unknown');
  });

  it('does not call a C3D with a broken processor byte a C3D', (context) => {
    const broken = real('opensim-c3d-walking/walking2.c3d', context).slice();
    const parameterBlock = ((broken[0] ?? 2) - 1) * 512;
    broken[parameterBlock + 3] = 0; // the processor byte: 84, 85 or 86 in a real file
    expect(detectCaptureFormat(broken).format.kind).toBe('unknown');
  });

  it('reports an empty file and plain text with coded errors', () => {
    expect(detectCaptureFormat(new Uint8Array()).issues.map((i) => i.code)).toEqual(['empty_file']);
    expect(detectCaptureFormat(text('hello world')).issues.map((i) => i.code)).toEqual(['unknown_format']);
  });

  it('never throws on arbitrary bytes, always says the size, and is unknown exactly when it reports an error', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }),
          // Bytes that pass each first-bytes check, so the readers get garbage behind a right signature.
          fc.uint8Array({ minLength: 512, maxLength: 2000 }).map((b) => {
            b[1] = 0x50;
            return b;
          }),
          fc.string({ maxLength: 400 }).map((s) => text(`ply\nformat ascii 1.0\n${s}`)),
          fc.string({ maxLength: 400 }).map((s) => text(`PathFileType\t4\n${s}`)),
          fc.string({ maxLength: 400 }).map((s) => text(`solid x\n${s}`)),
          fc.string({ maxLength: 400 }).map((s) => text(`v 1 2 3\n${s}`)),
          fc.string({ maxLength: 400 }).map((s) => text(`# grid rows=2 cols=2 pitch_mm=5 hz=100\n${s}`)),
        ),
        (bytes) => {
          const report = detectCaptureFormat(bytes);
          expect(report.sizeBytes).toBe(bytes.byteLength);
          expect(report.format.kind === 'unknown').toBe(report.issues.some((i) => i.severity === 'error'));
        },
      ),
    );
  });
});

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testdataOrSkip } from '../../../../test-support/testdata.js';
import { detectCaptureFormat } from './detect-capture-format.js';

const text = (value: string) => new TextEncoder().encode(value);

/** A binary STL with `count` triangles (all zero coordinates; only the layout matters here). */
function binaryStl(count: number, header = 'groundup test'): Uint8Array {
  const bytes = new Uint8Array(84 + 50 * count);
  bytes.set(text(header).slice(0, 80));
  new DataView(bytes.buffer).setUint32(80, count, true);
  return bytes;
}

describe('detectCaptureFormat', () => {
  it('recognises a binary STL by its exact length and reports the triangle count', () => {
    const report = detectCaptureFormat(binaryStl(4));
    expect(report.format).toEqual({ kind: 'stl-binary', family: 'scan', triangleCount: 4 });
    expect(report.issues).toEqual([]);
  });

  it('recognises a binary STL whose header starts with "solid", as many exporters write', () => {
    expect(detectCaptureFormat(binaryStl(2, 'solid exported by a scanner')).format.kind).toBe('stl-binary');
  });

  it('does not call a truncated binary STL binary', () => {
    const truncated = binaryStl(10).slice(0, 84 + 50 * 9);
    expect(detectCaptureFormat(truncated).format.kind).toBe('unknown');
  });

  it('recognises ASCII STL, OBJ, PLY encodings, TRC, MOT and the grid CSV', () => {
    const cases: [string, string][] = [
      ['solid foot\n facet normal 0 0 1\n  outer loop\n', 'stl-ascii'],
      ['# scan\nv 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n', 'obj'],
      ['ply\nformat ascii 1.0\nelement vertex 3\n', 'ply'],
      ['ply\r\nformat binary_big_endian 1.0\r\n', 'ply'],
      ['PathFileType\t4\t(X/Y/Z)\twalk.trc\n', 'trc'],
      ['walk_grf\nversion=1\nnRows=3\nendheader\ntime\tfx\n', 'mot'],
      ['# grid rows=2 cols=2 pitch_mm=5 hz=100 units=kPa\n0,1,2,3,4\n', 'grid-csv'],
    ];
    for (const [content, kind] of cases) expect(detectCaptureFormat(text(content)).format.kind, content).toBe(kind);
    expect(detectCaptureFormat(text('ply\nformat binary_big_endian 1.0\n')).format).toEqual({
      kind: 'ply',
      family: 'scan',
      encoding: 'binary_big_endian',
    });
  });

  it('recognises a C3D file by its parameter-section key byte', () => {
    const c3d = new Uint8Array(1024);
    c3d[0] = 2;
    c3d[1] = 0x50;
    expect(detectCaptureFormat(c3d).format).toEqual({ kind: 'c3d', family: 'motion' });
  });

  it('reports an empty file and an unknown one with coded errors', () => {
    expect(detectCaptureFormat(new Uint8Array()).issues.map((i) => i.code)).toEqual(['empty_file']);
    expect(detectCaptureFormat(text('hello world')).issues.map((i) => i.code)).toEqual(['unknown_format']);
  });

  it('never throws on arbitrary bytes, and always says the size', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const report = detectCaptureFormat(bytes);
        expect(report.sizeBytes).toBe(bytes.byteLength);
        expect(report.format.kind === 'unknown').toBe(report.issues.some((i) => i.severity === 'error'));
      }),
    );
  });

  it('recognises the real foot meshes in the shared test data (binary STL, PLY)', (ctx) => {
    const stl = testdataOrSkip(ctx, 'boa-ssm-foot-stl/m2s_105_foot.stl');
    const ply = testdataOrSkip(ctx, 'polycron-foot-imprint-ply/Left foot from author.ply');
    const c3d = testdataOrSkip(ctx, 'opensim-c3d-walking/walking2.c3d');
    const trc = testdataOrSkip(ctx, 'opensim-gait2354-walk/subject01_walk1.trc');
    const mot = testdataOrSkip(ctx, 'opensim-gait2354-walk/subject01_walk1_grf.mot');
    const report = detectCaptureFormat(new Uint8Array(readFileSync(stl)));
    expect(report.format.family).toBe('scan');
    expect(report.format.kind).toMatch(/^stl-/);
    expect(detectCaptureFormat(new Uint8Array(readFileSync(ply))).format).toEqual({
      kind: 'ply',
      family: 'scan',
      encoding: 'binary_little_endian',
    });
    expect(detectCaptureFormat(new Uint8Array(readFileSync(c3d))).format.kind).toBe('c3d');
    expect(detectCaptureFormat(new Uint8Array(readFileSync(trc))).format.kind).toBe('trc');
    expect(detectCaptureFormat(new Uint8Array(readFileSync(mot))).format.kind).toBe('mot');
  });
});

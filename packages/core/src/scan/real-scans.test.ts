import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testdataFile } from '../../../../test-support/testdata.js';
import { readMesh } from '../mesh/read-mesh.js';
import { readSucceeded } from '../testing/mesh-fixtures.js';
import { scanned } from '../testing/scan-fixtures.js';

/**
 * The ANSUR II (female) 1st–99th percentile of a ratio of two foot dimensions: a population oracle
 * for scan measurements (shared/testdata/ansur2-female/SOURCE.md).
 */
function ansurRange(numerator: string, denominator: string): { p1: number; p99: number } | null {
  const file = testdataFile('ansur2-female/ANSUR II FEMALE Public.csv');
  if (file === null) return null;
  const [header = '', ...rows] = readFileSync(file, 'latin1').split(/\r?\n/);
  const columns = header.split(',');
  const ni = columns.indexOf(numerator);
  const di = columns.indexOf(denominator);
  expect(ni, numerator).toBeGreaterThanOrEqual(0);
  expect(di, denominator).toBeGreaterThanOrEqual(0);
  const ratios = rows
    .map((row) => row.split(','))
    .map((cells) => Number(cells[ni]) / Number(cells[di]))
    .filter((r) => Number.isFinite(r) && r > 0)
    .sort((a, b) => a - b);
  expect(ratios.length).toBeGreaterThan(1900);
  return { p1: ratios[Math.floor(0.01 * ratios.length)]!, p99: ratios[Math.floor(0.99 * ratios.length)]! };
}

function scan(relative: string): ReturnType<typeof scanned> | null {
  const file = testdataFile(relative);
  if (file === null) return null;
  const read = readSucceeded(readMesh(new Uint8Array(readFileSync(file))));
  return scanned(read.mesh);
}

describe('real foot scans from the shared test data', () => {
  const widthRatio = ansurRange('footbreadthhorizontal', 'footlength');
  const girthRatio = ansurRange('balloffootcircumference', 'footlength');

  for (const name of ['appm1s_105_foot.stl', 'm2s_105_foot.stl']) {
    it(`measures the BOA size-10.5 mean-shape foot ${name} about 268 mm long, with ANSUR-plausible proportions`, (ctx) => {
      const result = scan(`boa-ssm-foot-stl/${name}`);
      if (result === null || widthRatio === null || girthRatio === null) return ctx.skip('test data is absent');
      const m = result.measurements;
      // SOURCE.md: extents 267–269 mm along the length axis (feet 262–282 mm were averaged).
      expect(m.length.value).toBeGreaterThan(262);
      expect(m.length.value).toBeLessThan(274);
      expect(result.sourceUnit).toBe('mm');
      expect(result.alignment.surface).toBe('whole-foot');
      const width = m.ballWidth.value! / m.length.value!;
      expect(width).toBeGreaterThanOrEqual(widthRatio.p1);
      expect(width).toBeLessThanOrEqual(widthRatio.p99);
      const girth = m.ballGirth.value! / m.length.value!;
      expect(girth).toBeGreaterThanOrEqual(girthRatio.p1);
      expect(girth).toBeLessThanOrEqual(girthRatio.p99);
      expect(m.heelWidth.value!).toBeLessThan(m.ballWidth.value!);
      expect(m.truncatedLength.value! / m.length.value!).toBeGreaterThan(0.6);
      expect(m.truncatedLength.value! / m.length.value!).toBeLessThan(0.85);
    });
  }

  it('cuts the imprints out of the left and right Polycron impression blocks, with the right side, close lengths and ANSUR-plausible breadth', (ctx) => {
    const left = scan('polycron-foot-imprint-ply/Left foot from author.ply');
    const right = scan('polycron-foot-imprint-ply/Right foot from author.ply');
    if (left === null || right === null || widthRatio === null) return ctx.skip('test data is absent');
    for (const result of [left, right]) {
      expect(result.alignment.surface).toBe('plantar-surface');
      const codes = result.warnings.map((w) => w.code);
      // Scanner units: the unit is a guess from the size, and says so.
      expect(codes).toContain('units_detected');
      // A rectangular block round the imprint: the imprint is cut out below the block's top.
      expect(codes).toContain('impression_segmented');
      expect(codes).not.toContain('outline_is_crop');
      expect(result.measurements.ballGirth.value).toBeNull();
      // Width-to-length is scale-free, so scanner units do not matter.
      const width = result.measurements.ballWidth.value! / result.measurements.length.value!;
      expect(width).toBeGreaterThanOrEqual(widthRatio.p1);
      expect(width).toBeLessThanOrEqual(widthRatio.p99);
      expect(result.measurements.heelWidth.value!).toBeLessThan(result.measurements.ballWidth.value!);
    }
    // The files are named by side; nothing told the reader.
    expect(left.alignment.side).toBe('left');
    expect(right.alignment.side).toBe('right');
    const l = left.measurements.length.value!;
    const r = right.measurements.length.value!;
    expect(Math.abs(l - r) / Math.max(l, r)).toBeLessThan(0.05);
  });
});

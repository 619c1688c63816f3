import { describe, expect, it } from 'vitest';
import type { Mesh } from '../mesh/mesh.js';
import { transformMesh } from '../mesh/transform-mesh.js';
import { plantarHeightMap } from './foot-outline.js';
import { IMPRESSION_EDGE_FRACTION, segmentImpression } from './impression.js';
import { scanned } from '../testing/scan-fixtures.js';
import { createSyntheticFoot } from './synthetic-foot.js';

/**
 * A foam-box impression of the synthetic foot: a sheet over the foot's footprint plus a margin, at
 * z = 0 outside the foot and at the plantar surface pushed `depthMm` into the block inside it.
 * `cropAtToesMm` cuts the block short of the toes, as the Polycron scans are.
 */
function impressionBlock(
  side: 'left' | 'right',
  options: { depthMm?: number; marginMm?: number; cellMm?: number; cropAtToesMm?: number } = {},
) {
  const { depthMm = 22, marginMm = 15, cellMm = 1.5, cropAtToesMm = 0 } = options;
  const foot = createSyntheticFoot({ side });
  const map = plantarHeightMap(foot.mesh, cellMm);
  const pad = Math.round(marginMm / cellMm);
  const cols = map.cols + 2 * pad - Math.round(cropAtToesMm / cellMm);
  const rows = map.rows + 2 * pad;
  const positions = new Float32Array(cols * rows * 3);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const h = map.heightsMm[(r - pad) * map.cols + (c - pad)];
      const inside = r >= pad && c >= pad && r - pad < map.rows && c - pad < map.cols && h !== undefined;
      const z = inside && Number.isFinite(h) ? Math.min(0, h - depthMm) : 0;
      const o = 3 * (r * cols + c);
      positions[o] = map.originXMm + (c - pad) * cellMm;
      positions[o + 1] = map.originYMm + (r - pad) * cellMm;
      positions[o + 2] = z;
    }
  }
  const triangles: number[] = [];
  for (let r = 0; r + 1 < rows; r++) {
    for (let c = 0; c + 1 < cols; c++) {
      const v = r * cols + c;
      triangles.push(v, v + 1, v + cols + 1, v, v + cols + 1, v + cols);
    }
  }
  const mesh: Mesh = { positions, triangles: Uint32Array.from(triangles) };
  return { mesh, truth: foot.truth };
}

describe('impression blocks (foam box, plaster tray)', () => {
  for (const side of ['left', 'right'] as const) {
    it(`cuts the imprint of a ${side} foot out of the block and measures the foot, not the block`, () => {
      const { mesh, truth } = impressionBlock(side);
      const result = scanned(mesh, { units: 'mm' });
      const codes = result.warnings.map((w) => w.code);
      expect(codes).toContain('impression_segmented');
      expect(codes).not.toContain('outline_is_crop');
      expect(result.alignment.surface).toBe('plantar-surface');
      expect(result.alignment.side).toBe(side);
      const m = result.measurements;
      // The edge is drawn on the cavity wall, 15 % of the depth below the top: within a grid cell
      // or two of the footprint's edge, and the footprint is the foot's outline at the ground.
      expect(Math.abs(m.length.value! - truth.lengthMm)).toBeLessThan(5);
      expect(Math.abs(m.ballWidth.value! - truth.ballWidthMm)).toBeLessThan(5);
      expect(Math.abs(m.heelWidth.value! - truth.heelWidthMm)).toBeLessThan(8);
    });
  }

  it('finds the block top from its flat border even when the imprint reaches the crop at the toes', () => {
    const { mesh, truth } = impressionBlock('right', { cropAtToesMm: 30 });
    const result = scanned(mesh, { units: 'mm' });
    expect(result.warnings.map((w) => w.code)).toContain('impression_segmented');
    // The toes past the crop are missing, so the imprint is shorter by about the cut.
    expect(result.measurements.length.value!).toBeLessThan(truth.lengthMm - 5);
    expect(result.measurements.length.value!).toBeGreaterThan(truth.lengthMm - 30);
    expect(Math.abs(result.measurements.ballWidth.value! - truth.ballWidthMm)).toBeLessThan(5);
  });

  it('gives the same imprint whichever way up and wherever the block lies', () => {
    const { mesh } = impressionBlock('right');
    const base = scanned(mesh, { units: 'mm' }).measurements;
    // Upside down (scanned from below), turned and moved.
    const c = Math.cos(0.7);
    const s = Math.sin(0.7);
    const moved = transformMesh(mesh, [c, -s, 0, -s, -c, 0, 0, 0, -1, 40, -12, 300]);
    const other = scanned(moved, { units: 'mm' }).measurements;
    for (const key of ['length', 'ballWidth', 'heelWidth', 'truncatedLength'] as const) {
      expect(Math.abs(other[key].value! - base[key].value!), key).toBeLessThan(0.5);
    }
  });

  it('does not cut anything out of a sole without a flat border, or of a closed foot', () => {
    const foot = createSyntheticFoot({ side: 'left' });
    expect(segmentImpression(foot.mesh)).toBeNull();
    const block = impressionBlock('left').mesh;
    const flat: Mesh = { positions: block.positions.map((v, i) => (i % 3 === 2 ? 0 : v)), triangles: block.triangles };
    expect(segmentImpression(flat)).toBeNull();
  });

  it('draws the edge at the stated fraction of the depth', () => {
    const segment = segmentImpression(impressionBlock('left', { depthMm: 30 }).mesh);
    expect(segment).not.toBeNull();
    expect(segment!.maxDepth).toBeCloseTo(30, 0);
    expect(segment!.edgeDepth).toBeGreaterThan(0);
    // The block's top is z = 0: every vertex kept lies deeper than the stated edge, and the edge is the
    // stated fraction of the depth the block really has (30 mm under the deepest plantar point).
    const z = segment!.mesh.positions.filter((_, i) => i % 3 === 2);
    expect(Math.max(...z)).toBeLessThan(-segment!.edgeDepth);
    expect(segment!.edgeDepth).toBeCloseTo(IMPRESSION_EDGE_FRACTION * 30, 0);
    expect(segment!.vertexFraction).toBeGreaterThan(0.3);
    expect(segment!.vertexFraction).toBeLessThan(0.9);
  });
});

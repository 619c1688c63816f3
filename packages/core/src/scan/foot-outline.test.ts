import { describe, expect, it } from 'vitest';
import { alignFoot } from './align-foot.js';
import { footOutline, outlineArea, plantarHeightMap } from './foot-outline.js';
import { createSyntheticFoot } from './synthetic-foot.js';

describe('footOutline', () => {
  const { mesh, truth } = createSyntheticFoot({ side: 'right' });
  const aligned = alignFoot(mesh).mesh;
  const outline = footOutline(aligned);

  it('is a counter-clockwise polygon as long and as wide as the foot', () => {
    expect(outlineArea(outline)).toBeGreaterThan(0);
    const xs = [...outline.xs];
    const ys = [...outline.ys];
    expect(Math.min(...xs)).toBeCloseTo(0, 1);
    expect(Math.max(...xs)).toBeCloseTo(truth.lengthMm, 0);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(truth.ballWidthMm - 1);
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(truth.ballWidthMm + 1);
  });

  it('encloses an area between the length×width box and a fair fraction of it', () => {
    const area = outlineArea(outline);
    const box = truth.lengthMm * truth.ballWidthMm;
    expect(area).toBeLessThan(box);
    expect(area).toBeGreaterThan(0.55 * box);
  });
});

describe('plantarHeightMap', () => {
  it('is zero where the sole rests on the ground, raised under the medial arch, and empty outside the foot', () => {
    const { mesh } = createSyntheticFoot({ side: 'right', archHeightMm: 16 });
    const aligned = alignFoot(mesh).mesh;
    const map = plantarHeightMap(aligned, 2);
    const at = (x: number, y: number) => {
      const col = Math.round((x - map.originXMm) / map.cellMm);
      const row = Math.round((y - map.originYMm) / map.cellMm);
      return map.heightsMm[row * map.cols + col]!;
    };
    expect(at(40, 0)).toBeLessThan(1); // under the heel
    expect(at(190, 0)).toBeLessThan(1.5); // under the ball
    expect(at(117, 30)).toBeGreaterThan(5); // medial arch (+y for a right foot)
    expect(at(117, -25)).toBeLessThan(at(117, 30)); // lateral border lower than the medial
    expect(Number.isNaN(at(5, 45))).toBe(true); // beside the heel, outside the foot
    expect(map.heightsMm.length).toBe(map.cols * map.rows);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testdataOrSkip } from '../../../../test-support/testdata.js';
import { analyseMesh } from '../mesh/analyse-mesh.js';
import { readMesh } from '../mesh/read-mesh.js';
import { readSucceeded } from '../testing/mesh-fixtures.js';
import type { Prescription, SidePrescription } from '../prescription/prescription.js';
import { footOutline } from '../scan/foot-outline.js';
import { scanned } from '../testing/scan-fixtures.js';
import { heightsAt, topAt } from '../testing/insole-probes.js';
import { buildInsole } from './build-insole.js';
import { distanceToPolygon } from './insole-field.js';
import {
  designScanFromAlignment,
  parametersFromPrescription,
  SCAN_OUTLINE_INSET_MM,
} from './parameters-from-prescription.js';

/**
 * Tolerance of the total-contact top surface against the foot's own plantar surface, mm: the plantar height
 * map has 2 mm cells and the insole grid 2 mm spacing, and both interpolate linearly over a curved sole
 * (curvature up to about 1/30 mm⁻¹ under the arch gives about 0.2 mm per interpolation), plus float32.
 */
const CONTACT_TOLERANCE_MM = 0.75;
/** The device border may stand this far outside the foot outline, mm (the inset is a vertex offset of a 2 mm polygon). */
const OUTLINE_MARGIN_MM = 0.5;
/** Points this close to the border are on the heel cup's rise and the sole's curl, not the plantar contact, mm. */
const RIM_BAND_MM = 15;

const field = <T>(value: T) => ({ value, ruleId: 'example' });
const side: SidePrescription = {
  shellMaterial: field('polypropylene'),
  shellThicknessMm: field(3),
  length: field('full'),
  width: field('standard'),
  archFill: field('minimal'),
  archHeightMm: field(null),
  heelCupDepthMm: field(12),
  rearfootPostDeg: field(0),
  rearfootMotionGrindDeg: field(0),
  forefootPostDeg: field(0),
  medialHeelSkiveMm: field(0),
  lateralHeelSkiveMm: field(0),
  heelLiftMm: field(0),
  metatarsalPad: field(null),
  topCover: field({ material: 'none', thicknessMm: 0, length: 'full' }),
  additions: field([]),
};
const rx: Prescription = {
  format: 'groundup-prescription',
  formatVersion: 1,
  revision: 1,
  footwear: { type: 'athletic' },
  sides: { left: side, right: side },
};

describe('insoles designed on the BOA foot scans (shared test data)', () => {
  for (const name of ['m2s_105_foot.stl', 'appm1s_105_foot.stl']) {
    it(`follows the plantar surface of ${name} and stays inside its outline`, (ctx) => {
      const file = testdataOrSkip(ctx, `boa-ssm-foot-stl/${name}`);
      const read = readSucceeded(readMesh(new Uint8Array(readFileSync(file))));
      const { alignment } = scanned(read.mesh);
      const foot = alignment.mesh;
      const scan = designScanFromAlignment(alignment);
      const params = parametersFromPrescription(rx, alignment.side, scan);
      if (params.kind !== 'valid') throw new Error(JSON.stringify(params.issues));
      const building = buildInsole(params.value);
      if (!building.ok) throw new Error(JSON.stringify(building.issues));
      const built = building.value;
      const a = analyseMesh(built.shell.mesh);
      expect(a.closed && a.inconsistentEdgeCount === 0 && a.componentCount === 1).toBe(true);
      expect(built.foldedCells).toBe(0);

      // Top surface − shell thickness against the sole, on a 5 mm lattice away from the rim.
      const thickness = params.value.shell.thicknessMm;
      let worst = 0;
      let compared = 0;
      const length = built.footLengthMm;
      for (let x = 0.05 * length; x <= 0.95 * length; x += 5) {
        for (let y = -60; y <= 60; y += 5) {
          if (distanceToPolygon(built.outline.xs, built.outline.ys, x, y) < RIM_BAND_MM) continue;
          const sole = heightsAt(foot, x, y);
          const device = heightsAt(built.shell.mesh, x, y);
          if (sole.length === 0 || device.length === 0) continue;
          const plantar = Math.min(...sole);
          if (plantar > 25) continue; // toes curled up off the ground: the contour cap
          worst = Math.max(worst, Math.abs(topAt(built.shell.mesh, x, y) - thickness - plantar));
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(200);
      expect(worst).toBeLessThan(CONTACT_TOLERANCE_MM);

      // Every point of the device border inside the foot's outline (+ margin).
      const outline = footOutline(foot, 1);
      let outside = 0;
      for (let i = 0; i < built.outline.xs.length; i++) {
        const x = built.outline.xs[i] ?? 0;
        const y = built.outline.ys[i] ?? 0;
        if (!inside(outline.xs, outline.ys, x, y))
          outside = Math.max(outside, distanceToPolygon(outline.xs, outline.ys, x, y));
      }
      expect(outside).toBeLessThanOrEqual(OUTLINE_MARGIN_MM);
      expect(SCAN_OUTLINE_INSET_MM.standard).toBeGreaterThan(0);
    });
  }
});

function inside(xs: Float64Array, ys: Float64Array, x: number, y: number): boolean {
  let result = false;
  for (let i = 0, j = xs.length - 1; i < xs.length; j = i++) {
    const yi = ys[i] ?? 0;
    const yj = ys[j] ?? 0;
    if (yi > y !== yj > y && x < (((xs[j] ?? 0) - (xs[i] ?? 0)) * (y - yi)) / (yj - yi) + (xs[i] ?? 0))
      result = !result;
  }
  return result;
}

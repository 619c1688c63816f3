import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testdataOrSkip } from '../../../../test-support/testdata.js';
import { forcePlatforms } from './force-platforms.js';
import { readC3d } from './read-c3d.js';
import { readMot } from './read-mot.js';

describe('forcePlatforms on the OpenSim walking trials', () => {
  for (const trial of ['walking2', 'walking5']) {
    it(`gives the reference centre of pressure of ${trial} within 0.5 mm, force within 0.01 N and free moment within 1 N·mm while vertical force is above 50 N`, (ctx) => {
      const c3dPath = testdataOrSkip(ctx, `opensim-c3d-walking/${trial}.c3d`);
      const refPath = testdataOrSkip(ctx, `opensim-c3d-walking/std_cop_${trial}_grfs.sto`);
      const r = readC3d(new Uint8Array(readFileSync(c3dPath)));
      const ref = readMot(readFileSync(refPath, 'utf8'));
      if (!r.ok || !ref.ok) throw new Error('read failed');
      const { plates } = forcePlatforms(r.c3d);
      expect(plates.length).toBe(2);
      const col = (name: string) => ref.table.columns[ref.table.columnNames.indexOf(name)]!;
      const rows = ref.table.columns[0]!.length;
      let compared = 0;
      let maxCop = 0;
      let maxF = 0;
      let maxT = 0;
      for (const plate of plates) {
        const k = plate.platform;
        const n = plate.forceN.length / 3;
        for (let row = 0; row < rows; row++) {
          const s = row === rows - 1 ? n - 1 : row * 100;
          const fz = col(`f${k}_3`)[row]!;
          if (fz <= 50) continue;
          for (let a = 0; a < 3; a++)
            maxF = Math.max(maxF, Math.abs(plate.forceN[s * 3 + a]! - col(`f${k}_${a + 1}`)[row]!));
          for (let a = 0; a < 2; a++)
            maxCop = Math.max(maxCop, Math.abs(plate.copMm[s * 3 + a]! - col(`p${k}_${a + 1}`)[row]!));
          maxT = Math.max(maxT, Math.abs(plate.freeMomentNmm[s]! - col(`m${k}_3`)[row]!));
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(10);
      expect(maxF).toBeLessThan(0.01);
      expect(maxCop).toBeLessThan(0.5);
      expect(maxT).toBeLessThan(1);
    });
  }
});

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Side } from '../scan/foot-frame.js';
import { readPrescription } from '../prescription/read-prescription.js';
import { scanned } from '../testing/scan-fixtures.js';
import { createSyntheticFoot } from '../scan/synthetic-foot.js';
import { designInsoles } from './design-insoles.js';
import { designScanFromAlignment } from './parameters-from-prescription.js';
import { shoeSizeLengths } from './shoe-size.js';

// The prescription engine's golden outputs (issue 7) are rx.json documents that insole design (issue 8) takes
// as they are: each one must design, on a foot of the case's shoe size, without a contradiction or failed check.
const GOLDEN = fileURLToPath(new URL('../../../../examples/cases/golden/', import.meta.url));

describe('the golden prescriptions of the prescription engine', () => {
  const files = readdirSync(GOLDEN).filter((name) => name.endsWith('.rx.json'));

  it('are there to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  for (const name of files) {
    it(`${name} designs a closed, checked insole per side on a foot of its shoe size (or is a referral)`, () => {
      const raw = JSON.parse(readFileSync(`${GOLDEN}${name}`, 'utf8')) as unknown;
      if (raw === null) {
        // A referral: no prescription, nothing to design.
        expect(name).toMatch(/red-flag/);
        return;
      }
      const read = readPrescription(raw);
      if (read.kind !== 'valid') throw new Error(JSON.stringify(read.issues));
      const rx = read.value;
      const size = rx.footwear.size;
      expect(size).toBeDefined();
      // A foot a little shorter than the size's nominal foot length, as feet fit their shoes.
      const lengthMm = shoeSizeLengths(size!.system, size!.size).footLengthMm - 6;
      const sides = (['left', 'right'] as const).filter((side) => rx.sides[side] !== undefined) as Side[];
      for (const side of sides) {
        const foot = createSyntheticFoot({
          side,
          lengthMm,
          ballWidthMm: 0.36 * lengthMm,
          heelWidthMm: 0.24 * lengthMm,
          stations: 90,
          around: 48,
        });
        const scan = designScanFromAlignment(scanned(foot.mesh, { units: 'mm', side }).alignment);
        const outcome = designInsoles(rx, [side], { scan });
        const errors = outcome.issues.filter((issue) => issue.severity === 'error');
        expect(errors, JSON.stringify(errors)).toEqual([]);
        expect(outcome.kind).toBe('designed');
        for (const design of outcome.designs) {
          expect(design.report.manifold).toBe(true);
          expect(design.report.checks.filter((check) => check.severity === 'error' && !check.ok)).toEqual([]);
        }
      }
    });
  }
});

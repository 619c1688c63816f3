import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testdataFile } from '../../../../test-support/testdata.js';
import { readC3d } from './read-c3d.js';
import { readTrc } from './read-trc.js';

function bytes(relative: string): Uint8Array | null {
  const file = testdataFile(relative);
  return file === null ? null : new Uint8Array(readFileSync(file));
}

describe('readC3d on the OpenSim walking trials', () => {
  for (const trial of ['walking2', 'walking5']) {
    it(`gives the same markers as the reference TRC export of ${trial} to the reference's rounding plus 1e-3 mm`, (ctx) => {
      const c3dBytes = bytes(`opensim-c3d-walking/${trial}.c3d`);
      const trcPath = testdataFile(`opensim-c3d-walking/std_${trial}_markers.trc`);
      if (c3dBytes === null || trcPath === null) return ctx.skip('test data is absent');
      const r = readC3d(c3dBytes);
      expect(r.ok).toBe(true);
      const t = readTrc(readFileSync(trcPath, 'utf8'));
      expect(t.ok).toBe(true);
      if (!r.ok || !t.ok) return;
      const c = r.c3d;
      const ref = t.markers;
      const n = c.frames;
      const rows = [0];
      for (let f = 1; f < n - 1; f++) if (f % 10 === 0) rows.push(f);
      rows.push(n - 1);
      expect(rows.length).toBe(ref.timeS.length);
      let compared = 0;
      let maxErr = 0;
      ref.markerNames.forEach((name, mi) => {
        const pi = c.pointLabels.indexOf(name);
        expect(pi, name).toBeGreaterThanOrEqual(0);
        rows.forEach((f, ri) => {
          for (let a = 0; a < 3; a++) {
            const want = ref.xyz[(ri * ref.markerNames.length + mi) * 3 + a]!;
            const got = c.points[(f * c.pointLabels.length + pi) * 3 + a]!;
            if (Number.isNaN(want)) {
              expect(got).toBeNaN();
            } else {
              // The reference is rounded to 5 significant digits: allow half a unit of the 5th digit plus 1e-3 mm.
              const digitUnit = want === 0 ? 0 : 10 ** (Math.floor(Math.log10(Math.abs(want))) - 4);
              maxErr = Math.max(maxErr, (Math.abs(got - want) / 0.5) * digitUnit + 1e-3);
              compared++;
            }
          }
        });
      });
      expect(compared).toBeGreaterThan(1000);
      expect(maxErr).toBeLessThanOrEqual(1);
    });
  }

  it('reads analog channels with a known label count and rate', (ctx) => {
    const b = bytes('opensim-c3d-walking/walking2.c3d');
    if (b === null) return ctx.skip('test data is absent');
    const r = readC3d(b);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.c3d.pointRateHz).toBe(250);
    expect(r.c3d.analogLabels.length).toBeGreaterThan(0);
    expect(r.c3d.analog.length % r.c3d.analogLabels.length).toBe(0);
  });
});

describe('readC3d on broken input', () => {
  it('rejects a truncated header, a wrong processor byte and a parameter pointer past the end', (ctx) => {
    expect(readC3d(new Uint8Array(100))).toMatchObject({ ok: false, error: { code: 'truncated' } });
    const b = bytes('opensim-c3d-walking/walking2.c3d');
    if (b === null) return ctx.skip('test data is absent');
    const wrongProc = b.slice();
    const ps = (b[0]! - 1) * 512;
    wrongProc[ps + 3] = 99;
    expect(readC3d(wrongProc)).toMatchObject({ ok: false, error: { code: 'bad_processor', where: `byte ${ps + 3}` } });
    const farParams = b.slice();
    farParams[0] = 250;
    expect(readC3d(farParams.slice(0, 4096))).toMatchObject({ ok: false, error: { code: 'truncated' } });
  });

  it('reads the frames present in a file cut in the data section, with a truncated warning', (ctx) => {
    const b = bytes('opensim-c3d-walking/walking2.c3d');
    if (b === null) return ctx.skip('test data is absent');
    const r = readC3d(b.slice(0, Math.floor(b.length * 0.6)));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map((w) => w.code)).toContain('truncated');
  });

  for (const trial of ['walking2', 'walking5']) {
    it(`returns a file or a coded error, never throws, for corrupted copies of ${trial}.c3d`, (ctx) => {
      const b = bytes(`opensim-c3d-walking/${trial}.c3d`);
      if (b === null) return ctx.skip('test data is absent');
      const head = b.slice(0, 16384);
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.nat(head.length - 1), fc.nat(255)), { minLength: 1, maxLength: 6 }),
          fc.nat(head.length),
          (edits, cut) => {
            const copy = head.slice(0, Math.max(cut, 1));
            for (const [at, v] of edits) if (at < copy.length) copy[at] = v;
            const r = readC3d(copy);
            if (!r.ok) expect(r.error.where).toMatch(/^(byte|parameter|frame)/);
          },
        ),
        { numRuns: 300 },
      );
    });
  }
});

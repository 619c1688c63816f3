import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testdataOrSkip } from '../../../../test-support/testdata.js';
import type { C3dParameterValue } from './c3d-parameters.js';
import { c3dEvents } from './c3d-events.js';
import { forcePlatforms } from './force-platforms.js';
import { markerGaitEvents } from './marker-events.js';
import { forcePlateEvents } from './plate-events.js';
import { c3dMarkerTrajectories } from './c3d-markers.js';
import { readC3d } from './read-c3d.js';
import { writeC3d, type C3dWriteInput } from './write-c3d.js';

const num = (type: 1 | 2 | 4, values: number[], dims: number[] = []): C3dParameterValue => ({
  kind: 'number',
  type,
  dims,
  values,
});
const text = (strings: string[]): C3dParameterValue => ({
  kind: 'text',
  dims: [Math.max(...strings.map((s) => s.length)), strings.length],
  strings,
});

function sample(): C3dWriteInput {
  const frames = 7;
  const labels = ['RHEE', 'LTOE', 'SACR'];
  const points = Float64Array.from({ length: frames * 9 }, (_, i) => ((i * 37.25) % 1000) - 300.5);
  points[4 * 9 + 3] = NaN;
  const analog = Float64Array.from({ length: frames * 4 * 2 }, (_, i) => Math.sin(i) * 100);
  return {
    pointRateHz: 100,
    pointLabels: labels,
    pointUnits: 'mm',
    points,
    analogLabels: ['Fz1', 'EMG'],
    analogSamplesPerFrame: 4,
    analog,
    parameters: new Map([
      ['EVENT:USED', num(2, [3])],
      ['EVENT:CONTEXTS', text(['Left', 'Right', 'General'])],
      ['EVENT:LABELS', text(['Foot Strike', 'Foot Off', 'Start'])],
      ['EVENT:TIMES', num(4, [0, 0.02, 0, 0.05, 0, 0.01], [2, 3])],
    ]),
  };
}

describe('writeC3d and readC3d round trip', () => {
  for (const processor of ['intel', 'dec', 'mips'] as const) {
    it(`keeps points, gaps, analog samples and parameters in the ${processor} format`, () => {
      const input = sample();
      const r = readC3d(writeC3d(input, processor));
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.c3d.processor).toBe(processor);
      expect(r.c3d.frames).toBe(7);
      expect(r.c3d.pointRateHz).toBe(100);
      expect(r.c3d.analogRateHz).toBe(400);
      expect(r.c3d.pointLabels).toEqual(['RHEE', 'LTOE', 'SACR']);
      expect(r.c3d.analogLabels).toEqual(['Fz1', 'EMG']);
      for (let i = 0; i < input.points.length; i++) {
        const want = input.points[i]!;
        const frameOfGap = Math.floor(i / 3) === 13;
        if (frameOfGap) expect(r.c3d.points[i]).toBeNaN();
        else expect(Math.abs(r.c3d.points[i]! - want)).toBeLessThan(1e-4);
      }
      expect(r.c3d.residuals[13]).toBe(-1);
      for (let i = 0; i < input.analog.length; i++)
        expect(Math.abs(r.c3d.analog[i]! - input.analog[i]!)).toBeLessThan(1e-4);
      expect(r.warnings.map((w) => w.code)).toEqual(['marker_gaps']);
      const ev = c3dEvents(r.c3d);
      expect(ev.events).toEqual([
        { side: 'left', kind: 'foot-strike', timeS: expect.closeTo(0.02, 6) as number, source: 'file' },
        { side: 'right', kind: 'foot-off', timeS: expect.closeTo(0.05, 6) as number, source: 'file' },
      ]);
      expect(ev.other).toEqual([{ label: 'Start', context: 'General', timeS: expect.closeTo(0.01, 6) as number }]);
    });
  }

  it('rejects a file of zero frames with a coded error', () => {
    const input = { ...sample(), points: new Float64Array(0), analog: new Float64Array(0) };
    expect(readC3d(writeC3d(input))).toMatchObject({ ok: false, error: { code: 'no_frames' } });
  });

  it('refuses a negative count from a damaged parameter section with a coded error (a fuzzing find)', () => {
    const copy = writeC3d(sample(), 'mips').slice(0, 911);
    copy[694] = 128;
    copy[2] = 0;
    const r = readC3d(copy);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.where).toMatch(/^(byte|parameter|frame)/);
  });

  for (const processor of ['dec', 'mips'] as const) {
    it(`returns a file or a coded error, never throws, for corrupted ${processor} files`, () => {
      const file = writeC3d(sample(), processor);
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.nat(file.length - 1), fc.nat(255)), { minLength: 1, maxLength: 6 }),
          fc.nat(file.length),
          (edits, cut) => {
            const copy = file.slice(0, Math.max(cut, 1));
            for (const [at, v] of edits) if (at < copy.length) copy[at] = v;
            const r = readC3d(copy);
            if (r.ok) c3dEvents(r.c3d);
            else expect(r.error.where).toMatch(/^(byte|parameter|frame)/);
          },
        ),
        { numRuns: 300 },
      );
    });
  }

  it('reports an EVENT group whose count disagrees with its times', () => {
    const input = sample();
    const params = new Map(input.parameters);
    params.set('EVENT:USED', num(2, [5]));
    const r = readC3d(writeC3d({ ...input, parameters: params }));
    if (!r.ok) throw new Error('read failed');
    expect(c3dEvents(r.c3d).warnings.map((w) => w.code)).toEqual(['bad_events']);
  });
});

describe('forcePlateEvents on the OpenSim walking trials', () => {
  for (const trial of ['walking2', 'walking5']) {
    it(`matches every contact of ${trial} to a foot, and its strikes to the marker events of that foot`, (ctx) => {
      const path = testdataOrSkip(ctx, `opensim-c3d-walking/${trial}.c3d`);
      const r = readC3d(new Uint8Array(readFileSync(path)));
      if (!r.ok) throw new Error('read failed');
      const markers = c3dMarkerTrajectories(r.c3d);
      const { plates } = forcePlatforms(r.c3d);
      const { events, contacts, warnings } = forcePlateEvents(plates, markers);
      expect(warnings).toEqual([]);
      expect(contacts.length).toBeGreaterThanOrEqual(2);
      // The centre of pressure lies under the foot: within 60 mm of its heel–toe marker line (half an adult
      // forefoot's breadth, about 50 mm, plus the markers' offset from the skin).
      expect(contacts.every((c) => c.side !== null && c.distanceMm < 60)).toBe(true);
      expect(contacts.every((c) => c.offS > c.strikeS)).toBe(true);
      // The nearest marker-based strike (either side) is of the same foot. Zeni strikes come 0.04–0.10 s
      // before the plate's 20 N threshold on these trials, hence the 0.12 s window.
      const strikes = markerGaitEvents(markers).events.filter((m) => m.kind === 'foot-strike');
      for (const e of events.filter((x) => x.kind === 'foot-strike')) {
        const nearest = strikes.reduce((a, b) => (Math.abs(b.timeS - e.timeS) < Math.abs(a.timeS - e.timeS) ? b : a));
        expect(nearest.side, `strike at ${String(e.timeS)}`).toBe(e.side);
        expect(Math.abs(nearest.timeS - e.timeS)).toBeLessThan(0.12);
      }
      expect(new Set(contacts.map((c) => c.side)).size).toBe(2);
    });
  }
});

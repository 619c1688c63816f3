import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testdataOrSkip } from '../../../../test-support/testdata.js';
import { analyzeInsole } from './analyze-insole.js';
import { analyzePlate } from './analyze-plate.js';
import { heatColour, pressureHeatmapSvg } from './pressure-heatmap-svg.js';
import { readPressure } from './read-pressure.js';
import { createSyntheticInsoleWalk } from './synthetic-insole.js';
import { createSyntheticPlateWalk } from './synthetic-plate.js';
import { mun104ToGridCsv } from './testing/mun104-grid.js';

interface Parsed {
  readonly viewBox: readonly number[];
  readonly tags: readonly { readonly name: string; readonly attrs: string }[];
}

/** A tiny XML check: tags balance and nest, one root svg with a viewBox; returns the opening tags. */
function parseSvg(svg: string): Parsed {
  const stack: string[] = [];
  const tags: { name: string; attrs: string }[] = [];
  let roots = 0;
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*?)(\/?)>/g)) {
    const [, close, name = '', attrs = '', selfClose] = m;
    if (close === '/') {
      expect(stack.pop(), `closing ${name}`).toBe(name);
      continue;
    }
    if (stack.length === 0) roots++;
    tags.push({ name, attrs });
    if (selfClose !== '/') stack.push(name);
  }
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
  expect(tags[0]?.name).toBe('svg');
  // Nothing but whitespace and text outside tags: no stray "<" or ">".
  expect(svg.replace(/<[^>]*>/g, '')).not.toMatch(/[<>]/);
  const viewBox = /viewBox="([^"]+)"/.exec(tags[0]!.attrs)![1]!.split(' ').map(Number);
  return { viewBox, tags };
}

function checkCop(parsed: Parsed): number {
  const [x0, y0, w, h] = parsed.viewBox as [number, number, number, number];
  let polylines = 0;
  for (const tag of parsed.tags.filter((t) => t.name === 'polyline')) {
    polylines++;
    const points = /points="([^"]+)"/
      .exec(tag.attrs)![1]!
      .split(' ')
      .map((p) => p.split(',').map(Number));
    expect(points.length).toBeGreaterThan(1);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(x0);
      expect(x).toBeLessThanOrEqual(x0 + w);
      expect(y).toBeGreaterThanOrEqual(y0);
      expect(y).toBeLessThanOrEqual(y0 + h);
    }
  }
  return polylines;
}

const sensorRects = (parsed: Parsed): number =>
  parsed.tags.filter((t) => t.name === 'rect' && t.attrs.includes('class="sensor"')).length;

describe('the pressure heat map SVG', () => {
  it('draws one rectangle per loaded plate cell of each foot, its COP path inside the view, and a kPa scale', () => {
    const { recording } = createSyntheticPlateWalk({
      rows: 120,
      cols: 40,
      pitchMm: 8.5,
      arch: 'normal',
      hz: 100,
      durationS: 2,
    });
    const analysis = analyzePlate(recording);
    const svg = pressureHeatmapSvg(recording, analysis, { title: 'Walk <synthetic> & "normal"' });
    const parsed = parseSvg(svg);
    expect(parsed.viewBox).toHaveLength(4);
    // Each side draws its highest-peak full stance: one rect per loaded cell of that stance.
    const expected = analysis.feet.map((f) => {
      const full = f.steps.filter((s) => !s.partial);
      return full.reduce((best, s) => (s.peakKpa > best.peakKpa ? s : best), full[0]!).cells.length;
    });
    expect(sensorRects(parsed)).toBe(expected.reduce((a, b) => a + b, 0));
    expect(checkCop(parsed)).toBe(2);
    expect(svg).toContain('kPa');
    expect(svg).toContain('&lt;synthetic&gt; &amp; &quot;normal&quot;');
  });

  it('draws a static MUN104 print without a COP path', (ctx) => {
    const file = testdataOrSkip(ctx, 'mun104-pressure-template/MUN104R.csv');
    const read = readPressure(mun104ToGridCsv(readFileSync(file, 'utf8')));
    if (!read.ok || read.value.kind !== 'plate') throw new Error('unreadable');
    const parsed = parseSvg(pressureHeatmapSvg(read.value, analyzePlate(read.value)));
    expect(sensorRects(parsed)).toBe(Array.from(read.value.pressuresKpa).filter((v) => v > 0).length);
    expect(checkCop(parsed)).toBe(0);
  });

  it('draws 99 sensors per pedar insole with the COP of a stance, and N for a force insole', (ctx) => {
    const insole = createSyntheticInsoleWalk({ arch: 'normal', hz: 50, durationS: 3 });
    const parsed = parseSvg(pressureHeatmapSvg(insole, analyzeInsole(insole)));
    expect(sensorRects(parsed)).toBe(2 * 99);
    expect(checkCop(parsed)).toBe(2);
    const file = testdataOrSkip(ctx, 'physionet-gaitpdb-sample/GaCo01_01.txt');
    const read = readPressure(readFileSync(file));
    if (!read.ok || read.value.kind !== 'insole') throw new Error('unreadable');
    const svg = pressureHeatmapSvg(read.value, analyzeInsole(read.value));
    const gait = parseSvg(svg);
    expect(sensorRects(gait)).toBe(16);
    expect(checkCop(gait)).toBe(2);
    expect(svg).toContain('peak N');
  });

  it('maps the scale from dark blue at 0 to red at the maximum, clamping outside', () => {
    expect(heatColour(0)).toBe('rgb(49,54,149)');
    expect(heatColour(1)).toBe('rgb(215,48,39)');
    expect(heatColour(2)).toBe(heatColour(1));
    expect(heatColour(Number.NaN)).toBe(heatColour(0));
  });
});

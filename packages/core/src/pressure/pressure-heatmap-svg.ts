import type { InsoleAnalysis } from './analyze-insole.js';
import type { PlateAnalysis, PlateStep } from './analyze-plate.js';
import type { FootSide, PressureRecording } from './pressure-recording.js';

/** Options of {@link pressureHeatmapSvg}. */
export interface HeatmapOptions {
  /** Drawing area of one foot in px (default 200 × 320). */
  readonly panelWidthPx?: number;
  readonly panelHeightPx?: number;
  /** A title line at the top (escaped). */
  readonly title?: string;
}

/** One sensor to draw, in the panel's own units (y down, toes at the top). */
interface Cell {
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly value: number;
}

interface Panel {
  readonly side: FootSide;
  readonly cells: readonly Cell[];
  readonly cop: readonly (readonly [number, number])[];
  readonly width: number;
  readonly height: number;
  readonly label: string;
  /** Regions with no sensor under them (an 8-sensor insole), named under the panel. */
  readonly noSensor: readonly string[];
}

/** Colour stops of the scale (0 → max): dark blue, blue, green, yellow, red. */
const STOPS: readonly (readonly [number, number, number])[] = [
  [49, 54, 149],
  [69, 117, 180],
  [102, 189, 99],
  [254, 224, 68],
  [215, 48, 39],
];

/**
 * Colour of a value on the heat-map scale.
 *
 * @param fraction - value ÷ scale maximum (clamped to 0…1)
 * @returns an `rgb(r,g,b)` colour
 */
export function heatColour(fraction: number): string {
  const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0)) * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(f));
  const t = f - i;
  const a = STOPS[i] ?? [0, 0, 0];
  const b = STOPS[i + 1] ?? a;
  const mix = (k: 0 | 1 | 2): number => Math.round(a[k] + (b[k] - a[k]) * t);
  return `rgb(${mix(0)},${mix(1)},${mix(2)})`;
}

/**
 * Draws the peak pressure of each foot as an SVG heat map (one rectangle per sensor, toes up, the walker's left
 * on the left of each panel) with the centre-of-pressure path of one stance as a polyline, and a colour scale with
 * its unit (kPa, or N for force insoles). For a plate, each side shows its highest-peak full stance (or its only
 * print); for an insole, the peak of each sensor over the recording and the COP of its first full stance. Pure:
 * returns the SVG text.
 *
 * @param recording - the recording
 * @param analysis - its analysis
 * @param options - panel size and title
 * @returns a standalone SVG document
 */
export function pressureHeatmapSvg(
  recording: PressureRecording,
  analysis: InsoleAnalysis | PlateAnalysis,
  options: HeatmapOptions = {},
): string {
  const unit = recording.kind === 'insole' && recording.quantity === 'force_n' ? 'N' : 'kPa';
  const panels = analysis.kind === 'plate' ? platePanels(analysis) : insolePanels(recording, analysis, unit);
  const panelW = options.panelWidthPx ?? 200;
  const panelH = options.panelHeightPx ?? 320;
  const gap = 20;
  const top = options.title === undefined ? 30 : 50;
  const legendW = 90;
  const width = Math.max(1, panels.length) * (panelW + gap) + gap + legendW;
  const height = top + panelH + 30;
  let max = 0;
  for (const p of panels) for (const c of p.cells) max = Math.max(max, c.value);
  const scaleMax = max > 0 ? max : 1;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect class="background" x="0" y="0" width="${width}" height="${height}" fill="white"/>`,
  ];
  if (options.title !== undefined) {
    out.push(`<text x="${gap}" y="22" font-size="15">${escapeXml(options.title)}</text>`);
  }
  panels.forEach((panel, n) => {
    const scale = Math.min(panelW / (panel.width || 1), panelH / (panel.height || 1));
    const ox = gap + n * (panelW + gap) + (panelW - panel.width * scale) / 2;
    const oy = top + (panelH - panel.height * scale) / 2;
    out.push(`<g class="foot" data-side="${panel.side}">`);
    out.push(`<text x="${fmt(gap + n * (panelW + gap))}" y="${top - 8}">${escapeXml(panel.label)}</text>`);
    if (panel.noSensor.length > 0) {
      out.push(
        `<text class="no-sensor" x="${fmt(gap + n * (panelW + gap))}" y="${fmt(top + panelH + 18)}" font-size="10">no sensor: ${escapeXml(panel.noSensor.join(', '))}</text>`,
      );
    }
    for (const c of panel.cells) {
      const s = c.size * scale;
      out.push(
        `<rect class="sensor" x="${fmt(ox + (c.x - c.size / 2) * scale)}" y="${fmt(oy + (c.y - c.size / 2) * scale)}" width="${fmt(s)}" height="${fmt(s)}" fill="${heatColour(c.value / scaleMax)}"><title>${fmt(c.value)} ${unit}</title></rect>`,
      );
    }
    if (panel.cop.length > 1) {
      const points = panel.cop.map(([x, y]) => `${fmt(ox + x * scale)},${fmt(oy + y * scale)}`).join(' ');
      out.push(`<polyline class="cop" points="${points}" fill="none" stroke="black" stroke-width="2"/>`);
    }
    out.push('</g>');
  });
  // Colour scale.
  const lx = width - legendW + 10;
  const steps = 20;
  const barH = panelH - 20;
  out.push('<g class="legend">');
  out.push(`<text x="${lx}" y="${top - 8}">peak ${unit}</text>`);
  for (let i = 0; i < steps; i++) {
    const y = top + (barH * i) / steps;
    out.push(
      `<rect class="scale" x="${lx}" y="${fmt(y)}" width="16" height="${fmt(barH / steps + 0.5)}" fill="${heatColour(1 - (i + 0.5) / steps)}"/>`,
    );
  }
  for (const f of [1, 0.5, 0]) {
    out.push(`<text x="${lx + 22}" y="${fmt(top + barH * (1 - f) + 4)}">${fmt(scaleMax * f)} ${unit}</text>`);
  }
  out.push(`<text x="${lx}" y="${fmt(top + barH + 18)}">— COP path</text>`);
  out.push('</g>');
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

function platePanels(analysis: PlateAnalysis): Panel[] {
  return analysis.feet.map((foot) => {
    const full = foot.steps.filter((s) => !s.partial);
    const pool = full.length > 0 ? full : foot.steps;
    let step: PlateStep | undefined = pool[0];
    for (const s of pool) if (step === undefined || s.peakKpa > step.peakKpa) step = s;
    if (step === undefined)
      return { side: foot.side, cells: [], cop: [], width: 1, height: 1, label: foot.side, noSensor: [] };
    const { xsMm, ysMm, peaksKpa, pitchMm: p } = step.print;
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < xsMm.length; i++) {
      minX = Math.min(minX, xsMm[i] ?? 0);
      maxX = Math.max(maxX, xsMm[i] ?? 0);
      minY = Math.min(minY, ysMm[i] ?? 0);
      maxY = Math.max(maxY, ysMm[i] ?? 0);
    }
    const x0 = minX - p / 2;
    const y1 = maxY + p / 2;
    const cells: Cell[] = Array.from(xsMm, (x, i) => ({
      x: x - x0,
      y: y1 - (ysMm[i] ?? 0),
      size: p,
      value: peaksKpa[i] ?? 0,
    }));
    const cop: [number, number][] = [];
    for (let k = 0; k < step.copXsMm.length; k++) {
      const x = step.copXsMm[k] ?? Number.NaN;
      const y = step.copYsMm[k] ?? Number.NaN;
      if (Number.isFinite(x) && Number.isFinite(y)) cop.push([x - x0, y1 - y]);
    }
    return {
      side: foot.side,
      cells,
      cop,
      width: maxX - minX + p,
      height: maxY - minY + p,
      label: `${foot.side}: peak ${fmt(foot.peakPressureKpa)} kPa`,
      noSensor: [],
    };
  });
}

function insolePanels(recording: PressureRecording, analysis: InsoleAnalysis, unit: string): Panel[] {
  if (recording.kind !== 'insole') return [];
  return analysis.feet.map((foot) => {
    const channels = recording.feet.find((f) => f.side === foot.side);
    if (channels === undefined)
      return { side: foot.side, cells: [], cop: [], width: 1, height: 1, label: foot.side, noSensor: [] };
    const xs = channels.sensorXs;
    const ys = channels.sensorYs;
    // Sensor size: the median distance to the nearest other sensor.
    const nearest: number[] = [];
    for (let i = 0; i < xs.length; i++) {
      let best = Infinity;
      for (let j = 0; j < xs.length; j++) {
        if (j !== i) best = Math.min(best, Math.hypot((xs[i] ?? 0) - (xs[j] ?? 0), (ys[i] ?? 0) - (ys[j] ?? 0)));
      }
      if (Number.isFinite(best)) nearest.push(best);
    }
    nearest.sort((a, b) => a - b);
    const size = 0.9 * (nearest[nearest.length >> 1] ?? 1);
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < xs.length; i++) {
      minX = Math.min(minX, xs[i] ?? 0);
      maxX = Math.max(maxX, xs[i] ?? 0);
      minY = Math.min(minY, ys[i] ?? 0);
      maxY = Math.max(maxY, ys[i] ?? 0);
    }
    // Screen: toes up (along → −y), the walker's left (+y) on the left.
    const toScreen = (along: number, left: number): [number, number] => [
      maxY + size / 2 - left,
      maxX + size / 2 - along,
    ];
    const cells: Cell[] = Array.from(xs, (x, i) => {
      const [sx, sy] = toScreen(x, ys[i] ?? 0);
      return { x: sx, y: sy, size, value: foot.sensorPeaks[i] ?? 0 };
    });
    const step = foot.steps.find((s) => !s.partial) ?? foot.steps[0];
    const cop: [number, number][] = [];
    if (step !== undefined) {
      for (let k = 0; k < step.copXs.length; k++) {
        const a = step.copXs[k] ?? Number.NaN;
        const l = step.copYs[k] ?? Number.NaN;
        if (Number.isFinite(a) && Number.isFinite(l)) cop.push(toScreen(a, l));
      }
    }
    return {
      side: foot.side,
      cells,
      cop,
      width: maxY - minY + size,
      height: maxX - minX + size,
      label: `${foot.side}: peak ${fmt(foot.peakValue)} ${unit}`,
      noSensor: foot.regions.filter((r) => r.note === 'no_sensor').map((r) => r.name.replace(/_/g, ' ')),
    };
  });
}

function fmt(v: number): string {
  return String(Math.round(v * 10) / 10);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

import type { Issue } from '../issue.js';
import { FOOT_REGION_NAMES } from './foot-regions.js';
import { callFootType, type FootTypeCalls } from './foot-type-bands.js';
import {
  cpeiPct,
  footprintGeometry,
  footprintIndices,
  printRegions,
  sideFromShape,
  type FootprintGeometry,
  type FootprintIndices,
  type PlatePrint,
} from './footprint-geometry.js';
import { findPlateContacts, type PlateContact, type PlateContactOptions } from './plate-contacts.js';
import type { FootSide, PlateRecording } from './pressure-recording.js';
import type { RegionLoad } from './analyze-insole.js';

/** N per (kPa × mm²). */
const N_PER_KPA_MM2 = 1e-3;

/** One foot contact on the plate (a stance, or the whole print of a single-frame file). */
export interface PlateStep {
  readonly side: FootSide;
  /**
   * How the side was decided: the step's offset from the walking line, the print's shape, given by the caller, or
   * `default` (left) when nothing told.
   */
  readonly sideFrom: 'walking_line' | 'shape' | 'given' | 'default';
  readonly startS: number;
  readonly endS: number;
  /** Frames × frame period (s); 0 for a single-frame print. */
  readonly contactTimeS: number;
  /** Cut by the start or end of the recording (always true for a single-frame print). */
  readonly partial: boolean;
  readonly peakKpa: number;
  /** `r<row>c<col>` of the peak cell. */
  readonly peakSensor: string;
  /** Cells loaded at any time of the step × pitch² (mm²). */
  readonly contactAreaMm2: number;
  /** Highest total force in a frame: Σ kPa × pitch² (N). */
  readonly peakForceN: number;
  /** The step's footprint (peak per cell) in the plate frame. */
  readonly print: PlatePrint;
  readonly cells: Int32Array;
  readonly geometry: FootprintGeometry;
  readonly indices: FootprintIndices;
  /** CPEI from the COP path (%), null for a single-frame print or a path not reaching the distal third. */
  readonly cpeiPct: number | null;
  /** Centre of pressure per frame (plate frame, mm): across (+ right) and along (+ walking direction). */
  readonly copXsMm: Float64Array;
  readonly copYsMm: Float64Array;
  readonly regions: readonly RegionLoad[];
}

/** The figures of one side on a plate. */
export interface PlateFootAnalysis {
  readonly side: FootSide;
  readonly steps: readonly PlateStep[];
  /** Distinct cells loaded by this side's steps. */
  readonly sensorCount: number;
  readonly peakPressureKpa: number;
  readonly peakSensor: string;
  readonly peakForceN: number;
  /** Median over steps (full steps when there are any). */
  readonly contactAreaMm2: number;
  /** Region peak (max over steps) and PTI (mean over steps of the region's highest cell integral, kPa·s). */
  readonly regions: readonly RegionLoad[];
  /** Medians over steps (full steps when there are any). */
  readonly archIndex: number | null;
  readonly chippauxSmirakPct: number | null;
  readonly staheliIndex: number | null;
  readonly cpeiPct: number | null;
  readonly footType: FootTypeCalls;
  readonly meanContactTimeS: number | null;
}

/** The figures of a plate recording. */
export interface PlateAnalysis {
  readonly kind: 'plate';
  /** True for a single-frame file (a static or peak-pressure print). */
  readonly static: boolean;
  readonly feet: readonly PlateFootAnalysis[];
  readonly cadenceStepsPerMin: number | null;
  /** (L − R) / ((L + R) / 2) × 100 of mean contact time and of peak pressure; descriptive, no threshold. */
  readonly symmetry: { readonly contactTimePct: number | null; readonly peakPct: number | null };
  readonly warnings: readonly Issue[];
}

/** Options of {@link analyzePlate}. */
export interface AnalyzePlateOptions extends PlateContactOptions {
  /** The side of every print when it is known (e.g. a single-foot static print); otherwise detected. */
  readonly side?: FootSide;
}

/**
 * Analyses a pressure-plate recording: finds the contacts (blobs connected in space and time), gives each a side
 * (its offset from the walking line through all steps, or the print's shape for a lone print), and per step the
 * footprint (peak per cell), contact area, total force (kPa × pitch²), COP path, regions and footprint indices;
 * per side the peaks, region loads, median indices and foot-type calls; cadence and left/right symmetry.
 *
 * @param recording - the plate recording
 * @param options - contact threshold, blob rules, a known side
 * @returns the analysis with warnings (no steps, sides not alternating, dropped blobs)
 */
export function analyzePlate(recording: PlateRecording, options: AnalyzePlateOptions = {}): PlateAnalysis {
  const { contacts, droppedBlobs } = findPlateContacts(recording, options);
  const warnings: Issue[] = [];
  const isStatic = recording.frameCount === 1;
  if (contacts.length === 0) {
    warnings.push({
      severity: 'warning',
      code: 'no_steps',
      path: 'frame 0',
      message: 'No foot contact was found: every cell stays at or below the contact threshold.',
    });
  }
  if (droppedBlobs > 0) {
    warnings.push({
      severity: 'warning',
      code: 'small_contacts_dropped',
      path: 'frame 0',
      message: `${droppedBlobs} small loaded patch(es) away from any foot were ignored.`,
    });
  }
  const prepared = contacts.map((contact) => prepare(recording, contact));
  const sides = assignSides(prepared, options.side);
  const steps = prepared.map((p, i) => finishStep(recording, p, sides[i] ?? { side: 'left', from: 'default' }));
  const unsided = steps.filter((s) => s.sideFrom === 'default').length;
  if (unsided > 0) {
    warnings.push({
      severity: 'warning',
      code: 'side_unknown',
      path: 'frame 0',
      message: `${unsided} print(s) show neither a walking line nor a clear foot shape; taken as left.`,
    });
  }
  const walking = isStatic ? [] : steps;
  for (let i = 1; i < walking.length; i++) {
    const a = walking[i - 1];
    const b = walking[i];
    if (a !== undefined && b !== undefined && a.side === b.side && a.sideFrom === 'walking_line') {
      warnings.push({
        severity: 'warning',
        code: 'sides_not_alternating',
        path: `frame ${Math.round(b.startS * recording.hz)}`,
        message: `Two ${b.side} steps follow each other; check the side of each step.`,
      });
      break;
    }
  }
  const feet = (['left', 'right'] as const)
    .map((side) =>
      footAnalysis(
        side,
        steps.filter((s) => s.side === side),
      ),
    )
    .filter((f): f is PlateFootAnalysis => f !== null);
  const starts = steps.filter((s) => !s.partial || s.startS > (recording.timesS[0] ?? 0)).map((s) => s.startS);
  const gaps = starts.slice(1).map((t, i) => t - (starts[i] ?? 0));
  const meanGap = mean(gaps);
  const left = feet.find((f) => f.side === 'left');
  const right = feet.find((f) => f.side === 'right');
  return {
    kind: 'plate',
    static: isStatic,
    feet,
    cadenceStepsPerMin: isStatic || meanGap === null || meanGap <= 0 ? null : 60 / meanGap,
    symmetry: {
      contactTimePct: symmetryIndex(left?.meanContactTimeS ?? null, right?.meanContactTimeS ?? null),
      peakPct: symmetryIndex(left?.peakPressureKpa ?? null, right?.peakPressureKpa ?? null),
    },
    warnings,
  };
}

interface Prepared {
  readonly contact: PlateContact;
  readonly print: PlatePrint;
  readonly geometry: FootprintGeometry;
  readonly centreXMm: number;
  readonly centreYMm: number;
}

function prepare(recording: PlateRecording, contact: PlateContact): Prepared {
  const { cols, pitchMm } = recording;
  const n = contact.cells.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < n; i++) {
    const c = contact.cells[i] ?? 0;
    const row = Math.floor(c / cols);
    xs[i] = (c - row * cols) * pitchMm;
    ys[i] = row * pitchMm;
    cx += xs[i] ?? 0;
    cy += ys[i] ?? 0;
  }
  const print: PlatePrint = { xsMm: xs, ysMm: ys, peaksKpa: contact.peaksKpa, pitchMm };
  return { contact, print, geometry: footprintGeometry(print), centreXMm: cx / n, centreYMm: cy / n };
}

function assignSides(
  prepared: readonly Prepared[],
  known: FootSide | undefined,
): { side: FootSide; from: PlateStep['sideFrom'] }[] {
  if (known !== undefined) return prepared.map(() => ({ side: known, from: 'given' as const }));
  const byShape = prepared.map((p) => sideFromShape(p.print, p.geometry));
  if (prepared.length < 2) {
    return byShape.map((side) => (side === null ? { side: 'left', from: 'default' } : { side, from: 'shape' }));
  }
  // Walking line: across position as a straight line of the along position through the step centres.
  const n = prepared.length;
  let my = 0;
  let mx = 0;
  for (const p of prepared) {
    my += p.centreYMm;
    mx += p.centreXMm;
  }
  my /= n;
  mx /= n;
  let syy = 0;
  let sxy = 0;
  for (const p of prepared) {
    syy += (p.centreYMm - my) ** 2;
    sxy += (p.centreYMm - my) * (p.centreXMm - mx);
  }
  // Steps side by side (standing) have no spread along the plate: the line is the mean across position.
  const slope = syy > 1e-9 && n > 2 ? sxy / syy : 0;
  const pitch = prepared[0]?.print.pitchMm ?? 1;
  return prepared.map((p, i) => {
    const offset = p.centreXMm - (mx + slope * (p.centreYMm - my));
    if (Math.abs(offset) >= pitch / 2) return { side: offset > 0 ? 'right' : 'left', from: 'walking_line' };
    const shape = byShape[i];
    return shape === null || shape === undefined ? { side: 'left', from: 'default' } : { side: shape, from: 'shape' };
  });
}

function finishStep(
  recording: PlateRecording,
  prepared: Prepared,
  sideOf: { side: FootSide; from: PlateStep['sideFrom'] },
): PlateStep {
  const { contact, print, geometry } = prepared;
  const { cols, pitchMm, hz, frameCount, pressuresKpa } = recording;
  const cells = recording.rows * recording.cols;
  const len = contact.endFrame - contact.startFrame + 1;
  const sum = new Float64Array(len);
  const sx = new Float64Array(len);
  const sy = new Float64Array(len);
  for (let r = 0; r < contact.runCells.length; r++) {
    const c = contact.runCells[r] ?? 0;
    const row = Math.floor(c / cols);
    const x = (c - row * cols) * pitchMm;
    const y = row * pitchMm;
    for (let f = contact.runStarts[r] ?? 0; f <= (contact.runEnds[r] ?? -1); f++) {
      const v = pressuresKpa[f * cells + c] ?? 0;
      const k = f - contact.startFrame;
      sum[k] = (sum[k] ?? 0) + v;
      sx[k] = (sx[k] ?? 0) + v * x;
      sy[k] = (sy[k] ?? 0) + v * y;
    }
  }
  const copXsMm = new Float64Array(len);
  const copYsMm = new Float64Array(len);
  let peakSum = 0;
  for (let k = 0; k < len; k++) {
    const s = sum[k] ?? 0;
    copXsMm[k] = s > 0 ? (sx[k] ?? 0) / s : Number.NaN;
    copYsMm[k] = s > 0 ? (sy[k] ?? 0) / s : Number.NaN;
    peakSum = Math.max(peakSum, s);
  }
  let peakKpa = 0;
  let peakCell = contact.cells[0] ?? 0;
  contact.peaksKpa.forEach((v, i) => {
    if (v > peakKpa) {
      peakKpa = v;
      peakCell = contact.cells[i] ?? 0;
    }
  });
  const side = sideOf.side;
  const regionOf = printRegions(geometry, side);
  const dt = 1 / hz;
  const regions: RegionLoad[] = FOOT_REGION_NAMES.map((name, k) => {
    let peak = 0;
    let integral = 0;
    for (let i = 0; i < regionOf.length; i++) {
      if (regionOf[i] !== k) continue;
      peak = Math.max(peak, contact.peaksKpa[i] ?? 0);
      integral = Math.max(integral, (contact.sumsKpa[i] ?? 0) * dt);
    }
    return { name, peak, integralPerStep: integral };
  });
  const isStatic = frameCount === 1;
  const peakRow = Math.floor(peakCell / cols);
  return {
    side,
    sideFrom: sideOf.from,
    startS: recording.timesS[contact.startFrame] ?? 0,
    endS: recording.timesS[contact.endFrame] ?? 0,
    contactTimeS: isStatic ? 0 : len * dt,
    partial: contact.startFrame === 0 || contact.endFrame === frameCount - 1,
    peakKpa,
    peakSensor: `r${peakRow}c${peakCell - peakRow * cols}`,
    contactAreaMm2: contact.cells.length * pitchMm * pitchMm,
    peakForceN: peakSum * pitchMm * pitchMm * N_PER_KPA_MM2,
    print,
    cells: contact.cells,
    geometry,
    indices: footprintIndices(print, geometry),
    cpeiPct: isStatic ? null : cpeiPct(geometry, side, copXsMm, copYsMm, pitchMm),
    copXsMm,
    copYsMm,
    regions,
  };
}

function footAnalysis(side: FootSide, steps: readonly PlateStep[]): PlateFootAnalysis | null {
  if (steps.length === 0) return null;
  const full = steps.filter((s) => !s.partial);
  const basis = full.length > 0 ? full : steps;
  let peak = steps[0];
  for (const s of steps) if (peak === undefined || s.peakKpa > peak.peakKpa) peak = s;
  const regions: RegionLoad[] = FOOT_REGION_NAMES.map((name, k) => ({
    name,
    peak: Math.max(...steps.map((s) => s.regions[k]?.peak ?? 0)),
    integralPerStep: mean(steps.map((s) => s.regions[k]?.integralPerStep ?? 0)) ?? 0,
  }));
  const cells = new Set<number>();
  for (const s of steps) for (const c of s.cells) cells.add(c);
  const archIndex = median(basis.map((s) => s.indices.archIndex));
  const chippauxSmirakPct = median(basis.map((s) => s.indices.chippauxSmirakPct));
  const staheliIndex = median(basis.map((s) => s.indices.staheliIndex));
  const cpei = median(basis.map((s) => s.cpeiPct));
  return {
    side,
    steps,
    sensorCount: cells.size,
    peakPressureKpa: peak?.peakKpa ?? 0,
    peakSensor: peak?.peakSensor ?? '',
    peakForceN: Math.max(...steps.map((s) => s.peakForceN)),
    contactAreaMm2: median(basis.map((s) => s.contactAreaMm2)) ?? 0,
    regions,
    archIndex,
    chippauxSmirakPct,
    staheliIndex,
    cpeiPct: cpei,
    footType: callFootType({ archIndex, chippauxSmirakPct, staheliIndex, cpeiPct: cpei }),
    meanContactTimeS: full.length === 0 ? null : mean(full.map((s) => s.contactTimeS)),
  };
}

function median(values: readonly (number | null)[]): number | null {
  const v = values.filter((x): x is number => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = v.length >> 1;
  return v.length % 2 === 1 ? (v[mid] ?? null) : ((v[mid - 1] ?? 0) + (v[mid] ?? 0)) / 2;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function symmetryIndex(left: number | null, right: number | null): number | null {
  if (left === null || right === null || left + right === 0) return null;
  return ((left - right) / ((left + right) / 2)) * 100;
}

import type { FootSide, PlateRecording } from './pressure-recording.js';
import { seededRandom, syntheticPeakPressureKpa, type SyntheticArchType } from './synthetic-foot-pressure.js';

/** Parameters of {@link createSyntheticPlateWalk} and {@link createSyntheticPlatePrint}. */
export interface SyntheticPlateParameters {
  readonly rows: number;
  readonly cols: number;
  readonly pitchMm: number;
  readonly arch: SyntheticArchType;
  /** Foot length in mm (default 260). */
  readonly footLengthMm?: number;
  /** Seed of the measurement noise (default 1). */
  readonly seed?: number;
  /** Relative noise on loaded cells (default 0.02); cells below 1 kPa read 0, as a device threshold does. */
  readonly noise?: number;
}

/** Parameters of a walk over the plate. */
export interface SyntheticWalkParameters extends SyntheticPlateParameters {
  readonly hz: number;
  readonly durationS: number;
  /** Time between consecutive foot strikes, s (default 0.55: 109 steps/min). */
  readonly stepTimeS?: number;
  /** Stance duration, s (default 0.65). */
  readonly stanceS?: number;
  /** Distance along the plate between consecutive strikes, mm (default 330); the walk wraps at the plate end. */
  readonly stepLengthMm?: number;
  /** Lateral distance of each foot's axis from the walking line, mm (default 55). */
  readonly stepHalfWidthMm?: number;
  /** Toe-out of each foot, degrees (default 6). */
  readonly toeOutDeg?: number;
  /** The first foot (default left). */
  readonly firstSide?: FootSide;
}

/** Where a synthetic step lies on the plate. */
export interface SyntheticStepTruth {
  readonly side: FootSide;
  readonly startS: number;
  readonly endS: number;
  /** Heel end of the foot axis (plate frame, mm) and the axis direction. */
  readonly heelXMm: number;
  readonly heelYMm: number;
  readonly dirX: number;
  readonly dirY: number;
}

interface Placement {
  readonly side: FootSide;
  readonly heelXMm: number;
  readonly heelYMm: number;
  readonly dirX: number;
  readonly dirY: number;
}

/** Foot coordinates (t along 0…1, u across + lateral, mm) of a plate point for a placed foot. */
function footCoords(x: number, y: number, p: Placement, lengthMm: number): { t: number; u: number } {
  const dx = x - p.heelXMm;
  const dy = y - p.heelYMm;
  const along = dx * p.dirX + dy * p.dirY;
  const right = dx * p.dirY - dy * p.dirX;
  return { t: along / lengthMm, u: p.side === 'right' ? right : -right };
}

/** Peak print of a placed foot on the plate (kPa per cell, row-major). */
function placedPrint(params: SyntheticPlateParameters, p: Placement): Float32Array {
  const { rows, cols, pitchMm, arch } = params;
  const length = params.footLengthMm ?? 260;
  const scale = 260 / length;
  const out = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const { t, u } = footCoords(c * pitchMm, r * pitchMm, p, length);
      out[r * cols + c] = syntheticPeakPressureKpa(t, u * scale, arch);
    }
  }
  return out;
}

/**
 * A static (single-frame) plate print of one foot, centred on the plate, heel toward row 0.
 *
 * @param params - plate size, pitch, arch type, noise seed
 * @param side - which foot
 * @returns the recording (one frame at t = 0)
 */
export function createSyntheticPlatePrint(params: SyntheticPlateParameters, side: FootSide = 'left'): PlateRecording {
  const length = params.footLengthMm ?? 260;
  const heelY = (params.rows * params.pitchMm - length) / 2;
  const print = placedPrint(params, {
    side,
    heelXMm: ((params.cols - 1) * params.pitchMm) / 2,
    heelYMm: heelY,
    dirX: 0,
    dirY: 1,
  });
  addNoise(print, params);
  return {
    kind: 'plate',
    format: 'grid',
    rows: params.rows,
    cols: params.cols,
    pitchMm: params.pitchMm,
    hz: 1,
    frameCount: 1,
    timesS: Float64Array.of(0),
    pressuresKpa: print,
  };
}

/**
 * A walk over a plate: feet strike alternately left and right every `stepTimeS`, each stance rolls the load from
 * heel to toes (a loading window moving along the foot, so the centre of pressure travels heel → toe and every
 * cell reaches its peak print value once), and steps wrap around at the end of the plate so long recordings keep
 * walking. Deterministic for a seed.
 *
 * @param params - plate, timing and gait parameters
 * @returns the recording and where each step is
 */
export function createSyntheticPlateWalk(params: SyntheticWalkParameters): {
  readonly recording: PlateRecording;
  readonly steps: readonly SyntheticStepTruth[];
} {
  const { rows, cols, pitchMm, hz, durationS } = params;
  const length = params.footLengthMm ?? 260;
  const stepTime = params.stepTimeS ?? 0.55;
  const stance = params.stanceS ?? 0.65;
  const stepLength = params.stepLengthMm ?? 330;
  const halfWidth = params.stepHalfWidthMm ?? 55;
  const toeOut = ((params.toeOutDeg ?? 6) * Math.PI) / 180;
  const plateLength = rows * pitchMm;
  const usable = Math.max(1, plateLength - length - 2 * pitchMm);
  const centre = ((cols - 1) * pitchMm) / 2;
  const frames = Math.max(1, Math.round(durationS * hz));
  const cells = rows * cols;
  const pressures = new Float32Array(frames * cells);
  const truth: SyntheticStepTruth[] = [];
  const first = params.firstSide ?? 'left';
  for (let i = 0; stepTime * i < durationS; i++) {
    const side: FootSide = (i % 2 === 0) === (first === 'left') ? 'left' : 'right';
    const sign = side === 'right' ? 1 : -1;
    const placement: Placement = {
      side,
      heelXMm: centre + sign * halfWidth,
      heelYMm: pitchMm + ((i * stepLength) % usable),
      dirX: sign * Math.sin(toeOut),
      dirY: Math.cos(toeOut),
    };
    const startS = i * stepTime + 0.05;
    const endS = startS + stance;
    truth.push({ startS, endS, ...placement });
    const print = placedPrint(params, placement);
    // Cells of this print with their along-fraction, to roll the load.
    const idx: number[] = [];
    const along: number[] = [];
    for (let c = 0; c < cells; c++) {
      if ((print[c] ?? 0) <= 0) continue;
      const row = Math.floor(c / cols);
      idx.push(c);
      along.push(footCoords((c - row * cols) * pitchMm, row * pitchMm, placement, length).t);
    }
    const f0 = Math.ceil(startS * hz);
    const f1 = Math.min(frames - 1, Math.floor(endS * hz));
    for (let f = f0; f <= f1; f++) {
      const tau = (f / hz - startS) / stance;
      const centreT = -0.05 + 1.1 * tau;
      const base = f * cells;
      for (let k = 0; k < idx.length; k++) {
        const c = idx[k] ?? 0;
        const z = ((along[k] ?? 0) - centreT) / 0.22;
        const w = Math.exp(-z * z);
        const v = (print[c] ?? 0) * w;
        if (v > (pressures[base + c] ?? 0)) pressures[base + c] = v;
      }
    }
  }
  addNoise(pressures, params);
  return {
    recording: {
      kind: 'plate',
      format: 'grid',
      rows,
      cols,
      pitchMm,
      hz,
      frameCount: frames,
      timesS: Float64Array.from({ length: frames }, (_, f) => f / hz),
      pressuresKpa: pressures,
    },
    steps: truth,
  };
}

function addNoise(values: Float32Array, params: SyntheticPlateParameters): void {
  const random = seededRandom(params.seed ?? 1);
  const noise = params.noise ?? 0.02;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? 0;
    if (v <= 0) continue;
    const noisy = Math.round(v * (1 + noise * (2 * random() - 1)) * 10) / 10;
    values[i] = noisy < 1 ? 0 : noisy;
  }
}

/**
 * Writes a plate recording as the grid CSV that {@link readGridCsv} reads (kPa, one decimal).
 *
 * @param recording - the plate recording
 * @returns the CSV text
 */
export function writeGridCsv(recording: PlateRecording): string {
  const { rows, cols, pitchMm, hz, frameCount, timesS, pressuresKpa } = recording;
  const cells = rows * cols;
  const parts: string[] = [`# grid rows=${rows} cols=${cols} pitch_mm=${pitchMm} hz=${hz} units=kPa\n`];
  for (let f = 0; f < frameCount; f++) {
    let line = String(Math.round((timesS[f] ?? 0) * 1e6) / 1e6);
    for (let c = 0; c < cells; c++) {
      const v = pressuresKpa[f * cells + c] ?? 0;
      line += v === 0 ? ',0' : `,${Math.round(v * 10) / 10}`;
    }
    parts.push(`${line}\n`);
  }
  return parts.join('');
}

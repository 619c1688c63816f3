import { PEDAR_MASK_HEIGHT_PX, pedarInsoleChannels, pedarSensorPositions } from './pedar-layout.js';
import type { FootSide, InsoleChannels, InsoleRecording } from './pressure-recording.js';
import { seededRandom, syntheticPeakPressureKpa, type SyntheticArchType } from './synthetic-foot-pressure.js';

/** Parameters of {@link createSyntheticInsoleWalk}. */
export interface SyntheticInsoleParameters {
  readonly arch: SyntheticArchType;
  readonly hz: number;
  readonly durationS: number;
  /** Stride time (s, default 1.1) and stance time (s, default 0.65) of each foot; the right foot starts half a stride later. */
  readonly strideS?: number;
  readonly stanceS?: number;
  /** Insole length in mm that the layout mask spans (default 270). */
  readonly insoleLengthMm?: number;
  readonly seed?: number;
  /** Relative noise on loaded sensors (default 0.02). */
  readonly noise?: number;
}

/**
 * An in-shoe walk on the pedar 99-sensor layout: each sensor reads the synthetic foot's peak pressure at its
 * position (see {@link syntheticPeakPressureKpa}), rolled from heel to toes over each stance; left and right
 * alternate. Deterministic for a seed.
 *
 * @param params - arch type, rate, duration, gait timing
 * @returns a pedar-like insole recording in kPa
 */
export function createSyntheticInsoleWalk(params: SyntheticInsoleParameters): InsoleRecording {
  const { arch, hz, durationS } = params;
  const stride = params.strideS ?? 1.1;
  const stance = params.stanceS ?? 0.65;
  const mmPerPx = (params.insoleLengthMm ?? 270) / PEDAR_MASK_HEIGHT_PX;
  const frames = Math.max(1, Math.round(durationS * hz));
  const random = seededRandom(params.seed ?? 1);
  const noise = params.noise ?? 0.02;
  const feet: InsoleChannels[] = (['left', 'right'] as const).map((side: FootSide) => {
    const { xs, ys } = pedarSensorPositions(side);
    const n = xs.length;
    const peaks = new Float64Array(n);
    const along = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      // The mask spans the insole: heel end at x = 0, toe end at the mask height. +y is the walker's left, so
      // lateral is +y on a left insole and −y on a right one.
      along[k] = (xs[k] ?? 0) / PEDAR_MASK_HEIGHT_PX;
      const lateralMm = (side === 'left' ? (ys[k] ?? 0) : -(ys[k] ?? 0)) * mmPerPx;
      peaks[k] = syntheticPeakPressureKpa(along[k] ?? 0, lateralMm, arch);
    }
    const values = new Float32Array(frames * n);
    const offset = side === 'left' ? 0.05 : 0.05 + stride / 2;
    for (let f = 0; f < frames; f++) {
      const t = f / hz - offset;
      if (t < 0) continue;
      const tau = (t % stride) / stance;
      if (tau > 1) continue;
      const centre = -0.05 + 1.1 * tau;
      for (let k = 0; k < n; k++) {
        const z = ((along[k] ?? 0) - centre) / 0.22;
        const v = (peaks[k] ?? 0) * Math.exp(-z * z) * (1 + noise * (2 * random() - 1));
        values[f * n + k] = v < 1 ? 0 : Math.round(v * 10) / 10;
      }
    }
    return pedarInsoleChannels(side, values);
  });
  return {
    kind: 'insole',
    format: 'pedar',
    quantity: 'pressure_kpa',
    hz,
    frameCount: frames,
    timesS: Float64Array.from({ length: frames }, (_, f) => f / hz),
    feet,
  };
}

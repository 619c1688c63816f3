import { FOOT_REGION_NAMES, sensorRegions, type FootRegionName } from './foot-regions.js';
import type { FootSide, InsoleChannels, InsoleRecording } from './pressure-recording.js';
import { segmentSteps, type SegmentStepsOptions } from './segment-steps.js';

/** One stance phase of one foot. */
export interface InsoleStep {
  readonly startS: number;
  readonly endS: number;
  readonly contactTimeS: number;
  /** Highest sensor value in the stance: kPa for pressure insoles, N for force insoles. */
  readonly peakValue: number;
  /** Whether the stance is cut by the start or end of the recording. */
  readonly partial: boolean;
  /** Centre of pressure per frame of the stance (foot frame, sensor position units): x along, y across. */
  readonly copXs: Float64Array;
  readonly copYs: Float64Array;
}

/** Peak and pressure-time (or force-time) integral of one region. */
export interface RegionLoad {
  readonly name: FootRegionName;
  /** Highest sensor value in the region (kPa or N). */
  readonly peak: number;
  /** Mean over stances of the time integral of the region's highest sensor (kPa·s or N·s). */
  readonly integralPerStep: number;
}

/** Peak and time integral of one region of an insole: null when no sensor of the insole lies in the region. */
export interface InsoleRegionLoad {
  readonly name: FootRegionName;
  /** Highest sensor value in the region (kPa or N), or null without a sensor. */
  readonly peak: number | null;
  /** Mean over stances of the time integral of the region's highest sensor (kPa·s or N·s), or null without a sensor. */
  readonly integralPerStep: number | null;
  /** Sensors of the insole in the region. */
  readonly sensorCount: number;
  /** `no_sensor` when the region has no sensor (an 8-sensor insole does not cover every region). */
  readonly note?: 'no_sensor';
}

/** The figures of one insole. */
export interface InsoleFootAnalysis {
  readonly side: FootSide;
  readonly sensorCount: number;
  readonly steps: readonly InsoleStep[];
  /** Highest value of any sensor in any frame (kPa or N). */
  readonly peakValue: number;
  /** Label of the sensor holding {@link peakValue}. */
  readonly peakSensor: string;
  /** Peak per sensor over the recording. */
  readonly sensorPeaks: Float64Array;
  /** Time integral per sensor over the whole recording divided by the number of stances (kPa·s or N·s). */
  readonly sensorIntegralsPerStep: Float64Array;
  /** Per region; a region with no sensor under it has null figures and the note `no_sensor`. */
  readonly regions: readonly InsoleRegionLoad[];
  /** Highest total load (sum of the sensors) in any frame: N for force insoles, kPa-sum for pressure insoles. */
  readonly peakTotal: number;
  /** Mean stride time (start to start of consecutive full stances) in s, or null with fewer than two. */
  readonly strideTimeS: number | null;
  /** Mean stance time of full stances in s, or null. */
  readonly meanContactTimeS: number | null;
}

/** The figures of an insole recording. */
export interface InsoleAnalysis {
  readonly kind: 'insole';
  readonly feet: readonly InsoleFootAnalysis[];
  /** Steps per minute from the mean stride time of both feet (two steps per stride), or null. */
  readonly cadenceStepsPerMin: number | null;
  /**
   * Left/right symmetry index (L − R) / ((L + R) / 2) × 100 of mean contact time and of peak value; 0 is
   * symmetric. A descriptive difference-over-mean formula, groundup's choice; no clinical threshold is applied (none is in the reference).
   */
  readonly symmetry: { readonly contactTimePct: number | null; readonly peakPct: number | null };
}

/**
 * Analyses an in-shoe recording: stances per foot from the total load (threshold a fraction of the maximum),
 * peak and time integral per sensor and per region, the centre of pressure per stance, stride time, cadence and
 * left/right symmetry. Pure and linear in the number of values.
 *
 * @param recording - a pedar or gaitpdb recording
 * @param options - step segmentation options
 * @returns the analysis
 */
export function analyzeInsole(recording: InsoleRecording, options: SegmentStepsOptions = {}): InsoleAnalysis {
  const feet = recording.feet.map((foot) => analyzeFoot(recording, foot, options));
  const strides = feet.map((f) => f.strideTimeS).filter((s): s is number => s !== null);
  const meanStride = strides.length === 0 ? null : strides.reduce((a, b) => a + b, 0) / strides.length;
  const left = feet.find((f) => f.side === 'left');
  const right = feet.find((f) => f.side === 'right');
  return {
    kind: 'insole',
    feet,
    cadenceStepsPerMin: meanStride === null ? null : 120 / meanStride,
    symmetry: {
      contactTimePct: symmetryIndex(left?.meanContactTimeS ?? null, right?.meanContactTimeS ?? null),
      peakPct: symmetryIndex(left?.peakValue ?? null, right?.peakValue ?? null),
    },
  };
}

function analyzeFoot(
  recording: InsoleRecording,
  foot: InsoleChannels,
  options: SegmentStepsOptions,
): InsoleFootAnalysis {
  const n = foot.sensorCount;
  const frames = recording.frameCount;
  const dt = 1 / recording.hz;
  const v = foot.values;
  const totals = new Float64Array(frames);
  const sensorPeaks = new Float64Array(n);
  const integrals = new Float64Array(n);
  let peakValue = 0;
  let peakIndex = 0;
  for (let f = 0; f < frames; f++) {
    let sum = 0;
    const base = f * n;
    for (let k = 0; k < n; k++) {
      const x = v[base + k] ?? 0;
      sum += x;
      integrals[k] = (integrals[k] ?? 0) + x * dt;
      if (x > (sensorPeaks[k] ?? 0)) {
        sensorPeaks[k] = x;
        if (x > peakValue) {
          peakValue = x;
          peakIndex = k;
        }
      }
    }
    totals[f] = sum;
  }
  const intervals = segmentSteps(totals, options);
  const steps: InsoleStep[] = intervals.map(({ startFrame, endFrame }) => {
    const len = endFrame - startFrame + 1;
    const copXs = new Float64Array(len);
    const copYs = new Float64Array(len);
    let peak = 0;
    for (let f = startFrame; f <= endFrame; f++) {
      let sx = 0;
      let sy = 0;
      let s = 0;
      for (let k = 0; k < n; k++) {
        const x = v[f * n + k] ?? 0;
        s += x;
        sx += x * (foot.sensorXs[k] ?? 0);
        sy += x * (foot.sensorYs[k] ?? 0);
        if (x > peak) peak = x;
      }
      copXs[f - startFrame] = s > 0 ? sx / s : Number.NaN;
      copYs[f - startFrame] = s > 0 ? sy / s : Number.NaN;
    }
    const startS = recording.timesS[startFrame] ?? 0;
    const endS = recording.timesS[endFrame] ?? 0;
    return {
      startS,
      endS,
      contactTimeS: len * dt,
      peakValue: peak,
      partial: startFrame === 0 || endFrame === frames - 1,
      copXs,
      copYs,
    };
  });
  const stepCount = Math.max(1, steps.length);
  const integralsPerStep = integrals.map((x) => x / stepCount);
  const regionOf = sensorRegions(foot.sensorXs, foot.sensorYs, foot.side);
  const regions: InsoleRegionLoad[] = FOOT_REGION_NAMES.map((name, r) => {
    let peak = 0;
    let integral = 0;
    let sensorCount = 0;
    for (let k = 0; k < n; k++) {
      if (regionOf[k] !== r) continue;
      sensorCount++;
      peak = Math.max(peak, sensorPeaks[k] ?? 0);
      integral = Math.max(integral, integralsPerStep[k] ?? 0);
    }
    // No sensor is not no load: an 8-sensor insole (PhysioNet gaitpdb) has none under the hallux.
    if (sensorCount === 0) return { name, peak: null, integralPerStep: null, sensorCount, note: 'no_sensor' };
    return { name, peak, integralPerStep: integral, sensorCount };
  });
  const full = steps.filter((s) => !s.partial);
  const strideGaps = full.slice(1).map((s, i) => s.startS - (full[i]?.startS ?? 0));
  let peakTotal = 0;
  for (const t of totals) peakTotal = Math.max(peakTotal, t);
  return {
    side: foot.side,
    sensorCount: n,
    steps,
    peakValue,
    peakSensor: foot.sensorLabels[peakIndex] ?? String(peakIndex + 1),
    sensorPeaks,
    sensorIntegralsPerStep: integralsPerStep,
    regions,
    peakTotal,
    strideTimeS: mean(strideGaps),
    meanContactTimeS: mean(full.map((s) => s.contactTimeS)),
  };
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function symmetryIndex(left: number | null, right: number | null): number | null {
  if (left === null || right === null || left + right === 0) return null;
  return ((left - right) / ((left + right) / 2)) * 100;
}

import type { Issue } from '../issue.js';
import { analyzeInsole, type InsoleAnalysis } from './analyze-insole.js';
import { analyzePlate, type PlateAnalysis, type PlateStep } from './analyze-plate.js';
import type { FootTypeCalls } from './foot-type-bands.js';
import type { FootSide, PressureFormat, PressureRecording } from './pressure-recording.js';

/** A stance in the report: pressure insoles and plates give `peakKpa`, force insoles `peakN`. */
export interface PressureStepReport {
  readonly startS: number;
  readonly endS: number;
  readonly contactTimeS: number;
  readonly partial: boolean;
  readonly peakKpa?: number;
  readonly peakN?: number;
  /** Plates: contact area (mm²), peak total force (N) and the step's indices. */
  readonly contactAreaMm2?: number;
  readonly peakForceN?: number;
  readonly archIndex?: number | null;
  readonly cpeiPct?: number | null;
}

/**
 * A region in the report: kPa and kPa·s, or for force insoles N and N·s; null with the note
 * `no_sensor` for a region of an insole with no sensor under it.
 */
export interface PressureRegionReport {
  readonly name: string;
  readonly peakKpa?: number | null;
  readonly ptiKpaS?: number | null;
  readonly peakN?: number | null;
  readonly ftiNS?: number | null;
  readonly note?: 'no_sensor';
}

/** One side in the report. */
export interface PressureFootReport {
  readonly side: FootSide;
  readonly sensorCount: number;
  readonly steps: readonly PressureStepReport[];
  readonly peakPressureKpa?: number;
  readonly peakForceN?: number;
  readonly peakSensor: string;
  readonly regions: readonly PressureRegionReport[];
  readonly meanContactTimeS: number | null;
  /** Plates only. */
  readonly contactAreaMm2?: number;
  readonly archIndex?: number | null;
  readonly chippauxSmirakPct?: number | null;
  readonly staheliIndex?: number | null;
  readonly cpeiPct?: number | null;
  readonly footType?: FootTypeCalls;
  readonly toeMethod?: string;
}

/** The report of a pressure recording, as the CLI prints it with `--json`. */
export interface PressureReport {
  readonly format: PressureFormat;
  readonly kind: 'insole' | 'plate';
  readonly quantity: 'pressure_kpa' | 'force_n';
  readonly hz: number;
  readonly frames: number;
  /** Frames ÷ rate (s). */
  readonly durationS: number;
  /** Plates: a single-frame file (a static or peak-pressure print). */
  readonly static: boolean;
  readonly cadenceStepsPerMin: number | null;
  readonly symmetry: { readonly contactTimePct: number | null; readonly peakPct: number | null };
  readonly feet: readonly PressureFootReport[];
  readonly warnings: readonly { readonly code: string; readonly path: string; readonly message: string }[];
}

/** A recording with its analysis. */
export type PressureAnalysis = InsoleAnalysis | PlateAnalysis;

/**
 * Analyses any pressure recording: {@link analyzeInsole} for in-shoe, {@link analyzePlate} for plates.
 *
 * @param recording - the recording
 * @returns the analysis
 */
export function analyzePressure(recording: PressureRecording): PressureAnalysis {
  return recording.kind === 'plate' ? analyzePlate(recording) : analyzeInsole(recording);
}

/**
 * Builds the plain-data report of a recording and its analysis (JSON-ready: numbers, strings, arrays).
 *
 * @param recording - the recording
 * @param analysis - its analysis ({@link analyzePressure})
 * @param readWarnings - the reader's warnings, passed through
 * @returns the report, with a `no_steps` warning for a side (or recording) without contacts
 */
export function pressureReport(
  recording: PressureRecording,
  analysis: PressureAnalysis,
  readWarnings: readonly Issue[] = [],
): PressureReport {
  const warnings: Issue[] = [...readWarnings];
  let feet: PressureFootReport[];
  if (analysis.kind === 'plate') {
    warnings.push(...analysis.warnings);
    feet = analysis.feet.map((foot) => ({
      side: foot.side,
      sensorCount: foot.sensorCount,
      steps: foot.steps.map(plateStepReport),
      peakPressureKpa: foot.peakPressureKpa,
      peakForceN: foot.peakForceN,
      peakSensor: foot.peakSensor,
      regions: foot.regions.map((r) => ({ name: r.name, peakKpa: r.peak, ptiKpaS: r.integralPerStep })),
      meanContactTimeS: foot.meanContactTimeS,
      contactAreaMm2: foot.contactAreaMm2,
      archIndex: foot.archIndex,
      chippauxSmirakPct: foot.chippauxSmirakPct,
      staheliIndex: foot.staheliIndex,
      cpeiPct: foot.cpeiPct,
      footType: foot.footType,
      toeMethod: foot.steps[0]?.geometry.toeMethod ?? 'fixed_fraction',
    }));
  } else {
    const force = recording.kind === 'insole' && recording.quantity === 'force_n';
    feet = analysis.feet.map((foot) => {
      if (foot.steps.length === 0) {
        warnings.push({
          severity: 'warning',
          code: 'no_steps',
          path: 'frame 0',
          message: `No ${foot.side} stance was found: the insole is never loaded above the threshold.`,
        });
      }
      const uncovered = foot.regions.filter((r) => r.note === 'no_sensor').map((r) => r.name);
      if (uncovered.length > 0) {
        warnings.push({
          severity: 'warning',
          code: 'no_sensor',
          path: `feet.${foot.side}.regions`,
          message: `The ${foot.side} insole has no sensor under ${uncovered.join(', ')}: ${uncovered.length === 1 ? 'that region is' : 'those regions are'} reported as null (not measured), not as 0.`,
        });
      }
      return {
        side: foot.side,
        sensorCount: foot.sensorCount,
        steps: foot.steps.map((s) => ({
          startS: s.startS,
          endS: s.endS,
          contactTimeS: s.contactTimeS,
          partial: s.partial,
          ...(force ? { peakN: s.peakValue } : { peakKpa: s.peakValue }),
        })),
        ...(force ? { peakForceN: foot.peakValue } : { peakPressureKpa: foot.peakValue }),
        peakSensor: foot.peakSensor,
        regions: foot.regions.map((r) => ({
          ...(force
            ? { name: r.name, peakN: r.peak, ftiNS: r.integralPerStep }
            : { name: r.name, peakKpa: r.peak, ptiKpaS: r.integralPerStep }),
          ...(r.note === undefined ? {} : { note: r.note }),
        })),
        meanContactTimeS: foot.meanContactTimeS,
      };
    });
  }
  return {
    format: recording.format,
    kind: recording.kind,
    quantity: recording.kind === 'plate' ? 'pressure_kpa' : recording.quantity,
    hz: recording.hz,
    frames: recording.frameCount,
    durationS: recording.frameCount / recording.hz,
    static: analysis.kind === 'plate' && analysis.static,
    cadenceStepsPerMin: analysis.cadenceStepsPerMin,
    symmetry: analysis.symmetry,
    feet,
    warnings: warnings.map((w) => ({ code: w.code, path: w.path, message: w.message })),
  };
}

function plateStepReport(s: PlateStep): PressureStepReport {
  return {
    startS: s.startS,
    endS: s.endS,
    contactTimeS: s.contactTimeS,
    partial: s.partial,
    peakKpa: s.peakKpa,
    contactAreaMm2: s.contactAreaMm2,
    peakForceN: s.peakForceN,
    archIndex: s.indices.archIndex,
    cpeiPct: s.cpeiPct,
  };
}

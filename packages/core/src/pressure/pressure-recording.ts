import type { Issue } from '../issue.js';
import type { PressureReadError } from './pressure-read-error.js';

/** The pressure file formats groundup reads. */
export type PressureFormat = 'grid' | 'pedar' | 'gaitpdb';

/** Which foot. */
export type FootSide = 'left' | 'right';

/**
 * One insole's channels: a value per sensor per frame, and where each sensor sits.
 *
 * Sensor positions are in the foot frame of PRODUCT.md (+x toward the toes, +y to the left of the walking
 * direction) but in the unit the source gives (`positionUnit`): pedar positions are layout-mask pixels, PhysioNet
 * positions are the dataset's arbitrary units. They serve the centre of pressure and the heat map, not distances.
 */
export interface InsoleChannels {
  readonly side: FootSide;
  readonly sensorCount: number;
  /** Sensor names as in the file (`1`…`99` for pedar, `L1`…`L8` for PhysioNet). */
  readonly sensorLabels: readonly string[];
  /** Frame-major values: `values[frame * sensorCount + sensor]`, in kPa (pedar) or N (PhysioNet). */
  readonly values: Float32Array;
  /** Sensor position along the foot (toward the toes), in `positionUnit`. */
  readonly sensorXs: Float64Array;
  /** Sensor position across the foot (+ to the left), in `positionUnit`. */
  readonly sensorYs: Float64Array;
  readonly positionUnit: 'mask_px' | 'gaitpdb_units';
  /** The area of one sensor in mm² when the source states it (it never does for these two formats). */
  readonly sensorAreaMm2: number | null;
  /** The device's own total per frame (PhysioNet columns 18/19), or null. */
  readonly deviceTotals: Float32Array | null;
}

/** An in-shoe recording (pedar pressures in kPa, PhysioNet forces in N). */
export interface InsoleRecording {
  readonly kind: 'insole';
  readonly format: 'pedar' | 'gaitpdb';
  /** What the values are: pressure in kPa or force in N. */
  readonly quantity: 'pressure_kpa' | 'force_n';
  readonly hz: number;
  readonly frameCount: number;
  /** Frame times in s. */
  readonly timesS: Float64Array;
  readonly feet: readonly InsoleChannels[];
}

/**
 * A pressure-plate recording: a regular grid of sensors. Row 0 is at the end where the walker starts, so rows grow
 * in the walking direction; columns grow to the walker's right.
 */
export interface PlateRecording {
  readonly kind: 'plate';
  readonly format: 'grid';
  readonly rows: number;
  readonly cols: number;
  /** Sensor pitch (centre to centre) in mm, the same along rows and columns. */
  readonly pitchMm: number;
  readonly hz: number;
  readonly frameCount: number;
  /** Frame times in s. */
  readonly timesS: Float64Array;
  /** Frame-major, row-major pressures in kPa: `pressuresKpa[(frame * rows + row) * cols + col]`. */
  readonly pressuresKpa: Float32Array;
}

/** Any pressure recording. */
export type PressureRecording = InsoleRecording | PlateRecording;

/** A successful read, with recoverable oddities as warnings (`line …`). */
export interface PressureReadSuccess<R extends PressureRecording = PressureRecording> {
  readonly ok: true;
  readonly recording: R;
  readonly warnings: readonly Issue[];
}

/** A failed read. */
export interface PressureReadFailure {
  readonly ok: false;
  readonly error: PressureReadError;
}

/** The result of a pressure reader. */
export type PressureReadResult<R extends PressureRecording = PressureRecording> =
  PressureReadSuccess<R> | PressureReadFailure;

/**
 * Plantar pressures above this are taken as a corrupt file or wrong units (kPa). Not a clinical threshold:
 * a plausibility guard set far above any plantar pressure a device records.
 */
export const ABSURD_PRESSURE_KPA = 5000;

/** Insole sensor forces above this (N) are taken as a corrupt file or wrong units; a plausibility guard only. */
export const ABSURD_FORCE_N = 10000;

import type { Issue } from '../issue.js';
import { decodeText } from './decode-text.js';
import { pressureError } from './pressure-read-error.js';
import {
  ABSURD_FORCE_N,
  type InsoleChannels,
  type InsoleRecording,
  type PressureReadResult,
} from './pressure-recording.js';
import { readNumericRows } from './read-numeric-rows.js';

/** Sensors per PhysioNet gaitpdb insole. */
export const GAITPDB_SENSOR_COUNT = 8;

/** The gaitpdb sampling rate (PhysioNet `format.txt`: 100 Hz). */
export const GAITPDB_HZ = 100;

/**
 * Published gaitpdb sensor positions (PhysioNet gaitpdb `format.txt`; arbitrary units, origin between the feet,
 * +Y the walking direction). Left insole X is negative; the right mirrors it.
 */
const GAITPDB_X = [-500, -700, -300, -700, -300, -700, -300, -500];
const GAITPDB_Y = [-800, -400, -400, 0, 0, 400, 400, 800];

/** How far a device total may differ from the sum of its sensors (N) before a warning (the file rounds to 0.01 N). */
const TOTAL_TOLERANCE_N = 0.5;

/**
 * Reads a PhysioNet "Gait in Parkinson's Disease" insole force file: tab-separated, no header, 19 columns (time s,
 * 8 left sensor forces N, 8 right, left total, right total) at 100 Hz. Sensor positions are the published ones,
 * turned into the foot frame (+x toward the toes = dataset +Y; +y to the walker's left = dataset −X). Device
 * totals that disagree with the sensor sum are reported as one warning. Never throws.
 *
 * @param input - the file's text or bytes
 * @returns the insole recording with warnings, or the error with its line
 */
export function readGaitpdbText(input: string | Uint8Array): PressureReadResult<InsoleRecording> {
  const text = decodeText(input);
  if (text.trim().length === 0) {
    return { ok: false, error: pressureError('empty_file', 'line 1', 'The file is empty.') };
  }
  const columns = 2 * GAITPDB_SENSOR_COUNT + 2;
  const rows = readNumericRows(text, 0, 1, { valueCount: columns, absurdAbove: ABSURD_FORCE_N, unit: 'N' });
  if ('code' in rows) return { ok: false, error: rows };
  const warnings: Issue[] = [...rows.warnings];
  const n = rows.frameCount;
  if (n > 1) {
    const meanStep = ((rows.timesS[n - 1] ?? 0) - (rows.timesS[0] ?? 0)) / (n - 1);
    if (Math.abs(meanStep * GAITPDB_HZ - 1) > 0.05) {
      warnings.push({
        severity: 'warning',
        code: 'rate_mismatch',
        path: 'line 1',
        message: `Frames are ${meanStep.toFixed(4)} s apart; gaitpdb is ${GAITPDB_HZ} Hz.`,
      });
    }
  }
  const feet: InsoleChannels[] = (['left', 'right'] as const).map((side, s) => {
    const values = new Float32Array(n * GAITPDB_SENSOR_COUNT);
    const totals = new Float32Array(n);
    let mismatches = 0;
    let firstMismatch = -1;
    for (let f = 0; f < n; f++) {
      let sum = 0;
      for (let k = 0; k < GAITPDB_SENSOR_COUNT; k++) {
        const v = rows.values[f * columns + s * GAITPDB_SENSOR_COUNT + k] ?? 0;
        values[f * GAITPDB_SENSOR_COUNT + k] = v;
        sum += v;
      }
      const total = rows.values[f * columns + 2 * GAITPDB_SENSOR_COUNT + s] ?? 0;
      totals[f] = total;
      if (Math.abs(total - sum) > TOTAL_TOLERANCE_N) {
        if (mismatches === 0) firstMismatch = f;
        mismatches++;
      }
    }
    if (mismatches > 0) {
      warnings.push({
        severity: 'warning',
        code: 'total_mismatch',
        path: `frame ${firstMismatch}`,
        message: `${side} total differs from the sum of its sensors in ${mismatches} frame(s) (first here).`,
      });
    }
    const sign = side === 'left' ? -1 : 1;
    return {
      side,
      sensorCount: GAITPDB_SENSOR_COUNT,
      sensorLabels: Array.from({ length: GAITPDB_SENSOR_COUNT }, (_, i) => `${side === 'left' ? 'L' : 'R'}${i + 1}`),
      values,
      sensorXs: Float64Array.from(GAITPDB_Y),
      // Foot frame +y is the walker's left: dataset −X. Centre each insole on its own midline.
      sensorYs: Float64Array.from(GAITPDB_X, (x) => -(x - sign * 500)),
      positionUnit: 'gaitpdb_units',
      sensorAreaMm2: null,
      deviceTotals: totals,
    };
  });
  return {
    ok: true,
    recording: {
      kind: 'insole',
      format: 'gaitpdb',
      quantity: 'force_n',
      hz: GAITPDB_HZ,
      frameCount: n,
      timesS: rows.timesS,
      feet,
    },
    warnings,
  };
}

/**
 * Whether a text looks like a gaitpdb file: its first non-blank line has 19 numeric cells.
 *
 * @param text - the beginning of the file
 * @returns true for a gaitpdb file
 */
export function looksLikeGaitpdbText(text: string): boolean {
  const first = /^\s*(\S[^\n]*)/.exec(text)?.[1] ?? '';
  const cells = first.trim().split(/\s+/);
  return cells.length === 2 * GAITPDB_SENSOR_COUNT + 3 && cells.every((c) => Number.isFinite(Number(c)));
}

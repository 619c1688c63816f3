import type { Issue } from '../issue.js';
import { decodeText } from './decode-text.js';
import { pedarInsoleChannels } from './pedar-layout.js';
import { pressureError } from './pressure-read-error.js';
import {
  ABSURD_PRESSURE_KPA,
  type InsoleChannels,
  type InsoleRecording,
  type PressureReadResult,
} from './pressure-recording.js';
import { readNumericRows } from './read-numeric-rows.js';

/** Sensors per pedar insole (the only layout groundup knows). */
export const PEDAR_SENSOR_COUNT = 99;

/** How far `1 / time per frame` may differ from the stated scanning rate before the header is contradictory. */
const RATE_TOLERANCE = 0.01;

/**
 * Reads a novel pedar ASCII export: a free-text header (file name, sensor type, `time per frame [secs]`,
 * `scanning rate [Hz]`, `pressure values in kPa`, mask definition), the column line `time[secs] 1…99 1…99`
 * (left insole, then right), then one tab-separated line per frame in kPa. Sensor positions come from the pedar
 * layout mask (`pedarSensorPositions`). Never throws.
 *
 * @param input - the file's text or bytes (Latin-1 or UTF-8)
 * @returns the insole recording with warnings, or the error with its line
 */
export function readPedarAscii(input: string | Uint8Array): PressureReadResult<InsoleRecording> {
  const text = decodeText(input);
  if (text.trim().length === 0)
    return { ok: false, error: pressureError('empty_file', 'line 1', 'The file is empty.') };
  const warnings: Issue[] = [];
  let hz: number | null = null;
  let framePeriodS: number | null = null;
  let unitLine: string | null = null;
  let pos = 0;
  let lineNo = 0;
  let columnLine: string | null = null;
  while (pos < text.length && lineNo < 200) {
    lineNo++;
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end);
    pos = end + 1;
    if (/^\s*time\s*\[secs?\]/i.test(line)) {
      columnLine = line;
      break;
    }
    const rate = /scanning rate \[hz\]:\s*([^\s]+)/i.exec(line);
    if (rate?.[1] !== undefined) hz = Number(rate[1]);
    const period = /time per frame \[secs?\]:\s*([^\s]+)/i.exec(line);
    if (period?.[1] !== undefined) framePeriodS = Number(period[1]);
    const units = /pressure values in\s+(\S+)/i.exec(line);
    if (units?.[1] !== undefined) unitLine = units[1];
  }
  if (columnLine === null) {
    return fail('invalid_header', `line ${lineNo}`, 'No "time[secs]" column line was found in the header.');
  }
  if (unitLine !== null && unitLine.toLowerCase() !== 'kpa') {
    return fail('invalid_header', 'header', `Pressure values are in ${unitLine}; only kPa is read.`);
  }
  if (unitLine === null) {
    warnings.push({
      severity: 'warning',
      code: 'units_assumed',
      path: 'header',
      message: 'No unit line; kPa assumed.',
    });
  }
  if (hz !== null && !(Number.isFinite(hz) && hz > 0 && hz <= 10000)) {
    return fail('invalid_header', 'header', 'The scanning rate is not a usable number of Hz.');
  }
  if (framePeriodS !== null && !(Number.isFinite(framePeriodS) && framePeriodS > 0 && framePeriodS < 10)) {
    return fail('invalid_header', 'header', 'The time per frame is not a usable number of seconds.');
  }
  if (hz !== null && framePeriodS !== null && Math.abs(hz * framePeriodS - 1) > RATE_TOLERANCE) {
    return fail(
      'contradictory_header',
      'header',
      `Scanning rate ${hz} Hz contradicts time per frame ${framePeriodS} s.`,
    );
  }
  const rate = hz ?? (framePeriodS === null ? null : 1 / framePeriodS);
  if (rate === null)
    return fail('invalid_header', 'header', 'Neither the scanning rate nor the time per frame is given.');
  const columns = columnLine.trim().split(/\s+/).length - 1;
  if (columns !== 2 * PEDAR_SENSOR_COUNT) {
    return fail(
      'invalid_header',
      `line ${lineNo}`,
      `The column line names ${columns} sensors; the pedar layout has ${PEDAR_SENSOR_COUNT} per insole (198).`,
    );
  }
  const rows = readNumericRows(text, pos, lineNo + 1, {
    valueCount: columns,
    absurdAbove: ABSURD_PRESSURE_KPA,
    unit: 'kPa',
  });
  if ('code' in rows) return { ok: false, error: rows };
  const feet: InsoleChannels[] = (['left', 'right'] as const).map((side, s) => {
    const values = new Float32Array(rows.frameCount * PEDAR_SENSOR_COUNT);
    for (let f = 0; f < rows.frameCount; f++) {
      values.set(
        rows.values.subarray(f * columns + s * PEDAR_SENSOR_COUNT, f * columns + (s + 1) * PEDAR_SENSOR_COUNT),
        f * PEDAR_SENSOR_COUNT,
      );
    }
    return pedarInsoleChannels(side, values);
  });
  return {
    ok: true,
    recording: {
      kind: 'insole',
      format: 'pedar',
      quantity: 'pressure_kpa',
      hz: rate,
      frameCount: rows.frameCount,
      timesS: rows.timesS,
      feet,
    },
    warnings: [...warnings, ...rows.warnings],
  };
}

/**
 * Whether a text looks like a pedar ASCII export (a `time[secs]` column line or pedar header words near the top).
 *
 * @param text - the beginning of the file
 * @returns true for a pedar export
 */
export function looksLikePedarAscii(text: string): boolean {
  const head = text.slice(0, 4000);
  return /^\s*time\s*\[secs?\]/im.test(head) || /(sensor type:|pressure values in|mask definition)/i.test(head);
}

function fail(code: Parameters<typeof pressureError>[0], where: string, message: string) {
  return { ok: false as const, error: pressureError(code, where, message) };
}

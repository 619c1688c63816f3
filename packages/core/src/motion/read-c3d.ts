import type { Issue } from '../issue.js';
import {
  paramNumber,
  paramNumbers,
  paramStrings,
  type C3dParameters,
  type C3dParameterValue,
} from './c3d-parameters.js';

/** Processor that wrote the file: 84 Intel, 85 DEC, 86 MIPS (big-endian). */
export type C3dProcessor = 'intel' | 'dec' | 'mips';

/** Why a C3D file could not be read. */
export interface C3dReadError {
  readonly code: 'truncated' | 'bad_header' | 'bad_processor' | 'bad_parameters' | 'no_frames';
  readonly message: string;
  /** e.g. `byte 300`, `parameter POINT:SCALE`. */
  readonly where: string;
}

/** A decoded C3D file. */
export interface C3dFile {
  readonly kind: 'C3dFile';
  readonly processor: C3dProcessor;
  readonly parameters: C3dParameters;
  readonly pointRateHz: number;
  readonly analogRateHz: number;
  readonly frames: number;
  readonly firstFrame: number;
  readonly pointLabels: readonly string[];
  readonly pointUnits: string;
  /** `points[(frame * nPoints + point) * 3 + axis]`, NaN where invalid (residual −1). */
  readonly points: Float64Array;
  /** `residuals[frame * nPoints + point]`, −1 where invalid. */
  readonly residuals: Float64Array;
  readonly analogLabels: readonly string[];
  /** `analog[sample * nChannels + channel]`, scaled: (raw − offset) × scale × general scale. */
  readonly analog: Float64Array;
}

/** Result of {@link readC3d}. */
export type C3dReadResult =
  | { readonly ok: true; readonly c3d: C3dFile; readonly warnings: readonly Issue[] }
  | { readonly ok: false; readonly error: C3dReadError };

class Reader {
  readonly view: DataView;
  constructor(
    readonly bytes: Uint8Array,
    readonly processor: C3dProcessor,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  get little(): boolean {
    return this.processor !== 'mips';
  }
  i16(o: number): number {
    return this.view.getInt16(o, this.little);
  }
  u16(o: number): number {
    return this.view.getUint16(o, this.little);
  }
  f32(o: number): number {
    if (this.processor !== 'dec') return this.view.getFloat32(o, this.little);
    const b = this.bytes;
    const tmp = new DataView(new Uint8Array([b[o + 2] ?? 0, b[o + 3] ?? 0, b[o] ?? 0, b[o + 1] ?? 0]).buffer);
    return tmp.getFloat32(0, true) / 4;
  }
}

const fail = (code: C3dReadError['code'], message: string, where: string): C3dReadResult => ({
  ok: false,
  error: { code, message, where },
});

function readParameters(r: Reader, start: number, end: number): C3dParameters | C3dReadError {
  const groups = new Map<number, string>();
  const raw: { group: number; name: string; value: C3dParameterValue }[] = [];
  const dec = { decode: (b: Uint8Array): string => String.fromCharCode(...b) };
  let o = start + 4;
  while (o + 2 <= end) {
    const nameLen = Math.abs(r.view.getInt8(o));
    if (nameLen === 0) break;
    const id = r.view.getInt8(o + 1);
    if (o + 2 + nameLen + 2 > end)
      return { code: 'truncated', message: 'A parameter record runs past the end.', where: `byte ${String(o)}` };
    const name = dec
      .decode(r.bytes.subarray(o + 2, o + 2 + nameLen))
      .trim()
      .toUpperCase();
    const offsetPos = o + 2 + nameLen;
    const next = r.i16(offsetPos);
    let p = offsetPos + 2;
    if (id < 0) {
      groups.set(-id, name);
    } else {
      if (p + 2 > end)
        return { code: 'truncated', message: `Parameter ${name} is cut off.`, where: `byte ${String(p)}` };
      const type = r.view.getInt8(p);
      const nd = r.view.getUint8(p + 1);
      p += 2;
      if (p + nd > end)
        return { code: 'truncated', message: `Parameter ${name} dimensions are cut off.`, where: `byte ${String(p)}` };
      const dims: number[] = [];
      for (let d = 0; d < nd; d++) dims.push(r.view.getUint8(p + d));
      p += nd;
      const count = dims.reduce((a, b) => a * b, 1);
      const size = Math.abs(type);
      if (![1, 2, 4].includes(size))
        return {
          code: 'bad_parameters',
          message: `Parameter ${name} has data type ${String(type)}.`,
          where: `byte ${String(o)}`,
        };
      if (p + count * size > end)
        return { code: 'truncated', message: `Parameter ${name} data runs past the end.`, where: `byte ${String(p)}` };
      if (type === -1) {
        const len = dims[0] ?? count;
        const strings: string[] = [];
        const n = nd <= 1 ? 1 : count / Math.max(1, len);
        for (let s = 0; s < n; s++) strings.push(dec.decode(r.bytes.subarray(p + s * len, p + (s + 1) * len)).trim());
        raw.push({ group: id, name, value: { kind: 'text', dims, strings } });
      } else {
        const values: number[] = [];
        for (let k = 0; k < count; k++) {
          const q = p + k * size;
          values.push(type === 1 ? r.view.getUint8(q) : type === 2 ? r.i16(q) : r.f32(q));
        }
        raw.push({ group: id, name, value: { kind: 'number', type: type as 1 | 2 | 4, dims, values } });
      }
    }
    if (next === 0) break;
    o = offsetPos + next;
    if (next < 0)
      return {
        code: 'bad_parameters',
        message: `Record ${name} points backwards.`,
        where: `byte ${String(offsetPos)}`,
      };
  }
  const out = new Map<string, C3dParameterValue>();
  for (const e of raw) out.set(`${groups.get(e.group) ?? `GROUP${String(e.group)}`}:${e.name}`, e.value);
  return out;
}

/**
 * Reads a C3D file (c3d.org specification) from bytes: header, parameters of every type, 3D points
 * (integer with scale, or float), residuals and analog channels, for Intel, DEC and MIPS processors.
 *
 * @param bytes - the whole file
 * @returns the decoded file and warnings, or a typed error naming where it failed
 */
export function readC3d(bytes: Uint8Array): C3dReadResult {
  if (bytes.length < 512)
    return fail('truncated', 'A C3D file has at least a 512-byte header.', `byte ${String(bytes.length)}`);
  if (bytes[1] !== 0x50) return fail('bad_header', 'Byte 2 of a C3D header must be 0x50.', 'byte 1');
  const paramStart = ((bytes[0] ?? 1) - 1) * 512;
  if (paramStart < 512 || paramStart + 4 > bytes.length)
    return fail('truncated', 'The parameter section is past the end of the file.', 'byte 0');
  const procByte = bytes[paramStart + 3] ?? 0;
  const processor: C3dProcessor | undefined = ({ 84: 'intel', 85: 'dec', 86: 'mips' } as Record<number, C3dProcessor>)[
    procByte
  ];
  if (processor === undefined)
    return fail(
      'bad_processor',
      `Processor byte ${String(procByte)} is not 84, 85 or 86.`,
      `byte ${String(paramStart + 3)}`,
    );
  const r = new Reader(bytes, processor);
  const paramEnd = Math.min(bytes.length, paramStart + Math.max(1, bytes[paramStart + 2] ?? 1) * 512);
  const params = readParameters(r, paramStart, paramEnd);
  if ('code' in params) return { ok: false, error: params };
  const warnings: Issue[] = [];
  const nPoints = paramNumber(params, 'POINT:USED', r.u16(2));
  const firstFrame = r.u16(6);
  const lastFrame = r.u16(8);
  let frames = paramNumber(params, 'POINT:FRAMES', lastFrame - firstFrame + 1);
  if (frames < 0) frames += 65536;
  const scale = paramNumber(params, 'POINT:SCALE', r.f32(12));
  const dataStartBlock = paramNumber(params, 'POINT:DATA_START', r.u16(16));
  const pointRateHz = paramNumber(params, 'POINT:RATE', r.f32(20));
  const analogPerFrame = r.u16(4);
  const nAnalog = paramNumber(params, 'ANALOG:USED', 0);
  const analogRateHz = paramNumber(params, 'ANALOG:RATE', 0);
  const samplesPerFrame = nAnalog > 0 ? Math.round(analogPerFrame / nAnalog) : 0;
  if (frames <= 0) return fail('no_frames', 'The file has zero frames.', 'parameter POINT:FRAMES');
  // Counts from a damaged parameter section can be negative or fractional: refuse them, never size arrays by them.
  for (const [name, value] of [
    ['POINT:USED', nPoints],
    ['ANALOG:USED', nAnalog],
    ['POINT:FRAMES', frames],
  ] as const) {
    if (!Number.isInteger(value) || value < 0 || value > 0xffffff) {
      return fail('bad_header', `${name} is ${String(value)}: not a count.`, `parameter ${name}`);
    }
  }
  if (!(pointRateHz > 0)) return fail('bad_header', 'The point rate is not positive.', 'parameter POINT:RATE');
  const isFloat = scale < 0;
  const ws = isFloat ? 4 : 2;
  const frameBytes = (nPoints * 4 + nAnalog * samplesPerFrame) * ws;
  const dataStart = (dataStartBlock - 1) * 512;
  let available = frames;
  if (dataStart < 0 || dataStart + frames * frameBytes > bytes.length) {
    available = Math.max(0, Math.floor((bytes.length - Math.max(0, dataStart)) / Math.max(1, frameBytes)));
    if (available === 0 || dataStart < 512)
      return fail(
        'truncated',
        `The data section (block ${String(dataStartBlock)}) is past the end of the file.`,
        `byte ${String(dataStart)}`,
      );
    warnings.push({
      severity: 'warning',
      code: 'truncated',
      path: `frame ${String(available)}`,
      message: `Only ${String(available)} of ${String(frames)} frames are present.`,
    });
  }
  const labels = paramStrings(params, 'POINT:LABELS').slice(0, nPoints);
  const pointLabels = Array.from({ length: nPoints }, (_, i) => labels[i] ?? `P${String(i + 1)}`);
  const points = new Float64Array(available * nPoints * 3);
  const residuals = new Float64Array(available * nPoints);
  const analog = new Float64Array(available * samplesPerFrame * nAnalog);
  const aScales = paramNumbers(params, 'ANALOG:SCALE');
  const aOffsets = paramNumbers(params, 'ANALOG:OFFSET');
  const gen = paramNumber(params, 'ANALOG:GEN_SCALE', 1);
  const unsigned = paramStrings(params, 'ANALOG:FORMAT')[0]?.toUpperCase() === 'UNSIGNED';
  const absScale = Math.abs(scale);
  let gaps = 0;
  for (let f = 0; f < available; f++) {
    let o = dataStart + f * frameBytes;
    for (let p = 0; p < nPoints; p++) {
      const x = isFloat ? r.f32(o) : r.i16(o) * scale;
      const y = isFloat ? r.f32(o + ws) : r.i16(o + ws) * scale;
      const z = isFloat ? r.f32(o + 2 * ws) : r.i16(o + 2 * ws) * scale;
      const w = isFloat ? Math.trunc(r.f32(o + 3 * ws)) : r.i16(o + 3 * ws);
      const invalid = w < 0;
      const k = (f * nPoints + p) * 3;
      points[k] = invalid ? NaN : x;
      points[k + 1] = invalid ? NaN : y;
      points[k + 2] = invalid ? NaN : z;
      residuals[f * nPoints + p] = invalid ? -1 : (w & 0xff) * absScale;
      if (invalid) gaps++;
      o += 4 * ws;
    }
    for (let s = 0; s < samplesPerFrame; s++) {
      for (let c = 0; c < nAnalog; c++) {
        let v = isFloat ? r.f32(o) : unsigned ? r.u16(o) : r.i16(o);
        v = (v - (aOffsets[c] ?? 0)) * (aScales[c] ?? 1) * gen;
        analog[(f * samplesPerFrame + s) * nAnalog + c] = v;
        o += ws;
      }
    }
  }
  if (gaps > 0)
    warnings.push({
      severity: 'warning',
      code: 'marker_gaps',
      path: 'POINT',
      message: `${String(gaps)} marker samples are invalid (residual −1), left as NaN.`,
    });
  const aLabels = paramStrings(params, 'ANALOG:LABELS');
  return {
    ok: true,
    c3d: {
      kind: 'C3dFile',
      processor,
      parameters: params,
      pointRateHz,
      analogRateHz: analogRateHz > 0 ? analogRateHz : pointRateHz * samplesPerFrame,
      frames: available,
      firstFrame,
      pointLabels,
      pointUnits: paramStrings(params, 'POINT:UNITS')[0] ?? 'mm',
      points,
      residuals,
      analogLabels: Array.from({ length: nAnalog }, (_, i) => aLabels[i] ?? `A${String(i + 1)}`),
      analog,
    },
    warnings,
  };
}

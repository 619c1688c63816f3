import type { C3dParameterValue } from './c3d-parameters.js';
import type { C3dProcessor } from './read-c3d.js';

/** What {@link writeC3d} writes: markers and analog channels in physical units, plus any other parameters. */
export interface C3dWriteInput {
  readonly pointRateHz: number;
  readonly pointLabels: readonly string[];
  readonly pointUnits: string;
  /** `points[(frame * nPoints + point) * 3 + axis]`; a NaN coordinate marks the point invalid (residual −1). */
  readonly points: Float64Array;
  readonly analogLabels: readonly string[];
  /** Analog samples per point frame (0 without analog data). */
  readonly analogSamplesPerFrame: number;
  /** `analog[sample * nChannels + channel]`, physical units. */
  readonly analog: Float64Array;
  /** Further parameters by `GROUP:NAME` (e.g. `FORCE_PLATFORM:CORNERS`, `EVENT:TIMES`). */
  readonly parameters?: ReadonlyMap<string, C3dParameterValue>;
}

class Writer {
  readonly view: DataView;
  constructor(
    readonly bytes: Uint8Array,
    readonly processor: C3dProcessor,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  i16(o: number, v: number): void {
    this.view.setInt16(o, v, this.processor !== 'mips');
  }
  f32(o: number, v: number): void {
    if (this.processor !== 'dec') {
      this.view.setFloat32(o, v, this.processor !== 'mips');
      return;
    }
    // DEC (VAX F) floats: IEEE little-endian of 4·v with the two 16-bit halves swapped.
    const tmp = new DataView(new ArrayBuffer(4));
    tmp.setFloat32(0, v * 4, true);
    this.bytes[o] = tmp.getUint8(2);
    this.bytes[o + 1] = tmp.getUint8(3);
    this.bytes[o + 2] = tmp.getUint8(0);
    this.bytes[o + 3] = tmp.getUint8(1);
  }
}

const text = (strings: readonly string[], single = false): C3dParameterValue => {
  const len = Math.max(1, ...strings.map((s) => s.length));
  return { kind: 'text', dims: single ? [len] : [len, strings.length], strings };
};
const num = (type: 1 | 2 | 4, values: readonly number[], dims: readonly number[] = []): C3dParameterValue => ({
  kind: 'number',
  type,
  dims,
  values,
});

function valueBytes(v: C3dParameterValue): number {
  const count = v.dims.reduce((a, b) => a * b, 1);
  return v.kind === 'text' ? count : count * v.type;
}

/**
 * Writes a C3D file (c3d.org layout: 512-byte header, parameter blocks, float data) for any processor
 * format, so files can be synthesised for tests and benchmarks and the DEC and MIPS paths of
 * {@link readC3d} checked by round trip. Points and analog samples are written as floats (POINT:SCALE −1,
 * ANALOG:SCALE 1, OFFSET 0); invalid points get residual −1.
 *
 * @param input - markers, analog channels and extra parameters
 * @param processor - `intel`, `dec` or `mips`
 * @returns the file bytes
 */
export function writeC3d(input: C3dWriteInput, processor: C3dProcessor = 'intel'): Uint8Array {
  const nPoints = input.pointLabels.length;
  const frames = nPoints > 0 ? input.points.length / (nPoints * 3) : 0;
  const nAnalog = input.analogLabels.length;
  const spf = nAnalog > 0 ? input.analogSamplesPerFrame : 0;
  const params = new Map<string, C3dParameterValue>(input.parameters ?? []);
  params.set('POINT:USED', num(2, [nPoints]));
  params.set('POINT:FRAMES', num(2, [frames > 32767 ? frames - 65536 : frames]));
  params.set('POINT:SCALE', num(4, [-1]));
  params.set('POINT:RATE', num(4, [input.pointRateHz]));
  params.set('POINT:LABELS', text(input.pointLabels));
  params.set('POINT:UNITS', text([input.pointUnits], true));
  params.set('ANALOG:USED', num(2, [nAnalog]));
  params.set('ANALOG:RATE', num(4, [input.pointRateHz * spf]));
  params.set('ANALOG:LABELS', text(input.analogLabels));
  params.set(
    'ANALOG:SCALE',
    num(
      4,
      input.analogLabels.map(() => 1),
      [nAnalog],
    ),
  );
  params.set(
    'ANALOG:OFFSET',
    num(
      2,
      input.analogLabels.map(() => 0),
      [nAnalog],
    ),
  );
  params.set('ANALOG:GEN_SCALE', num(4, [1]));
  const groups = [...new Set([...params.keys()].map((k) => k.split(':')[0] ?? ''))];
  // Each record: 2 + name + 2 (next) + (parameter: 2 + dims + data) + 1 (description length).
  let size = 4;
  for (const g of groups) size += 2 + g.length + 2 + 1;
  for (const [key, v] of params)
    size += 2 + (key.split(':')[1] ?? '').length + 2 + 2 + v.dims.length + valueBytes(v) + 1;
  const paramBlocks = Math.ceil((size + 1) / 512);
  const dataStartBlock = 2 + paramBlocks;
  params.set('POINT:DATA_START', num(2, [dataStartBlock]));
  const frameBytes = (nPoints * 4 + nAnalog * spf) * 4;
  const bytes = new Uint8Array((dataStartBlock - 1) * 512 + Math.ceil((frames * frameBytes) / 512) * 512);
  const w = new Writer(bytes, processor);
  bytes[0] = 2;
  bytes[1] = 0x50;
  w.i16(2, nPoints);
  w.i16(4, nAnalog * spf);
  w.i16(6, 1);
  w.i16(8, Math.min(frames, 65535));
  w.i16(10, 10);
  w.f32(12, -1);
  w.i16(16, dataStartBlock);
  w.i16(18, spf);
  w.f32(20, input.pointRateHz);

  const ps = 512;
  bytes[ps] = 1;
  bytes[ps + 1] = 0x50;
  bytes[ps + 2] = paramBlocks;
  bytes[ps + 3] = { intel: 84, dec: 85, mips: 86 }[processor];
  let o = ps + 4;
  const records: { name: string; id: number; value: C3dParameterValue | null }[] = [];
  groups.forEach((g, i) => records.push({ name: g, id: -(i + 1), value: null }));
  for (const [key, v] of params) {
    const [g = '', name = ''] = key.split(':');
    records.push({ name, id: groups.indexOf(g) + 1, value: v });
  }
  records.forEach((r, i) => {
    bytes[o] = r.name.length;
    w.view.setInt8(o + 1, r.id);
    for (let c = 0; c < r.name.length; c++) bytes[o + 2 + c] = r.name.charCodeAt(c) & 0x7f;
    const nextPos = o + 2 + r.name.length;
    let p = nextPos + 2;
    const v = r.value;
    if (v !== null) {
      w.view.setInt8(p, v.kind === 'text' ? -1 : v.type);
      bytes[p + 1] = v.dims.length;
      v.dims.forEach((d, k) => (bytes[p + 2 + k] = d));
      p += 2 + v.dims.length;
      if (v.kind === 'text') {
        const len = v.dims[0] ?? 0;
        v.strings.forEach((s, k) => {
          for (let c = 0; c < len; c++) bytes[p + k * len + c] = c < s.length ? s.charCodeAt(c) & 0x7f : 32;
        });
      } else {
        v.values.forEach((x, k) => {
          if (v.type === 1) bytes[p + k] = x & 0xff;
          else if (v.type === 2) w.i16(p + k * 2, x);
          else w.f32(p + k * 4, x);
        });
      }
      p += valueBytes(v);
    }
    bytes[p] = 0; // description length
    p += 1;
    w.i16(nextPos, i === records.length - 1 ? 0 : p - nextPos);
    o = p;
  });

  let d = (dataStartBlock - 1) * 512;
  for (let f = 0; f < frames; f++) {
    for (let k = 0; k < nPoints; k++) {
      const q = (f * nPoints + k) * 3;
      const x = input.points[q] ?? NaN;
      const y = input.points[q + 1] ?? NaN;
      const z = input.points[q + 2] ?? NaN;
      const valid = Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z);
      w.f32(d, valid ? x : 0);
      w.f32(d + 4, valid ? y : 0);
      w.f32(d + 8, valid ? z : 0);
      w.f32(d + 12, valid ? 0 : -1);
      d += 16;
    }
    for (let s = 0; s < spf; s++) {
      for (let c = 0; c < nAnalog; c++) {
        w.f32(d, input.analog[(f * spf + s) * nAnalog + c] ?? 0);
        d += 4;
      }
    }
  }
  return bytes;
}

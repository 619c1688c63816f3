import type { Issue } from '../issue.js';
import { paramNumber, paramNumbers } from './c3d-parameters.js';
import type { C3dFile } from './read-c3d.js';

/** Ground reaction of one force platform in the lab frame, one value per analog sample. */
export interface ForcePlatformSignal {
  readonly kind: 'ForcePlatformSignal';
  /** 1-based platform number. */
  readonly platform: number;
  /** C3D FORCE_PLATFORM:TYPE (1–4). */
  readonly type: 1 | 2 | 3 | 4;
  readonly rateHz: number;
  /** Force in N, `forceN[sample * 3 + axis]`, lab frame as stored by the platform (see README). */
  readonly forceN: Float64Array;
  /** Centre of pressure in the lab frame, mm (NaN when |Fz| ≤ 1 N). */
  readonly copMm: Float64Array;
  /** Free moment about the lab vertical, N·mm (NaN when |Fz| ≤ 1 N). */
  readonly freeMomentNmm: Float64Array;
  /** Platform surface centre in the lab frame, mm. */
  readonly centreMm: readonly [number, number, number];
}

type V3 = [number, number, number];
const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const cross = (a: V3, b: V3): V3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const unit = (a: V3): V3 => {
  const n = Math.hypot(a[0], a[1], a[2]) || 1;
  return [a[0] / n, a[1] / n, a[2] / n];
};

/**
 * Force platforms of types 1–4 (c3d.org): force, centre of pressure and free moment in the lab frame.
 * Plate axes come from FORCE_PLATFORM:CORNERS (x = c1 − c2, y = c1 − c4, z = x × y); moments are moved
 * from the transducer origin (FORCE_PLATFORM:ORIGIN, plate frame, from surface centre to transducer)
 * to the surface centre; COP = (−My/Fz, Mx/Fz) in the lab plane of the surface; free moment
 * Tz = Mz − (px·Fy − py·Fx). Type 3 (Kistler, 8 channels) and type 4 (6×6 CAL_MATRIX) are combined first.
 *
 * @param c3d - a decoded file with FORCE_PLATFORM and ANALOG parameters
 * @returns one signal per platform and warnings for platforms that could not be decoded
 */
export function forcePlatforms(c3d: C3dFile): {
  readonly plates: readonly ForcePlatformSignal[];
  readonly warnings: readonly Issue[];
} {
  const p = c3d.parameters;
  const used = paramNumber(p, 'FORCE_PLATFORM:USED', 0);
  const types = paramNumbers(p, 'FORCE_PLATFORM:TYPE');
  const corners = paramNumbers(p, 'FORCE_PLATFORM:CORNERS');
  const origins = paramNumbers(p, 'FORCE_PLATFORM:ORIGIN');
  const channelsAll = paramNumbers(p, 'FORCE_PLATFORM:CHANNEL');
  const chDims = p.get('FORCE_PLATFORM:CHANNEL');
  const perPlate = chDims?.kind === 'number' && chDims.dims.length > 0 ? (chDims.dims[0] ?? 6) : 6;
  const cal = paramNumbers(p, 'FORCE_PLATFORM:CAL_MATRIX');
  const nCh = c3d.analogLabels.length;
  const samples = nCh > 0 ? c3d.analog.length / nCh : 0;
  const warnings: Issue[] = [];
  const plates: ForcePlatformSignal[] = [];
  for (let k = 0; k < used; k++) {
    const type = types[k] ?? 0;
    if (type !== 1 && type !== 2 && type !== 3 && type !== 4) {
      warnings.push({
        severity: 'warning',
        code: 'unsupported_platform',
        path: 'parameter FORCE_PLATFORM:TYPE',
        message: `Platform ${String(k + 1)} has type ${String(type)}; only 1–4 are decoded.`,
      });
      continue;
    }
    const c = (i: number): V3 => [
      corners[k * 12 + i * 3] ?? 0,
      corners[k * 12 + i * 3 + 1] ?? 0,
      corners[k * 12 + i * 3 + 2] ?? 0,
    ];
    if (corners.length < (k + 1) * 12) {
      warnings.push({
        severity: 'warning',
        code: 'missing_parameter',
        path: 'parameter FORCE_PLATFORM:CORNERS',
        message: `Platform ${String(k + 1)} has no corners.`,
      });
      continue;
    }
    const [c1, c2, c3, c4] = [c(0), c(1), c(2), c(3)];
    const centre: V3 = [
      (c1[0] + c2[0] + c3[0] + c4[0]) / 4,
      (c1[1] + c2[1] + c3[1] + c4[1]) / 4,
      (c1[2] + c2[2] + c3[2] + c4[2]) / 4,
    ];
    const ex = unit(sub(c1, c2));
    const ez = unit(cross(ex, unit(sub(c1, c4))));
    const ey = cross(ez, ex);
    const o: V3 = [origins[k * 3] ?? 0, origins[k * 3 + 1] ?? 0, origins[k * 3 + 2] ?? 0];
    const chans = Array.from({ length: perPlate }, (_, i) => (channelsAll[k * perPlate + i] ?? 0) - 1);
    if (chans.some((ch) => ch < 0 || ch >= nCh)) {
      warnings.push({
        severity: 'warning',
        code: 'bad_channel',
        path: 'parameter FORCE_PLATFORM:CHANNEL',
        message: `Platform ${String(k + 1)} names an analog channel that does not exist.`,
      });
      continue;
    }
    const forceN = new Float64Array(samples * 3);
    const copMm = new Float64Array(samples * 3);
    const freeMomentNmm = new Float64Array(samples);
    const a = (s: number, i: number): number => c3d.analog[s * nCh + (chans[i] ?? 0)] ?? 0;
    for (let s = 0; s < samples; s++) {
      let f: V3;
      let m: V3;
      if (type === 1) {
        // Fx, Fy, Fz, COPx, COPy, Tz in the plate frame, about the surface centre.
        f = [a(s, 0), a(s, 1), a(s, 2)];
        const px = a(s, 3);
        const py = a(s, 4);
        m = [py * f[2], -px * f[2], a(s, 5) + px * f[1] - py * f[0]];
      } else if (type === 3) {
        const [fx12, fx34, fy14, fy23, fz1, fz2, fz3, fz4] = [
          a(s, 0),
          a(s, 1),
          a(s, 2),
          a(s, 3),
          a(s, 4),
          a(s, 5),
          a(s, 6),
          a(s, 7),
        ];
        f = [fx12 + fx34, fy14 + fy23, fz1 + fz2 + fz3 + fz4];
        const [ax, by, az0] = o;
        const mx = by * (fz1 + fz2 - fz3 - fz4);
        const my = ax * (-fz1 + fz2 + fz3 - fz4);
        const mz = by * (-fx12 + fx34) + ax * (fy14 - fy23);
        // Transducer plane is az0 below the surface: moments about the surface centre.
        m = [mx + f[1] * az0, my - f[0] * az0, mz];
      } else {
        let raw = [a(s, 0), a(s, 1), a(s, 2), a(s, 3), a(s, 4), a(s, 5)];
        if (type === 4 && cal.length >= (k + 1) * 36) {
          raw = raw.map((_, r) => raw.reduce((acc, v, col) => acc + (cal[k * 36 + col * 6 + r] ?? 0) * v, 0));
        }
        f = [raw[0] ?? 0, raw[1] ?? 0, raw[2] ?? 0];
        const mt: V3 = [raw[3] ?? 0, raw[4] ?? 0, raw[5] ?? 0];
        const shift = cross(o, f);
        m = [mt[0] + shift[0], mt[1] + shift[1], mt[2] + shift[2]];
      }
      const toLab = (v: V3): V3 => [
        ex[0] * v[0] + ey[0] * v[1] + ez[0] * v[2],
        ex[1] * v[0] + ey[1] * v[1] + ez[1] * v[2],
        ex[2] * v[0] + ey[2] * v[1] + ez[2] * v[2],
      ];
      const fl = toLab(f);
      const ml = toLab(m);
      forceN[s * 3] = fl[0];
      forceN[s * 3 + 1] = fl[1];
      forceN[s * 3 + 2] = fl[2];
      if (Math.abs(fl[2]) > 1) {
        const rx = -ml[1] / fl[2];
        const ry = ml[0] / fl[2];
        copMm[s * 3] = centre[0] + rx;
        copMm[s * 3 + 1] = centre[1] + ry;
        copMm[s * 3 + 2] = centre[2];
        freeMomentNmm[s] = ml[2] - (rx * fl[1] - ry * fl[0]);
      } else {
        copMm.fill(NaN, s * 3, s * 3 + 3);
        freeMomentNmm[s] = NaN;
      }
    }
    plates.push({
      kind: 'ForcePlatformSignal',
      platform: k + 1,
      type,
      rateHz: c3d.analogRateHz,
      forceN,
      copMm,
      freeMomentNmm,
      centreMm: centre,
    });
  }
  return { plates, warnings };
}

import type { Vec3 } from '../scan/vec3.js';

/**
 * A standing subject with the Gait2354 marker names (lab X forward, Y up, Z right, mm): a plausible layout
 * for tests and benchmarks, not anthropometric data.
 *
 * @returns marker name → position
 */
export function syntheticStandingMarkers(): Record<string, Vec3> {
  const m: Record<string, Vec3> = { 'R.ASIS': [0, 1000, 120], 'L.ASIS': [0, 1000, -120], 'V.Sacral': [-160, 1010, 0] };
  for (const [p, s] of [
    ['R', 1],
    ['L', -1],
  ] as const) {
    const z = (v: number): number => s * v;
    Object.assign(m, {
      [`${p}.Thigh.Upper`]: [30, 800, z(130)],
      [`${p}.Thigh.Front`]: [60, 650, z(100)],
      [`${p}.Thigh.Rear`]: [-40, 620, z(125)],
      [`${p}.Knee.Lat`]: [0, 500, z(140)],
      [`${p}.Knee.Med`]: [0, 500, z(40)],
      [`${p}.Shank.Upper`]: [30, 380, z(130)],
      [`${p}.Shank.Front`]: [50, 250, z(95)],
      [`${p}.Shank.Rear`]: [-50, 300, z(112)],
      [`${p}.Ankle.Lat`]: [0, 80, z(125)],
      [`${p}.Ankle.Med`]: [0, 80, z(55)],
      [`${p}.Heel`]: [-60, 40, z(90)],
      [`${p}.Midfoot.Sup`]: [60, 80, z(90)],
      [`${p}.Midfoot.Lat`]: [50, 30, z(130)],
      [`${p}.Toe.Tip`]: [180, 30, z(95)],
      [`${p}.Toe.Lat`]: [140, 30, z(130)],
      [`${p}.Toe.Med`]: [140, 30, z(60)],
    });
  }
  return m;
}

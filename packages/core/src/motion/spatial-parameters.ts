import type { Issue } from '../issue.js';
import { cross, dot, normalize, sub, type Vec3 } from '../scan/vec3.js';
import type { GaitEvent, GaitSide } from './gait-events.js';
import { labAxisNearest, millimetresPerUnit } from './lower-limb-model.js';
import { findFootMarkers } from './marker-events.js';
import type { MarkerTrajectories } from './read-trc.js';

/** Distance parameters of gait from heel markers at foot strikes (means; NaN when the events do not allow them). */
export interface SpatialParameters {
  readonly kind: 'SpatialParameters';
  /** Heel-to-heel distance along progression between strikes of the same foot, m. */
  readonly strideLengthM: { readonly left: number; readonly right: number };
  /** Distance along progression from the other heel to this heel at this foot's strike, m. */
  readonly stepLengthM: { readonly left: number; readonly right: number };
  /** Medio-lateral distance between the two heels at successive strikes, m. */
  readonly stepWidthM: number;
  /** Speed over the ground: pelvis travel minus the supporting surface's speed, m/s. */
  readonly walkingSpeedMps: number;
  /** Speed of the supporting surface along progression (≈ −belt speed on a treadmill, ≈ 0 overground), m/s. */
  readonly surfaceSpeedMps: number;
  /** Symmetry index of step length, 100·|L − R| / ((L + R)/2), %. */
  readonly stepLengthSymmetryPct: number;
  /** Horizontal unit vector of progression in the lab. */
  readonly progression: Vec3;
}

const mean = (xs: readonly number[]): number => (xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length);

/**
 * Stride length, step length, step width, walking speed and step-length symmetry from the heel markers at
 * foot strikes, along the direction of progression.
 *
 * The lab vertical is the lab axis closest to heel → pelvis marker. Progression is the pelvis's horizontal
 * travel when it exceeds 0.5 m, otherwise (treadmill) the mean horizontal heel → toe direction. The speed
 * of the supporting surface is the mean velocity along progression of the heel–toe mid-point over 30–60 %
 * of each stance (foot flat: it moves with the belt on a treadmill and stays still overground). Positions
 * of the ground contact are carried with that surface, so stride and step lengths and speed are the same
 * overground and on a treadmill: stride = Δheel − surface·Δt; step = heel − (other heel at its strike +
 * surface·Δt); walking speed = pelvis speed − surface speed. Marker positions at event times are
 * interpolated linearly between frames.
 *
 * @param markers - the trial
 * @param events - foot strikes and foot offs of both sides (trial time)
 * @returns the parameters and warnings naming missing markers
 */
export function spatialParameters(
  markers: MarkerTrajectories,
  events: readonly GaitEvent[],
): { readonly spatial: SpatialParameters; readonly warnings: readonly Issue[] } {
  const warnings: Issue[] = [];
  const k = (millimetresPerUnit(markers.units) ?? 1) / 1000;
  const nm = markers.markerNames.length;
  const n = markers.timeS.length;
  const t0 = markers.timeS[0] ?? 0;
  const nanResult = (progression: Vec3): SpatialParameters => ({
    kind: 'SpatialParameters',
    strideLengthM: { left: NaN, right: NaN },
    stepLengthM: { left: NaN, right: NaN },
    stepWidthM: NaN,
    walkingSpeedMps: NaN,
    surfaceSpeedMps: NaN,
    stepLengthSymmetryPct: NaN,
    progression,
  });
  const feet = {
    left: findFootMarkers(markers.markerNames, 'left'),
    right: findFootMarkers(markers.markerNames, 'right'),
  };
  if (feet.left === null || feet.right === null || n < 2) {
    warnings.push({
      severity: 'warning',
      code: 'missing_markers',
      path: 'heel',
      message: 'Heel, toe and pelvis markers of both feet are needed for stride and step lengths.',
    });
    return { spatial: nanResult([NaN, NaN, NaN]), warnings };
  }
  const idx = (name: string): number => markers.markerNames.indexOf(name);
  const at = (marker: number, frame: number): Vec3 => {
    const o = (frame * nm + marker) * 3;
    return [(markers.xyz[o] ?? NaN) * k, (markers.xyz[o + 1] ?? NaN) * k, (markers.xyz[o + 2] ?? NaN) * k];
  };
  const atTime = (marker: number, t: number): Vec3 => {
    const x = Math.max(0, Math.min(n - 1, (t - t0) * markers.rateHz));
    const f = Math.min(n - 2, Math.floor(x));
    const w = x - f;
    const a = at(marker, f);
    const b = at(marker, f + 1);
    return [a[0] + w * (b[0] - a[0]), a[1] + w * (b[1] - a[1]), a[2] + w * (b[2] - a[2])];
  };
  const meanOf = (marker: number): Vec3 => {
    const s = [0, 0, 0];
    let c = 0;
    for (let f = 0; f < n; f++) {
      const p = at(marker, f);
      if (!p.every(Number.isFinite)) continue;
      s[0] = (s[0] ?? 0) + p[0];
      s[1] = (s[1] ?? 0) + p[1];
      s[2] = (s[2] ?? 0) + p[2];
      c++;
    }
    return [(s[0] ?? 0) / c, (s[1] ?? 0) / c, (s[2] ?? 0) / c];
  };
  const pelvis = idx(feet.right.pelvis);
  const heel = { left: idx(feet.left.heel), right: idx(feet.right.heel) };
  const toe = { left: idx(feet.left.toe), right: idx(feet.right.toe) };
  const vertical = sub(meanOf(pelvis), meanOf(heel.right));
  const up = labAxisNearest(vertical);
  const horizontal = (v: Vec3): Vec3 => {
    const d = dot(v, up);
    return [v[0] - d * up[0], v[1] - d * up[1], v[2] - d * up[2]];
  };
  let firstP = -1;
  let lastP = -1;
  for (let f = 0; f < n; f++) {
    if (at(pelvis, f).every(Number.isFinite)) {
      if (firstP < 0) firstP = f;
      lastP = f;
    }
  }
  const travel =
    firstP >= 0 && lastP > firstP ? horizontal(sub(at(pelvis, lastP), at(pelvis, firstP))) : ([0, 0, 0] as Vec3);
  let dir: Vec3 = travel;
  if (Math.hypot(...travel) < 0.5) {
    const footAxis = (s: GaitSide): Vec3 => horizontal(sub(meanOf(toe[s]), meanOf(heel[s])));
    const l = footAxis('left');
    const r = footAxis('right');
    dir = [l[0] + r[0], l[1] + r[1], l[2] + r[2]];
  }
  const progression = normalize(dir);
  const lateral = cross(progression, up);
  const along = (p: Vec3): number => dot(p, progression);

  const times = (s: GaitSide, kind: GaitEvent['kind']): number[] =>
    events
      .filter((e) => e.side === s && e.kind === kind)
      .map((e) => e.timeS)
      .sort((a, b) => a - b);
  // Surface speed from the foot's mid-point over 30–60 % of each stance.
  const surface: number[] = [];
  for (const s of ['left', 'right'] as const) {
    for (const strike of times(s, 'foot-strike')) {
      const off = times(s, 'foot-off').find((o) => o > strike);
      if (off === undefined) continue;
      const ta = strike + 0.3 * (off - strike);
      const tb = strike + 0.6 * (off - strike);
      if (tb - ta <= 0) continue;
      const mid = (t: number): number => (along(atTime(heel[s], t)) + along(atTime(toe[s], t))) / 2;
      const v = (mid(tb) - mid(ta)) / (tb - ta);
      if (Number.isFinite(v)) surface.push(v);
    }
  }
  const surfaceSpeed = surface.length === 0 ? 0 : mean(surface);
  if (surface.length === 0)
    warnings.push({
      severity: 'warning',
      code: 'no_stance',
      path: 'events',
      message: 'No complete stance (strike then foot off): the supporting surface is taken as still (overground).',
    });
  const stride = (s: GaitSide): number[] => {
    const st = times(s, 'foot-strike');
    return st.slice(1).map((t, i) => {
      const prev = st[i] ?? t;
      return along(sub(atTime(heel[s], t), atTime(heel[s], prev))) - surfaceSpeed * (t - prev);
    });
  };
  const widths: number[] = [];
  const step = (s: GaitSide): number[] => {
    const other: GaitSide = s === 'left' ? 'right' : 'left';
    const otherStrikes = times(other, 'foot-strike');
    return times(s, 'foot-strike').flatMap((t) => {
      const prev = otherStrikes.filter((u) => u < t).pop();
      if (prev === undefined) return [];
      const d = sub(atTime(heel[s], t), atTime(heel[other], prev));
      widths.push(Math.abs(dot(d, lateral)));
      return [along(d) - surfaceSpeed * (t - prev)];
    });
  };
  const stepL = step('left');
  const stepR = step('right');
  const sl = mean(stepL);
  const sr = mean(stepR);
  const duration = firstP >= 0 && lastP > firstP ? (lastP - firstP) / markers.rateHz : NaN;
  const pelvisSpeed = along(travel) / duration;
  return {
    spatial: {
      kind: 'SpatialParameters',
      strideLengthM: { left: mean(stride('left')), right: mean(stride('right')) },
      stepLengthM: { left: sl, right: sr },
      stepWidthM: mean(widths.filter(Number.isFinite)),
      walkingSpeedMps: pelvisSpeed - surfaceSpeed,
      surfaceSpeedMps: surfaceSpeed,
      stepLengthSymmetryPct: (100 * Math.abs(sl - sr)) / ((sl + sr) / 2),
      progression,
    },
    warnings,
  };
}

import type { Issue } from '../issue.js';
import { add, cross, dot, mulVec, norm, normalize, scale, sub, type Mat3, type Vec3 } from '../scan/vec3.js';
import type { GaitSide } from './gait-events.js';
import { hipJointCentreHarrington } from './hip-joint-centre.js';
import type { LowerLimbMarkerSet } from './lower-limb-marker-set.js';
import type { MarkerTrajectories } from './read-trc.js';

/** A body segment of the lower-limb model. */
export type SegmentName =
  'pelvis' | 'thigh_r' | 'shank_r' | 'foot_r' | 'calcaneus_r' | 'thigh_l' | 'shank_l' | 'foot_l' | 'calcaneus_l';

/** One segment calibrated in the static trial: its marker cluster and its anatomical frame. */
export interface SegmentCalibration {
  readonly segment: SegmentName;
  readonly clusterNames: readonly string[];
  /** Static positions of the cluster markers, mm, `clusterMm[i * 3 + axis]`. */
  readonly clusterMm: Float64Array;
  /** Anatomical axes in the lab (columns x anterior, y superior, z right), static trial. */
  readonly frame: Mat3;
  readonly originMm: Vec3;
}

/** The static calibration: segment frames, the lab's up axis and the joint centres used. */
export interface LowerLimbModel {
  readonly kind: 'LowerLimbModel';
  readonly markerSet: string;
  /** Unit vector of the lab vertical (the lab axis closest to ankle → pelvis in the static trial). */
  readonly up: Vec3;
  readonly segments: readonly SegmentCalibration[];
  /** Joint centres in the static trial, lab frame, mm. */
  readonly jointCentresMm: {
    readonly [S in GaitSide]: { readonly hip: Vec3; readonly knee: Vec3; readonly ankle: Vec3 };
  };
}

/** Why a static trial cannot calibrate the model. */
export interface CalibrationError {
  readonly code: 'missing_markers' | 'degenerate_markers';
  readonly message: string;
  /** Marker names absent from the static trial (or without a single valid sample). */
  readonly missing: readonly string[];
}

/** Result of {@link calibrateLowerLimb}. */
export type CalibrationResult =
  | { readonly ok: true; readonly model: LowerLimbModel; readonly warnings: readonly Issue[] }
  | { readonly ok: false; readonly error: CalibrationError };

/**
 * Millimetres per unit of a marker file (`mm`, `cm`, `m`).
 *
 * @param units - the units string of the trial
 * @returns the factor, or null for unknown units
 */
export function millimetresPerUnit(units: string): number | null {
  const u = units.trim().toLowerCase();
  return u === 'mm' ? 1 : u === 'cm' ? 10 : u === 'm' ? 1000 : null;
}

/** A frame whose columns are the given axes. */
export function frameFromAxes(x: Vec3, y: Vec3, z: Vec3): Mat3 {
  return [
    [x[0], y[0], z[0]],
    [x[1], y[1], z[1]],
    [x[2], y[2], z[2]],
  ];
}

/**
 * The signed lab axis closest to a direction (the lab vertical from a roughly vertical vector).
 *
 * @param v - a direction in the lab
 * @returns `[±1, 0, 0]`, `[0, ±1, 0]` or `[0, 0, ±1]`
 */
export function labAxisNearest(v: Vec3): Vec3 {
  const ax = Math.abs(v[0]);
  const ay = Math.abs(v[1]);
  const az = Math.abs(v[2]);
  if (ax >= ay && ax >= az) return [Math.sign(v[0]) || 1, 0, 0];
  return ay >= az ? [0, Math.sign(v[1]) || 1, 0] : [0, 0, Math.sign(v[2]) || 1];
}

/** Component of `v` perpendicular to unit `n`, normalised. */
function perpendicular(v: Vec3, n: Vec3): Vec3 {
  return normalize(sub(v, scale(n, dot(v, n))));
}

/**
 * Calibrates the lower-limb model from a static standing trial (marker positions averaged over the trial).
 *
 * - Pelvis: origin mid-ASIS; z from left to right ASIS; x anterior, from the mid-PSIS (sacral marker) to the
 *   mid-ASIS, made perpendicular to z; y = z × x (ISB, Wu et al. 2002 [U]).
 * - Hip joint centre: Harrington et al. (2007) regression on pelvis width and depth [U].
 * - Knee and ankle joint centres: mid-points of the lateral and medial knee and ankle markers.
 * - Thigh: y from knee to hip centre; z from the medial to the lateral knee marker (right leg; lateral to
 *   medial on the left, so z points right on both sides), made perpendicular to y; x = y × z.
 * - Shank: y from ankle to knee centre; z from the knee markers as for the thigh (so the knee has no
 *   rotation or ab/adduction in the static trial, like OpenSim's Gait2354 tibia frame); x = y × z.
 * - Foot (and calcaneus when the set has a calcaneus cluster): "foot flat" — y is the lab vertical in the
 *   static trial; x is heel → toe made horizontal; z = x × y.
 *
 * @param trial - the static trial
 * @param set - marker names
 * @returns the model and warnings, or a typed error naming every missing marker
 */
export function calibrateLowerLimb(trial: MarkerTrajectories, set: LowerLimbMarkerSet): CalibrationResult {
  const warnings: Issue[] = [];
  const toMm = millimetresPerUnit(trial.units);
  if (toMm === null) {
    warnings.push({
      severity: 'warning',
      code: 'unknown_units',
      path: 'units',
      message: `Marker units "${trial.units}" are not mm, cm or m; taken as mm.`,
    });
  }
  const k = toMm ?? 1;
  const nm = trial.markerNames.length;
  const n = trial.timeS.length;
  const mean = (name: string): Vec3 | null => {
    const i = trial.markerNames.indexOf(name);
    if (i < 0) return null;
    const s = [0, 0, 0];
    let c = 0;
    for (let f = 0; f < n; f++) {
      const o = (f * nm + i) * 3;
      const x = trial.xyz[o] ?? NaN;
      const y = trial.xyz[o + 1] ?? NaN;
      const z = trial.xyz[o + 2] ?? NaN;
      if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(z)) continue;
      s[0] = (s[0] ?? 0) + x;
      s[1] = (s[1] ?? 0) + y;
      s[2] = (s[2] ?? 0) + z;
      c++;
    }
    return c === 0 ? null : [((s[0] ?? 0) * k) / c, ((s[1] ?? 0) * k) / c, ((s[2] ?? 0) * k) / c];
  };
  const missing = new Set<string>();
  const need = (name: string): Vec3 => {
    const p = mean(name);
    if (p === null) missing.add(name);
    return p ?? [0, 0, 0];
  };
  const cluster = (names: readonly string[], segment: string): { names: string[]; mm: Float64Array } => {
    const present = names.filter((nme) => mean(nme) !== null);
    if (present.length < 3) {
      for (const nme of names) if (mean(nme) === null) missing.add(nme);
      if (names.length < 3) missing.add(`${segment}: three cluster markers (set lists ${String(names.length)})`);
    } else if (present.length < names.length) {
      warnings.push({
        severity: 'warning',
        code: 'missing_markers',
        path: segment,
        message: `${segment} cluster without ${names.filter((x) => !present.includes(x)).join(', ')} (static trial).`,
      });
    }
    return { names: present, mm: Float64Array.from(present.flatMap((nme) => [...(mean(nme) ?? [0, 0, 0])])) };
  };

  const rAsis = need(set.rightAsis);
  const lAsis = need(set.leftAsis);
  const sacrum = set.sacrum.map(need);
  const pelvisCluster = cluster(set.pelvisCluster, 'pelvis');
  const legs = (['right', 'left'] as const).map((side) => {
    const m = set.legs[side];
    const s = side === 'right' ? 'r' : 'l';
    return {
      side,
      kLat: need(m.kneeLateral),
      kMed: need(m.kneeMedial),
      aLat: need(m.ankleLateral),
      aMed: need(m.ankleMedial),
      heel: need(m.heel),
      toe: need(m.toe),
      thigh: cluster(m.thighCluster, `thigh_${s}`),
      shank: cluster(m.shankCluster, `shank_${s}`),
      foot: cluster(m.footCluster, `foot_${s}`),
      calcaneus: m.calcaneusCluster.length === 0 ? null : cluster(m.calcaneusCluster, `calcaneus_${s}`),
    };
  });
  if (missing.size > 0) {
    const list = [...missing];
    return {
      ok: false,
      error: {
        code: 'missing_markers',
        message: `The static trial lacks markers needed for joint angles (${set.name} set): ${list.join(', ')}.`,
        missing: list,
      },
    };
  }

  const midAsis = scale(add(rAsis, lAsis), 0.5);
  const midPsis = scale(
    sacrum.reduce<Vec3>((a, b) => add(a, b), [0, 0, 0]),
    1 / Math.max(1, sacrum.length),
  );
  const ankleMid = scale(
    legs.reduce<Vec3>((a, l) => add(a, scale(add(l.aLat, l.aMed), 0.5)), [0, 0, 0]),
    0.5,
  );
  const vertical = sub(midAsis, ankleMid);
  const up = labAxisNearest(vertical);

  const width = norm(sub(rAsis, lAsis));
  const depth = norm(sub(midAsis, midPsis));
  if (width < 1 || depth < 1) {
    return {
      ok: false,
      error: {
        code: 'degenerate_markers',
        message: 'The ASIS and sacral markers coincide; no pelvis frame.',
        missing: [],
      },
    };
  }
  const pz = normalize(sub(rAsis, lAsis));
  const px = perpendicular(sub(midAsis, midPsis), pz);
  const py = cross(pz, px);
  const pelvisFrame = frameFromAxes(px, py, pz);
  const segments: SegmentCalibration[] = [
    {
      segment: 'pelvis',
      clusterNames: pelvisCluster.names,
      clusterMm: pelvisCluster.mm,
      frame: pelvisFrame,
      originMm: midAsis,
    },
  ];
  const centres: Partial<Record<GaitSide, { hip: Vec3; knee: Vec3; ankle: Vec3 }>> = {};
  for (const l of legs) {
    const s = l.side === 'right' ? 'r' : 'l';
    const hip = add(midAsis, mulVec(pelvisFrame, hipJointCentreHarrington(width, depth, l.side)));
    const knee = scale(add(l.kLat, l.kMed), 0.5);
    const ankle = scale(add(l.aLat, l.aMed), 0.5);
    const kneeAxis = l.side === 'right' ? sub(l.kLat, l.kMed) : sub(l.kMed, l.kLat);
    const ty = normalize(sub(hip, knee));
    const tz = perpendicular(kneeAxis, ty);
    const sy = normalize(sub(knee, ankle));
    const sz = perpendicular(kneeAxis, sy);
    const fx = perpendicular(sub(l.toe, l.heel), up);
    const footFrame = frameFromAxes(fx, up, cross(fx, up));
    segments.push(
      {
        segment: `thigh_${s}`,
        clusterNames: l.thigh.names,
        clusterMm: l.thigh.mm,
        frame: frameFromAxes(cross(ty, tz), ty, tz),
        originMm: hip,
      },
      {
        segment: `shank_${s}`,
        clusterNames: l.shank.names,
        clusterMm: l.shank.mm,
        frame: frameFromAxes(cross(sy, sz), sy, sz),
        originMm: knee,
      },
      { segment: `foot_${s}`, clusterNames: l.foot.names, clusterMm: l.foot.mm, frame: footFrame, originMm: ankle },
    );
    if (l.calcaneus !== null)
      segments.push({
        segment: `calcaneus_${s}`,
        clusterNames: l.calcaneus.names,
        clusterMm: l.calcaneus.mm,
        frame: footFrame,
        originMm: l.heel,
      });
    centres[l.side] = { hip, knee, ankle };
  }
  const right = centres.right ?? { hip: [0, 0, 0], knee: [0, 0, 0], ankle: [0, 0, 0] };
  const left = centres.left ?? right;
  return {
    ok: true,
    model: { kind: 'LowerLimbModel', markerSet: set.name, up, segments, jointCentresMm: { right, left } },
    warnings,
  };
}

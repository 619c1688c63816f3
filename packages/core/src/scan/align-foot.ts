import type { Issue } from '../issue.js';
import type { Mesh } from '../mesh/mesh.js';
import { applyRigid, type RigidTransform, type Side } from './foot-frame.js';
import { forefootCues, profileOf, type FootProfile } from './foot-profile.js';
import { archLift, midfootSections, type MidfootSections } from './midfoot-sections.js';
import { ScanError } from './scan-error.js';
import { cross, normalize, symmetricEigen, type Mat3, type Vec3 } from './vec3.js';

/** Whether the scan shows the whole foot or only its plantar surface (an impression, a plantar scan). */
export type ScanSurface = 'whole-foot' | 'plantar-surface';

/** A scan placed in the foot frame, with how the side was decided. */
export interface FootAlignment {
  /** The mesh in the foot frame (mm). */
  readonly mesh: Mesh;
  readonly transform: RigidTransform;
  readonly side: Side;
  readonly sideSource: 'detected' | 'given';
  /** 0 (no evidence) to 1 (every cue agrees) for the detected side. */
  readonly sideConfidence: number;
  readonly surface: ScanSurface;
  /** Total surface area of the scan, mm² (estimated from a sample of triangles on large meshes; gives the mesh resolution). */
  readonly surfaceAreaMm2: number;
  /** Sections across the midfoot, used for the side and the arch height. */
  readonly midfoot: MidfootSections;
  /** Breadth of the scan in 100 sections across the foot axis, heel first, mm. */
  readonly breadthsMm: readonly number[];
  readonly warnings: readonly Issue[];
}

/** Shortest and longest plausible foot, mm: outside this the scan is refused (a child's foot ≈ 100 mm, ANSUR II max 286 mm). */
const MIN_FOOT_MM = 80;
const MAX_FOOT_MM = 450;
/** A foot is long and narrow: length/width about 2.3–2.9 (ANSUR II female footlength/footbreadthhorizontal ≈ 2.66). */
const MIN_ELONGATION = 1.6;
/** Thickness of the band above the support plane counted as contact, as a fraction of length (4 mm on a 260 mm foot): relative, so that results scale with the foot. */
const CONTACT_BAND = 0.015;
const COARSE_STEPS = 72;
/** The ground contact reaches within this fraction of length of both ends of the long axis. */
const END_REACH = 0.35;
/** Times the foot axis is found again in its own sections (each turn is about 40 times smaller than the last). */
const AXIS_ITERATIONS = 3;
/** A turn this small (radians; 0.002 mm at the ball of a 270 mm foot) leaves the axis where it is. */
const AXIS_SETTLED_RAD = 1e-5;
const MAX_SAMPLES = 20_000;
/** Vertices this far above the lowest point take part in levelling, as a fraction of length (13 mm on a 260 mm foot). */
const LOW_BAND = 0.05;
/** Vertices (every k-th, by index) for the first, rough levelling. */
const COARSE_LEVEL_POINTS = 20_000;

/**
 * Places a foot scan in the foot frame: finds the long axis (principal axis of the surface), the
 * ground (the support plane that the sole rests on, refined to touch the lowest points under heel
 * and forefoot), which end is the heel (the forefoot is wider than the heel), the foot axis (heel
 * centre to the middle of the ball) and the side (the medial arch is raised; the longest toe is medial).
 *
 * @param mesh - a foot scan in millimetres, one connected part
 * @param options - `side` overrides the detected side
 * @returns the aligned mesh and transform
 * @throws ScanError `not_a_foot`, `too_small`, `too_large` or `empty_mesh`
 */
export function alignFoot(mesh: Mesh, options: { readonly side?: Side } = {}): FootAlignment {
  const warnings: Issue[] = [];
  const samples = surfaceSamples(mesh);
  if (samples.totalArea <= 0) throw new ScanError('empty_mesh', 'The mesh has no surface area.');
  const { values, vectors } = symmetricEigen(samples.covariance);
  const elongation = Math.sqrt(values[0] / Math.max(values[1], 1e-12));
  if (!(elongation >= MIN_ELONGATION)) {
    throw new ScanError(
      'not_a_foot',
      `The shape is not elongated like a foot (length/width ratio about ${elongation.toFixed(2)}; a foot is about 2.5).`,
    );
  }
  const centre = samples.centroid;
  const axis = vectors[0];
  const all = mesh.positions;
  let frame = groundFrame(samples, centre, axis, vectors[1]);
  // Level roughly on a fixed subsample of vertices (the long axis may be tilted several degrees
  // from the sole), then exactly on every vertex near the ground.
  frame = levelOnSupport(everyKth(all, Math.max(1, Math.ceil(all.length / 3 / COARSE_LEVEL_POINTS))), frame, centre);
  const low = lowPoints(all, frame, centre, LOW_BAND * samples.lengthAlongAxis(axis));
  frame = levelOnSupport(low, frame, centre);
  // One profile (sections every 1 % of length) gives the extent, which end is the heel and the foot
  // axis (heel centre → middle of the ball).
  const profile = profileOf(mesh, frame, centre);
  const extentX = profile.maxX - profile.minX;
  if (extentX < MIN_FOOT_MM) {
    throw new ScanError('too_small', `The scan is ${extentX.toFixed(1)} mm long: too small for a foot in millimetres.`);
  }
  if (extentX > MAX_FOOT_MM) {
    throw new ScanError('too_large', `The scan is ${extentX.toFixed(1)} mm long: too large for a foot in millimetres.`);
  }
  const surface: ScanSurface = profile.maxHeight >= 0.2 * extentX ? 'whole-foot' : 'plantar-surface';
  const orientation = heelToeOrientation(profile, surface);
  if (orientation.ambiguous) {
    warnings.push({
      severity: 'warning',
      code: 'heel_toe_ambiguous',
      path: 'alignment',
      message: 'Which end is the heel was not clear from the scan; check the aligned view.',
    });
  }
  const heel = profile.lowCentreAt(orientation.flip ? 0.85 : 0.15);
  const ball = orientation.flip ? profile.widestBetween(0.15, 0.45) : profile.widestBetween(0.55, 0.85);
  // Turning half round about z (heel at +x) negates x and y.
  const sign = orientation.flip ? -1 : 1;
  if (orientation.flip) frame = [scaleRow(frame[0], -1), scaleRow(frame[1], -1), frame[2]];
  const yaw = Math.atan2(sign * (ball.y - heel.y), sign * (ball.x - heel.x));
  frame = yawFrame(frame, yaw);
  // The heel centre in the final frame: on the new x axis, so it gives the y origin.
  let heelY = -Math.sin(yaw) * sign * heel.x + Math.cos(yaw) * sign * heel.y;
  // The sections that found the axis were cut across the first frame's x; cut again across the
  // foot axis and turn onto the axis they give, until it holds still, so that the axis is the
  // foot's own and not the first frame's (which depends on how the scan lay).
  let footProfile = profileOf(mesh, frame, centre);
  for (let iteration = 0; iteration < AXIS_ITERATIONS; iteration++) {
    const heelAgain = footProfile.lowCentreAt(0.15);
    const ballAgain = footProfile.widestBetween(0.55, 0.85);
    const turn = Math.atan2(ballAgain.y - heelAgain.y, ballAgain.x - heelAgain.x);
    heelY = -Math.sin(turn) * heelAgain.x + Math.cos(turn) * heelAgain.y;
    if (Math.abs(turn) < AXIS_SETTLED_RAD) break;
    frame = yawFrame(frame, turn);
    footProfile = profileOf(mesh, frame, centre);
  }
  const exact = frameMinima(all, frame, centre);
  const origin: Vec3 = [exact.x, heelY, exact.z];
  const translation: Vec3 = [
    -(frame[0][0] * centre[0] + frame[0][1] * centre[1] + frame[0][2] * centre[2]) - origin[0],
    -(frame[1][0] * centre[0] + frame[1][1] * centre[1] + frame[1][2] * centre[2]) - origin[1],
    -(frame[2][0] * centre[0] + frame[2][1] * centre[1] + frame[2][2] * centre[2]) - origin[2],
  ];
  const transform: RigidTransform = { rotation: frame, translation };
  const aligned = applyRigid(mesh, transform);
  const midfoot = midfootSections(aligned);
  const detected = detectSide(forefootCues(aligned), archLift(midfoot));
  let side = detected.side;
  let sideSource: 'detected' | 'given' = 'detected';
  if (options.side !== undefined) {
    sideSource = 'given';
    if (options.side !== detected.side && detected.confidence >= 0.5) {
      warnings.push({
        severity: 'warning',
        code: 'side_mismatch',
        path: 'side',
        message: `The scan looks like a ${detected.side} foot, but ${options.side} was given; using ${options.side}.`,
      });
    }
    side = options.side;
  } else if (detected.confidence < 0.34) {
    warnings.push({
      severity: 'warning',
      code: 'side_uncertain',
      path: 'side',
      message: `The side was detected as ${detected.side} with low confidence; pass the side to be sure.`,
    });
  }
  return {
    mesh: aligned,
    transform,
    side,
    sideSource,
    sideConfidence: detected.confidence,
    surface,
    surfaceAreaMm2: samples.totalArea,
    midfoot,
    breadthsMm: footProfile.widthsMm,
    warnings,
  };
}

interface Samples {
  /** Triangle centroids (subsampled for large meshes), xyz interleaved. */
  readonly points: Float64Array;
  readonly areas: Float64Array;
  readonly centroid: Vec3;
  readonly covariance: Mat3;
  readonly totalArea: number;
  /** Extent of the samples along a direction (the foot's length along its long axis). */
  lengthAlongAxis(direction: Vec3): number;
}

/** Area-weighted centroid and covariance of triangle centroids (a subsample on large meshes), and the samples for searches. */
function surfaceSamples(mesh: Mesh): Samples {
  const p = mesh.positions;
  const t = mesh.triangles;
  const count = t.length / 3;
  const stride = Math.max(1, Math.ceil(count / MAX_SAMPLES));
  const points = new Float64Array(Math.ceil(count / stride) * 3);
  const areas = new Float64Array(Math.ceil(count / stride));
  let total = 0;
  let sx = 0;
  let sy = 0;
  let sz = 0;
  let sxx = 0;
  let sxy = 0;
  let sxz = 0;
  let syy = 0;
  let syz = 0;
  let szz = 0;
  // PCA over every stride-th triangle (chosen by index: the same triangles whatever the pose).
  for (let k = 0; k < count; k += stride) {
    const a = (t[3 * k] ?? 0) * 3;
    const b = (t[3 * k + 1] ?? 0) * 3;
    const c = (t[3 * k + 2] ?? 0) * 3;
    const ax = p[a] ?? 0;
    const ay = p[a + 1] ?? 0;
    const az = p[a + 2] ?? 0;
    const ux = (p[b] ?? 0) - ax;
    const uy = (p[b + 1] ?? 0) - ay;
    const uz = (p[b + 2] ?? 0) - az;
    const vx = (p[c] ?? 0) - ax;
    const vy = (p[c + 1] ?? 0) - ay;
    const vz = (p[c + 2] ?? 0) - az;
    const nx = uy * vz - uz * vy;
    const ny = uz * vx - ux * vz;
    const nz = ux * vy - uy * vx;
    const area = 0.5 * Math.sqrt(nx * nx + ny * ny + nz * nz);
    if (!Number.isFinite(area)) continue;
    const cx = ax + (ux + vx) / 3;
    const cy = ay + (uy + vy) / 3;
    const cz = az + (uz + vz) / 3;
    total += area;
    sx += area * cx;
    sy += area * cy;
    sz += area * cz;
    sxx += area * cx * cx;
    sxy += area * cx * cy;
    sxz += area * cx * cz;
    syy += area * cy * cy;
    syz += area * cy * cz;
    szz += area * cz * cz;
    const s = k / stride;
    points[3 * s] = cx;
    points[3 * s + 1] = cy;
    points[3 * s + 2] = cz;
    areas[s] = area;
  }
  const w = total > 0 ? 1 / total : 0;
  const mx = sx * w;
  const my = sy * w;
  const mz = sz * w;
  const cxy = sxy * w - mx * my;
  const cxz = sxz * w - mx * mz;
  const cyz = syz * w - my * mz;
  return {
    points,
    areas,
    centroid: [mx, my, mz],
    covariance: [
      [sxx * w - mx * mx, cxy, cxz],
      [cxy, syy * w - my * my, cyz],
      [cxz, cyz, szz * w - mz * mz],
    ],
    totalArea: total * stride,
    lengthAlongAxis: (direction) => {
      let lo = Infinity;
      let hi = -Infinity;
      for (let i = 0; i < points.length; i += 3) {
        const v =
          (points[i] ?? 0) * direction[0] + (points[i + 1] ?? 0) * direction[1] + (points[i + 2] ?? 0) * direction[2];
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
      return hi - lo;
    },
  };
}

/**
 * Finds "down": of the directions perpendicular to the long axis, the one whose extreme plane has
 * the most surface within a few millimetres of it, over at least half the length (the sole; this
 * rules out a flat cut across the leg).
 */
function groundFrame(samples: Samples, centre: Vec3, axis: Vec3, second: Vec3): Mat3 {
  const ex = normalize(axis);
  const p = normalize(second);
  const q = normalize(cross(ex, p));
  const n = samples.areas.length;
  const xs = new Float64Array(n);
  const as = new Float64Array(n);
  const bs = new Float64Array(n);
  let minX = Infinity;
  let maxX = -Infinity;
  for (let i = 0; i < n; i++) {
    const dx = (samples.points[3 * i] ?? 0) - centre[0];
    const dy = (samples.points[3 * i + 1] ?? 0) - centre[1];
    const dz = (samples.points[3 * i + 2] ?? 0) - centre[2];
    const xv = dx * ex[0] + dy * ex[1] + dz * ex[2];
    xs[i] = xv;
    as[i] = dx * p[0] + dy * p[1] + dz * p[2];
    bs[i] = dx * q[0] + dy * q[1] + dz * q[2];
    if (xv < minX) minX = xv;
    if (xv > maxX) maxX = xv;
  }
  const length = maxX - minX;
  // A direction tilted by `tilt` from the plane perpendicular to the long axis: the sole is often
  // inclined to the principal axis (the heel and the ankle pull it), by up to about 20°.
  const evaluate = (angle: number, tilt: number, every: number) => {
    const c = Math.cos(angle) * Math.cos(tilt);
    const s = Math.sin(angle) * Math.cos(tilt);
    const t = Math.sin(tilt);
    let support = -Infinity;
    for (let i = 0; i < n; i += every) {
      const h = (as[i] ?? 0) * c + (bs[i] ?? 0) * s + (xs[i] ?? 0) * t;
      if (h > support) support = h;
    }
    const floor = support - CONTACT_BAND * length;
    let area = 0;
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < n; i += every) {
      if ((as[i] ?? 0) * c + (bs[i] ?? 0) * s + (xs[i] ?? 0) * t >= floor) {
        area += samples.areas[i] ?? 0;
        const xv = xs[i] ?? 0;
        if (xv < lo) lo = xv;
        if (xv > hi) hi = xv;
      }
    }
    // The sole touches the ground at both ends (heel and ball/toes); a flat stretch of the dorsum
    // or of one side, however large, does not reach both.
    return {
      area,
      spansLength: hi - lo >= 0.5 * length && lo <= minX + END_REACH * length && hi >= maxX - END_REACH * length,
    };
  };
  // Coarse search every 5° round the axis and every 10° of tilt, then finer round the best (every
  // 0.5° and 2.5°); the support plane refines it further.
  const search = (candidates: readonly (readonly [number, number])[], every: number) => {
    let best = { score: -1, angle: 0, tilt: 0 };
    let fallback = { score: -1, angle: 0, tilt: 0 };
    for (const [angle, tilt] of candidates) {
      const { area, spansLength } = evaluate(angle, tilt, every);
      if (area > fallback.score) fallback = { score: area, angle, tilt };
      if (spansLength && area > best.score) best = { score: area, angle, tilt };
    }
    return best.score >= 0 ? best : fallback;
  };
  const step = (2 * Math.PI) / COARSE_STEPS;
  const degree = Math.PI / 180;
  const coarse = search(
    Array.from({ length: COARSE_STEPS }, (_, k) => k).flatMap((k) =>
      [-20, -10, 0, 10, 20].map((tilt) => [k * step, tilt * degree] as const),
    ),
    // The coarse search reads every 5th sample (by index: the same ones in any pose).
    5,
  );
  const fine = search(
    Array.from({ length: 11 }, (_, i) => i).flatMap((i) =>
      [-2, -1, 0, 1, 2].map((j) => [coarse.angle + ((i - 5) / 5) * step, coarse.tilt + j * 2.5 * degree] as const),
    ),
    2,
  );
  const ct = Math.cos(fine.tilt);
  const down: Vec3 = normalize([
    (p[0] * Math.cos(fine.angle) + q[0] * Math.sin(fine.angle)) * ct + ex[0] * Math.sin(fine.tilt),
    (p[1] * Math.cos(fine.angle) + q[1] * Math.sin(fine.angle)) * ct + ex[1] * Math.sin(fine.tilt),
    (p[2] * Math.cos(fine.angle) + q[2] * Math.sin(fine.angle)) * ct + ex[2] * Math.sin(fine.tilt),
  ]);
  const ez: Vec3 = [-down[0], -down[1], -down[2]];
  const ey = normalize(cross(ez, ex));
  return [normalize(cross(ey, ez)), ey, ez];
}

interface FrameCoords {
  readonly xyz: Float64Array;
  readonly min: Vec3;
  readonly max: Vec3;
}

function frameCoords(p: Float32Array, frame: Mat3, centre: Vec3, into?: Float64Array): FrameCoords {
  const xyz = into ?? new Float64Array(p.length);
  const [[a00, a01, a02], [a10, a11, a12], [a20, a21, a22]] = frame;
  const [cx, cy, cz] = centre;
  let minX = Infinity;
  let minY = Infinity;
  let minZ = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let maxZ = -Infinity;
  for (let i = 0; i < p.length; i += 3) {
    const dx = (p[i] ?? 0) - cx;
    const dy = (p[i + 1] ?? 0) - cy;
    const dz = (p[i + 2] ?? 0) - cz;
    const x = a00 * dx + a01 * dy + a02 * dz;
    const y = a10 * dx + a11 * dy + a12 * dz;
    const z = a20 * dx + a21 * dy + a22 * dz;
    xyz[i] = x;
    xyz[i + 1] = y;
    xyz[i + 2] = z;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
    if (z < minZ) minZ = z;
    if (z > maxZ) maxZ = z;
  }
  return {
    xyz,
    min: [minX, minY, minZ],
    max: [maxX, maxY, maxZ],
  };
}

/**
 * Tilts the frame so that its ground plane rests on the lowest points: the lower convex hull of
 * the side view (x, z) under the centre, then of the end view (y, z), until both are level.
 */
function levelOnSupport(points: Float32Array, start: Mat3, centre: Vec3): Mat3 {
  let frame = start;
  let coords = frameCoords(points, frame, centre);
  for (let iteration = 0; iteration < 6; iteration++) {
    const pitch = supportSlope(coords.xyz, 0, coords.min[0], coords.max[0]);
    const roll = supportSlope(coords.xyz, 1, coords.min[1], coords.max[1]);
    // 1e-5 is 0.003 mm over a foot's length: level.
    if (Math.abs(pitch) < 1e-5 && Math.abs(roll) < 1e-5) break;
    const [ex, ey, ez] = frame;
    const ex1 = normalize([ex[0] + pitch * ez[0], ex[1] + pitch * ez[1], ex[2] + pitch * ez[2]]);
    const ez1 = normalize([ez[0] - pitch * ex[0], ez[1] - pitch * ex[1], ez[2] - pitch * ex[2]]);
    const ey1 = normalize([ey[0] + roll * ez1[0], ey[1] + roll * ez1[1], ey[2] + roll * ez1[2]]);
    const ez2 = normalize(cross(ex1, ey1));
    frame = [ex1, normalize(cross(ez2, ex1)), ez2];
    coords = frameCoords(points, frame, centre, coords.xyz);
  }
  return frame;
}

/**
 * Slope dz/du of the lower-hull edge below u = 0 (the area centroid), where u is coordinate `axis`
 * (0 = x, 1 = y). Points are binned along u, keeping the lowest point of each bin.
 */
function supportSlope(xyz: Float64Array, axis: 0 | 1, min: number, max: number): number {
  const bins = 512;
  const width = (max - min) / bins || 1;
  const lowU = new Float64Array(bins);
  const lowZ = new Float64Array(bins).fill(Infinity);
  for (let i = 0; i < xyz.length; i += 3) {
    const u = xyz[i + axis] ?? 0;
    const z = xyz[i + 2] ?? 0;
    const bin = Math.min(bins - 1, Math.max(0, Math.floor((u - min) / width)));
    if (z < (lowZ[bin] ?? Infinity)) {
      lowZ[bin] = z;
      lowU[bin] = u;
    }
  }
  const hullU: number[] = [];
  const hullZ: number[] = [];
  for (let bin = 0; bin < bins; bin++) {
    const z = lowZ[bin] ?? Infinity;
    if (z === Infinity) continue;
    const u = lowU[bin] ?? 0;
    while (hullU.length >= 2) {
      const u1 = hullU[hullU.length - 2] ?? 0;
      const z1 = hullZ[hullZ.length - 2] ?? 0;
      const u2 = hullU[hullU.length - 1] ?? 0;
      const z2 = hullZ[hullZ.length - 1] ?? 0;
      if ((u2 - u1) * (z - z1) - (z2 - z1) * (u - u1) <= 0) {
        hullU.pop();
        hullZ.pop();
      } else break;
    }
    hullU.push(u);
    hullZ.push(z);
  }
  for (let k = 0; k + 1 < hullU.length; k++) {
    const u1 = hullU[k] ?? 0;
    const u2 = hullU[k + 1] ?? 0;
    if (u1 <= 0 && u2 >= 0 && u2 > u1) return ((hullZ[k + 1] ?? 0) - (hullZ[k] ?? 0)) / (u2 - u1);
  }
  return 0;
}

function heelToeOrientation(profile: FootProfile, surface: ScanSurface): { flip: boolean; ambiguous: boolean } {
  const widthScore = (profile.widthAt(0.75) - profile.widthAt(0.25)) / Math.max(profile.maxWidth, 1e-9);
  // A whole-foot scan that reaches the ankle is much taller over the heel than over the toes.
  const heightScore =
    surface === 'whole-foot' ? (profile.heightAt(0.25) - profile.heightAt(0.8)) / Math.max(profile.maxHeight, 1e-9) : 0;
  const byWidth = widthScore >= 0 ? 1 : -1;
  const byHeight = Math.abs(heightScore) > 0.35 ? (heightScore > 0 ? 1 : -1) : 0;
  const vote = Math.abs(widthScore) >= 0.05 ? byWidth : byHeight === 0 ? byWidth : byHeight;
  return {
    flip: vote < 0,
    ambiguous: (Math.abs(widthScore) < 0.05 && byHeight === 0) || (byHeight !== 0 && byHeight !== byWidth),
  };
}

/** Right foot when the medial cues point to +y (PRODUCT.md: +y is medial for a right foot). */
function detectSide(
  cues: { toeTipY: number; plusYX: number; minusYX: number },
  lift: { plusY: number; minusY: number },
): { side: Side; confidence: number } {
  const votes = [
    { weight: 2, sign: Math.sign(lift.plusY - lift.minusY) },
    { weight: 1, sign: Math.sign(cues.toeTipY) },
    { weight: 1, sign: Math.sign(cues.plusYX - cues.minusYX) },
  ];
  const total = votes.reduce((sum, cue) => sum + cue.weight, 0);
  const vote = votes.reduce((sum, cue) => sum + cue.weight * cue.sign, 0);
  return { side: vote >= 0 ? 'right' : 'left', confidence: Math.abs(vote) / total };
}

/** The vertices within `band` of the lowest in the frame's z, in their original coordinates. */
function lowPoints(p: Float32Array, frame: Mat3, centre: Vec3, band: number): Float32Array {
  const [a20, a21, a22] = frame[2];
  const [cx, cy, cz] = centre;
  const heights = new Float64Array(p.length / 3);
  let minZ = Infinity;
  for (let v = 0, i = 0; v < heights.length; v++, i += 3) {
    const z = a20 * ((p[i] ?? 0) - cx) + a21 * ((p[i + 1] ?? 0) - cy) + a22 * ((p[i + 2] ?? 0) - cz);
    heights[v] = z;
    if (z < minZ) minZ = z;
  }
  let count = 0;
  for (let v = 0; v < heights.length; v++) if ((heights[v] ?? 0) <= minZ + band) count++;
  const out = new Float32Array(count * 3);
  for (let v = 0, j = 0; v < heights.length; v++) {
    if ((heights[v] ?? 0) > minZ + band) continue;
    out[j++] = p[v * 3] ?? 0;
    out[j++] = p[v * 3 + 1] ?? 0;
    out[j++] = p[v * 3 + 2] ?? 0;
  }
  return out;
}

/** The least x and z of all vertices in the frame (the heel's rearmost point and the ground). */
function frameMinima(p: Float32Array, frame: Mat3, centre: Vec3): { x: number; z: number } {
  const [[a00, a01, a02], , [a20, a21, a22]] = frame;
  const [cx, cy, cz] = centre;
  let x = Infinity;
  let z = Infinity;
  for (let i = 0; i < p.length; i += 3) {
    const dx = (p[i] ?? 0) - cx;
    const dy = (p[i + 1] ?? 0) - cy;
    const dz = (p[i + 2] ?? 0) - cz;
    x = Math.min(x, a00 * dx + a01 * dy + a02 * dz);
    z = Math.min(z, a20 * dx + a21 * dy + a22 * dz);
  }
  return { x, z };
}

function everyKth(points: Float32Array, k: number): Float32Array {
  if (k === 1) return points;
  const out = new Float32Array(Math.ceil(points.length / 3 / k) * 3);
  for (let i = 0, j = 0; i < points.length; i += 3 * k, j += 3) {
    out[j] = points[i] ?? 0;
    out[j + 1] = points[i + 1] ?? 0;
    out[j + 2] = points[i + 2] ?? 0;
  }
  return out;
}

function scaleRow(row: Vec3, s: number): Vec3 {
  return [row[0] * s, row[1] * s, row[2] * s];
}

function yawFrame(frame: Mat3, yaw: number): Mat3 {
  const c = Math.cos(yaw);
  const s = Math.sin(yaw);
  const [ex, ey, ez] = frame;
  const ex1: Vec3 = [c * ex[0] + s * ey[0], c * ex[1] + s * ey[1], c * ex[2] + s * ey[2]];
  const ey1: Vec3 = [-s * ex[0] + c * ey[0], -s * ex[1] + c * ey[1], -s * ex[2] + c * ey[2]];
  return [normalize(ex1), normalize(ey1), ez];
}

import type { InsoleHeightMap, InsoleMetatarsalPad, InsoleParameters } from './insole-parameters.js';
import { bordersAt, type StationOutline } from './insole-outline.js';

/**
 * The insole as two heights over the ground plane, in the canonical frame of a right foot (+y medial): the
 * top (plantar) surface and the underside. Everything the parameters ask for is a term of one of them:
 *
 * top = shell thickness + heel lift + rearfoot post + forefoot post + skives + heel cup + contour + pad
 * underside = motion grind + arch hollow (a `shell` underside), kept at least one shell thickness below the top
 *
 * so each feature is exactly measurable on the mesh: the lift is a height difference under the heel, a post
 * the tilt of a plane, the cup the rise at the rim.
 */
export interface InsoleField {
  top(x: number, y: number): number;
  bottom(x: number, y: number, top: number): number;
  /** Distance to the shell's rim, mm, exact up to `limit` (farther points give `limit`). */
  rimDistance(x: number, y: number, limit: number): number;
}

/** Where things are along the foot, as fractions of foot length (groundup's geometric convention). */
export const INSOLE_ZONES = {
  /** The heel seat: posts, skives and the full lift end here… */
  heelSeatEnd: 0.22,
  /** …and have faded out here. */
  heelBlendEnd: 0.32,
  /** The heel cup runs out along the sides between these. */
  cupFadeStart: 0.2,
  cupFadeEnd: 0.4,
  /** The forefoot post comes in between these. */
  forefootStart: 0.62,
  forefootFull: 0.7,
  /** The arch (parametric contour, shell hollow) spans these. */
  archStart: 0.15,
  archEnd: 0.68,
  /** The full heel lift runs to here, then tapers over `heelLiftTaperMm`. */
  liftFullEnd: 0.25,
} as const;

/** How the arch fill shapes the contour: exponent of the rise across the breadth (parametric) and the share of the midfoot contour filled (scan). groundup's reading of the lab terms. */
export const ARCH_FILL = {
  minimal: { exponent: 1, scanFill: 0 },
  standard: { exponent: 1.5, scanFill: 0.1 },
  maximal: { exponent: 2.5, scanFill: 0.2 },
} as const;

/** The scan contour is cut at this height, mm (the sides of the heel and toes curve up out of reach of a device). */
export const SCAN_CONTOUR_CAP_MM = 30;

const smoothstep = (a: number, b: number, t: number) => {
  const u = Math.min(1, Math.max(0, (t - a) / (b - a)));
  return u * u * (3 - 2 * u);
};
const DEG = Math.PI / 180;

/** Inputs of the field, all in the canonical frame. */
export interface FieldInputs {
  readonly params: InsoleParameters;
  /** The whole foot outline (station form). */
  readonly foot: StationOutline;
  readonly footLengthMm: number;
  /** The shell's border, a closed polygon (for the heel cup's distance to the rim). */
  readonly rimXs: Float64Array;
  readonly rimYs: Float64Array;
  /** Metatarsal pad centre in the canonical frame. */
  readonly pad: InsoleMetatarsalPad | null;
  /** Height map in the canonical frame (null for a parametric top). */
  readonly heightMap: ((x: number, y: number) => number) | null;
}

/**
 * Builds the field of an insole.
 *
 * @param inputs - parameters and outlines in the canonical frame
 * @returns top and underside heights
 */
export function insoleField(inputs: FieldInputs): InsoleField {
  const { params, foot, footLengthMm: L, pad } = inputs;
  const x0 = foot.xs[0] ?? 0;
  const u = (x: number) => (x - x0) / L;
  const Z = INSOLE_ZONES;
  // Extremes of the borders over the heel region and over the forefoot region.
  let heelLow = Infinity;
  let heelHigh = -Infinity;
  let foreLow = Infinity;
  let foreHigh = -Infinity;
  foot.xs.forEach((x, k) => {
    const f = u(x);
    if (f <= Z.heelBlendEnd) {
      heelLow = Math.min(heelLow, foot.yLow[k] ?? 0);
      heelHigh = Math.max(heelHigh, foot.yHigh[k] ?? 0);
    }
    if (f >= Z.forefootStart) {
      foreLow = Math.min(foreLow, foot.yLow[k] ?? 0);
      foreHigh = Math.max(foreHigh, foot.yHigh[k] ?? 0);
    }
  });
  const heelMid = (heelLow + heelHigh) / 2;
  const rf = Math.tan(params.rearfootPostDeg * DEG);
  const ff = Math.tan(params.forefootPostDeg * DEG);
  const grind = Math.tan(params.rearfootMotionGrindDeg * DEG);
  const t = params.shell.thicknessMm;
  const cupBand = Math.max(12, params.heelCupDepthMm);
  const liftFullEnd = x0 + Z.liftFullEnd * L;
  const top = params.top;
  const fill = ARCH_FILL[top.fill];
  const rimDistance = rimDistanceIndex(inputs.rimXs, inputs.rimYs);

  const contour = (x: number, y: number): number => {
    const f = u(x);
    if (top.kind === 'parametric') {
      if (top.archHeightMm === 0 || f <= Z.archStart || f >= Z.archEnd) return 0;
      const along =
        f <= top.archApexFraction
          ? smoothstep(Z.archStart, top.archApexFraction, f)
          : 1 - smoothstep(top.archApexFraction, Z.archEnd, f);
      const b = bordersAt(foot, x);
      const across = Math.min(1, Math.max(0, (y - b.low) / Math.max(1e-9, b.high - b.low)));
      return top.archHeightMm * along * across ** fill.exponent;
    }
    const h = inputs.heightMap?.(x, y) ?? 0;
    const mid = smoothstep(Z.archStart, 0.3, f) * (1 - smoothstep(0.5, Z.archEnd, f));
    return Math.min(SCAN_CONTOUR_CAP_MM, Math.max(0, h)) * (1 - fill.scanFill * mid);
  };

  return {
    top(x, y) {
      const f = u(x);
      const heel = 1 - smoothstep(Z.heelSeatEnd, Z.heelBlendEnd, f);
      let z = t + contour(x, y);
      if (params.heelLiftMm > 0) {
        const taper = params.heelLiftTaperMm;
        const run = taper > 0 ? 1 - smoothstep(liftFullEnd, liftFullEnd + taper, x) : x <= liftFullEnd ? 1 : 0;
        z += params.heelLiftMm * run;
      }
      if (heel > 0) {
        if (rf > 0) z += heel * Math.max(0, rf * (y - heelLow));
        else if (rf < 0) z += heel * Math.max(0, -rf * (heelHigh - y));
        if (params.medialHeelSkiveMm > 0)
          z += heel * params.medialHeelSkiveMm * Math.min(1, Math.max(0, (y - heelMid) / (heelHigh - heelMid)));
        if (params.lateralHeelSkiveMm > 0)
          z += heel * params.lateralHeelSkiveMm * Math.min(1, Math.max(0, (heelMid - y) / (heelMid - heelLow)));
      }
      if (ff !== 0 && f > Z.forefootStart) {
        const fore = smoothstep(Z.forefootStart, Z.forefootFull, f);
        z += fore * (ff > 0 ? Math.max(0, ff * (y - foreLow)) : Math.max(0, -ff * (foreHigh - y)));
      }
      if (params.heelCupDepthMm > 0 && f < Z.cupFadeEnd) {
        const d = rimDistance(x, y, cupBand);
        if (d < cupBand) {
          const rise = 1 - d / cupBand;
          z += params.heelCupDepthMm * rise * rise * (1 - smoothstep(Z.cupFadeStart, Z.cupFadeEnd, f));
        }
      }
      if (pad !== null) z += padHeight(pad, x, y);
      return z;
    },
    bottom(x, y, topZ) {
      const f = u(x);
      let z = 0;
      if (grind > 0 && f < Z.heelBlendEnd) {
        const heel = 1 - smoothstep(Z.heelSeatEnd, Z.heelBlendEnd, f);
        // The grind bevels the side the post raises (medial for varus or no post, lateral for valgus).
        const offset = params.rearfootPostDeg < 0 ? heelMid - y : y - heelMid;
        z += heel * grind * Math.max(0, offset);
      }
      if (params.shell.underside === 'shell' && f > Z.archStart && f < Z.archEnd) {
        z += contour(x, y) * smoothstep(Z.archStart, 0.3, f) * (1 - smoothstep(0.55, Z.archEnd, f));
      }
      return Math.max(0, Math.min(z, topZ - t));
    },
    rimDistance,
  };
}

/** Width of the x bins of {@link rimDistanceIndex}, mm. */
const RIM_BIN_MM = 8;

/**
 * Distance to a closed polygon's border, with the edges binned by x so that a query near the border only
 * looks at the edges within `limit` of it.
 *
 * @param xs - polygon x
 * @param ys - polygon y
 * @returns distance(x, y, limit): exact below `limit`, else `limit`
 */
export function rimDistanceIndex(xs: Float64Array, ys: Float64Array): (x: number, y: number, limit: number) => number {
  const n = xs.length;
  let minX = Infinity;
  let maxX = -Infinity;
  for (const x of xs) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
  }
  const binCount = Math.max(1, Math.ceil((maxX - minX) / RIM_BIN_MM) + 1);
  const bins: number[][] = Array.from({ length: binCount }, () => []);
  const binOf = (x: number) => Math.min(binCount - 1, Math.max(0, Math.floor((x - minX) / RIM_BIN_MM)));
  for (let i = 0; i < n; i++) {
    const j = i + 1 === n ? 0 : i + 1;
    const lo = binOf(Math.min(xs[i] ?? 0, xs[j] ?? 0));
    const hi = binOf(Math.max(xs[i] ?? 0, xs[j] ?? 0));
    for (let b = lo; b <= hi; b++) bins[b]?.push(i);
  }
  return (x, y, limit) => {
    let best = limit * limit;
    const lo = binOf(x - limit);
    const hi = binOf(x + limit);
    for (let b = lo; b <= hi; b++) {
      for (const i of bins[b] ?? []) {
        const d2 = segmentDistance2(xs, ys, i, x, y);
        if (d2 < best) best = d2;
      }
    }
    return Math.sqrt(best);
  };
}

/** Teardrop dome: longer behind its centre (60 % of the length) than in front (40 %). */
function padHeight(pad: InsoleMetatarsalPad, x: number, y: number): number {
  const dx = x - pad.centreXMm;
  const a = dx < 0 ? 0.6 * pad.lengthMm : 0.4 * pad.lengthMm;
  const r2 = (dx / a) ** 2 + ((y - pad.centreYMm) / (pad.widthMm / 2)) ** 2;
  if (r2 >= 1) return 0;
  const c = Math.cos((Math.PI / 2) * Math.sqrt(r2));
  return pad.heightMm * c * c;
}

/**
 * Distance from a point to a closed polygon's border.
 *
 * @param xs - polygon x
 * @param ys - polygon y
 * @param x - point x
 * @param y - point y
 * @returns mm
 */
export function distanceToPolygon(xs: Float64Array, ys: Float64Array, x: number, y: number): number {
  let best = Infinity;
  for (let i = 0; i < xs.length; i++) {
    const d2 = segmentDistance2(xs, ys, i, x, y);
    if (d2 < best) best = d2;
  }
  return Math.sqrt(best);
}

/**
 * Bilinear lookup in a height map, in the canonical frame: cells without a height take the mean of their
 * neighbours (grown outward a few cells), so that the contour reaches the outline.
 *
 * @param map - the height map as stored (foot frame)
 * @param mirrorY - true for a left foot (the canonical frame is the right foot's: y is negated)
 * @returns height at (x, y), mm
 */
export function heightMapLookup(map: InsoleHeightMap, mirrorY: boolean): (x: number, y: number) => number {
  const { cols, rows, cellMm } = map;
  const grid = new Float64Array(cols * rows);
  const known = new Uint8Array(cols * rows);
  map.heightsMm.forEach((h, k) => {
    if (h !== null && Number.isFinite(h)) {
      grid[k] = h;
      known[k] = 1;
    }
  });
  for (let pass = 0; pass < 6; pass++) {
    const next = known.slice();
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const k = r * cols + c;
        if (known[k] === 1) continue;
        let sum = 0;
        let count = 0;
        for (const [dr, dc] of NEIGHBOURS) {
          const rr = r + dr;
          const cc = c + dc;
          if (rr < 0 || cc < 0 || rr >= rows || cc >= cols) continue;
          const kk = rr * cols + cc;
          if (known[kk] === 1) {
            sum += grid[kk] ?? 0;
            count++;
          }
        }
        if (count > 0) {
          grid[k] = sum / count;
          next[k] = 1;
        }
      }
    }
    known.set(next);
  }
  return (x, yCanonical) => {
    const y = mirrorY ? -yCanonical : yCanonical;
    const fc = Math.min(cols - 1, Math.max(0, (x - map.originXMm) / cellMm));
    const fr = Math.min(rows - 1, Math.max(0, (y - map.originYMm) / cellMm));
    const c0 = Math.floor(fc);
    const r0 = Math.floor(fr);
    const c1 = Math.min(cols - 1, c0 + 1);
    const r1 = Math.min(rows - 1, r0 + 1);
    const u = fc - c0;
    const v = fr - r0;
    const at = (r: number, c: number) => grid[r * cols + c] ?? 0;
    return (1 - v) * ((1 - u) * at(r0, c0) + u * at(r0, c1)) + v * ((1 - u) * at(r1, c0) + u * at(r1, c1));
  };
}

const NEIGHBOURS = [
  [-1, 0],
  [1, 0],
  [0, -1],
  [0, 1],
  [-1, -1],
  [-1, 1],
  [1, -1],
  [1, 1],
] as const;

/** Squared distance from (x, y) to the polygon edge from vertex i to the next (the last closes to the first). */
function segmentDistance2(xs: Float64Array, ys: Float64Array, i: number, x: number, y: number): number {
  const j = i + 1 === xs.length ? 0 : i + 1;
  const ax = xs[i] ?? 0;
  const ay = ys[i] ?? 0;
  const ex = (xs[j] ?? 0) - ax;
  const ey = (ys[j] ?? 0) - ay;
  const px = x - ax;
  const py = y - ay;
  const len2 = ex * ex + ey * ey;
  const s = len2 > 0 ? Math.min(1, Math.max(0, (px * ex + py * ey) / len2)) : 0;
  const dx = px - s * ex;
  const dy = py - s * ey;
  return dx * dx + dy * dy;
}

import { FOOT_REGION_NAMES, REGION_BOUNDARIES, regionAt } from './foot-regions.js';
import type { FootSide } from './pressure-recording.js';

/**
 * One footprint on a plate: the loaded cells with their peak pressure. Plate frame: `xsMm` across the plate (+ to
 * the walker's right, column × pitch), `ysMm` along it (+ in the walking direction, row × pitch).
 */
export interface PlatePrint {
  readonly xsMm: Float64Array;
  readonly ysMm: Float64Array;
  readonly peaksKpa: Float64Array;
  /** Sensor pitch in mm (each cell covers pitch² mm²). */
  readonly pitchMm: number;
}

/** How the toes were separated from the rest of the print. */
export type ToeMethod = 'pressure_valley' | 'fixed_fraction';

/**
 * The foot axis and what is measured along it. The axis runs from the heel centre (centroid of the rear fifth of
 * the print) through the forefoot centre (centroid of the cells between 55 % and 80 % of the length); its
 * orientation is first taken from the principal axis of the print, pointing in the walking direction.
 */
export interface FootprintGeometry {
  /** Unit vector of the axis toward the toes, in the plate frame. */
  readonly dirX: number;
  readonly dirY: number;
  /** The heel end of the axis (plate frame, mm). */
  readonly originXMm: number;
  readonly originYMm: number;
  /** Per cell: distance along the axis from the heel end (mm) and across it (+ to the walker's right, mm). */
  readonly along: Float64Array;
  readonly across: Float64Array;
  /** Heel end to toe tip along the axis (mm). */
  readonly lengthMm: number;
  /** Where the toes begin, from the heel end (mm); the print behind it is the toeless print. */
  readonly toeLineMm: number;
  readonly toeMethod: ToeMethod;
  /** Contact width per station (one pitch thick) from the heel end (mm). */
  readonly widthProfileMm: Float64Array;
  /** Highest pressure per station (kPa). */
  readonly peakProfileKpa: Float64Array;
}

/** Footprint indices of one print. */
export interface FootprintIndices {
  /** Cavanagh & Rodgers: toeless print in thirds along the axis; middle third area ÷ toeless area. */
  readonly archIndex: number | null;
  /** Narrowest midfoot width ÷ widest forefoot width × 100 (%), thirds of the toeless print. */
  readonly chippauxSmirakPct: number | null;
  /** Narrowest midfoot width ÷ widest heel width. */
  readonly staheliIndex: number | null;
  readonly contactAreaMm2: number;
  readonly toelessAreaMm2: number;
  readonly forefootWidthMm: number;
  readonly heelWidthMm: number;
  readonly midfootWidthMm: number;
}

/** Options of {@link footprintGeometry}. */
export interface FootprintGeometryOptions {
  /**
   * Search window for the toe valley, as fractions of the print length (default 0.6–0.92): the toes of an adult foot
   * begin beyond 60 % of its length.
   */
  readonly toeSearchFrom?: number;
  readonly toeSearchTo?: number;
  /** A station is a valley when its peak is below this fraction of the highest peak on either side (default 0.5). */
  readonly valleyFraction?: number;
}

/**
 * Finds the foot axis of a print and separates the toes.
 *
 * Toes: in an averaged print (MUN104) or a print whose toes touch the forefoot outline, the toes are not a separate
 * blob and the width profile has no gap (the forefoot narrows steadily to the toe tips). What does show is the
 * sulcus under the metatarsophalangeal joints, which carries little load: the highest pressure per station dips
 * between the metatarsal heads and the toe pads. groundup puts the toe line at the lowest station of that peak-
 * pressure profile between 60 % and 92 % of the length when it is below half the peaks on both sides (a toe blob
 * separated by a gap is the same rule with a zero minimum). When there is no such valley it falls back to a fixed
 * fraction, {@link REGION_BOUNDARIES}.metatarsalEnd (80 %) of the length, groundup's region convention, not a
 * published number.
 *
 * @param print - the loaded cells
 * @param options - toe search window
 * @returns the axis, the per-cell coordinates and the toe line
 */
export function footprintGeometry(print: PlatePrint, options: FootprintGeometryOptions = {}): FootprintGeometry {
  const { xsMm: xs, ysMm: ys, peaksKpa: peaks, pitchMm: pitch } = print;
  const n = xs.length;
  // Principal axis of the cells.
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < n; i++) {
    cx += xs[i] ?? 0;
    cy += ys[i] ?? 0;
  }
  cx /= Math.max(1, n);
  cy /= Math.max(1, n);
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? 0) - cx;
    const dy = (ys[i] ?? 0) - cy;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  let dirX = Math.cos(angle);
  let dirY = Math.sin(angle);
  if (dirY < 0 || (dirY === 0 && dirX < 0)) {
    dirX = -dirX;
    dirY = -dirY;
  }
  // Refine: heel centre → forefoot centre.
  const project = (ox: number, oy: number) => {
    let min = Infinity;
    let max = -Infinity;
    const along = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const a = ((xs[i] ?? 0) - ox) * dirX + ((ys[i] ?? 0) - oy) * dirY;
      along[i] = a;
      if (a < min) min = a;
      if (a > max) max = a;
    }
    return { along, min, max };
  };
  const first = project(cx, cy);
  const span = first.max - first.min;
  const heel = centroid(xs, ys, first.along, first.min, first.min + 0.2 * span);
  const fore = centroid(xs, ys, first.along, first.min + 0.55 * span, first.min + 0.8 * span);
  if (heel !== null && fore !== null) {
    const dx = fore.x - heel.x;
    const dy = fore.y - heel.y;
    const len = Math.hypot(dx, dy);
    if (len > pitch && dy > 0) {
      dirX = dx / len;
      dirY = dy / len;
    }
  }
  const ox0 = heel?.x ?? cx;
  const oy0 = heel?.y ?? cy;
  const second = project(ox0, oy0);
  // Along from the heel end (cell edges, half a pitch behind the rearmost centre).
  const shift = second.min - pitch / 2;
  const along = second.along.map((a) => a - shift);
  const across = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // Right of the walking direction: (dirY, −dirX).
    across[i] = ((xs[i] ?? 0) - ox0) * dirY - ((ys[i] ?? 0) - oy0) * dirX;
  }
  const lengthMm = n === 0 ? 0 : second.max - second.min + pitch;
  const stations = Math.max(1, Math.ceil(lengthMm / pitch));
  const widthProfileMm = new Float64Array(stations);
  const peakProfileKpa = new Float64Array(stations);
  for (let i = 0; i < n; i++) {
    // Spread each cell's area over the two nearest stations so a turned axis gives a smooth profile.
    const t = (along[i] ?? 0) / pitch - 0.5;
    const s0 = Math.floor(t);
    const frac = t - s0;
    if (s0 >= 0 && s0 < stations) widthProfileMm[s0] = (widthProfileMm[s0] ?? 0) + pitch * (1 - frac);
    if (s0 + 1 >= 0 && s0 + 1 < stations) widthProfileMm[s0 + 1] = (widthProfileMm[s0 + 1] ?? 0) + pitch * frac;
    const s = Math.min(stations - 1, Math.max(0, Math.floor((along[i] ?? 0) / pitch)));
    if ((peaks[i] ?? 0) > (peakProfileKpa[s] ?? 0)) peakProfileKpa[s] = peaks[i] ?? 0;
  }
  const toe = findToeLine(peakProfileKpa, pitch, lengthMm, options);
  return {
    dirX,
    dirY,
    originXMm: ox0 + shift * dirX,
    originYMm: oy0 + shift * dirY,
    along,
    across,
    lengthMm,
    toeLineMm: toe.lineMm,
    toeMethod: toe.method,
    widthProfileMm,
    peakProfileKpa,
  };
}

function findToeLine(
  peaks: Float64Array,
  pitch: number,
  lengthMm: number,
  options: FootprintGeometryOptions,
): { lineMm: number; method: ToeMethod } {
  const stations = peaks.length;
  const from = Math.max(1, Math.floor((options.toeSearchFrom ?? 0.6) * stations));
  const to = Math.min(stations - 2, Math.ceil((options.toeSearchTo ?? 0.92) * stations));
  const fraction = options.valleyFraction ?? 0.5;
  // The forefoot peak (metatarsal heads) before the window's end; the valley is the deepest dip after it, measured
  // against the higher ground on both sides (forefoot peak behind, toe pads ahead).
  let forefoot = Math.max(1, Math.floor(0.5 * stations));
  for (let s = forefoot; s <= to; s++) if ((peaks[s] ?? 0) > (peaks[forefoot] ?? 0)) forefoot = s;
  let best = -1;
  let bestScore = Infinity;
  let behind = peaks[forefoot] ?? 0;
  for (let s = Math.max(from, forefoot + 1); s <= to; s++) {
    let ahead = 0;
    for (let k = s + 1; k < stations; k++) ahead = Math.max(ahead, peaks[k] ?? 0);
    const ground = Math.min(behind, ahead);
    const score = ground > 0 ? (peaks[s] ?? 0) / ground : Infinity;
    if (score < bestScore) {
      bestScore = score;
      best = s;
    }
    behind = Math.max(behind, peaks[s] ?? 0);
  }
  if (best > 0 && bestScore < fraction) return { lineMm: best * pitch, method: 'pressure_valley' };
  return { lineMm: REGION_BOUNDARIES.metatarsalEnd * lengthMm, method: 'fixed_fraction' };
}

function centroid(
  xs: Float64Array,
  ys: Float64Array,
  along: Float64Array,
  from: number,
  to: number,
): { x: number; y: number } | null {
  let sx = 0;
  let sy = 0;
  let count = 0;
  for (let i = 0; i < along.length; i++) {
    const a = along[i] ?? 0;
    if (a < from || a > to) continue;
    sx += xs[i] ?? 0;
    sy += ys[i] ?? 0;
    count++;
  }
  return count === 0 ? null : { x: sx / count, y: sy / count };
}

/**
 * Where the widths of the Chippaux-Smirak and Staheli indices are taken, as fractions of the toeless length from the
 * heel: the widest heel in the rear quarter, the narrowest arch in the central half of the middle third, the widest
 * forefoot in the front third. groundup's reading of "widest heel / narrowest midfoot / widest forefoot": measured
 * over whole thirds, a print whose width grows steadily from heel to midfoot (a flat foot) would always give a
 * Staheli index of at most 1, because the thirds share their boundary station; the zones keep the heel and the arch
 * apart as the hand-drawn tangent method does.
 */
export const WIDTH_ZONES = {
  heelTo: 1 / 4,
  archFrom: 5 / 12,
  archTo: 7 / 12,
  forefootFrom: 2 / 3,
} as const;

/**
 * Computes the Arch Index, Chippaux-Smirak and Staheli indices of a print: the toeless print (behind the toe line)
 * is split into thirds along the axis (heel, midfoot, forefoot); the Arch Index is the midfoot third's share of the
 * toeless area (Cavanagh & Rodgers, definition as in Murley 2009 fig. 3). Widths are contact widths per station
 * (area in a one-pitch band ÷ pitch, perpendicular to the axis) in the {@link WIDTH_ZONES}.
 *
 * @param print - the loaded cells
 * @param geometry - from {@link footprintGeometry}
 * @returns the indices; null where the print is too short to have three thirds
 */
export function footprintIndices(print: PlatePrint, geometry: FootprintGeometry): FootprintIndices {
  const cellArea = print.pitchMm * print.pitchMm;
  const third = geometry.toeLineMm / 3;
  // Each cell covers one pitch along the axis; its area is split over the thirds (and the toe line) it straddles,
  // so the index does not jump by whole cells as the print moves against the sensor grid.
  const areas = [0, 0, 0];
  const half = print.pitchMm / 2;
  for (const a of geometry.along) {
    for (let k = 0; k < 3; k++) {
      const overlap = Math.min(a + half, (k + 1) * third) - Math.max(a - half, k * third);
      if (overlap > 0) areas[k] = (areas[k] ?? 0) + (cellArea * overlap) / print.pitchMm;
    }
  }
  const [heelArea = 0, midArea = 0, foreArea = 0] = areas;
  const toelessArea = heelArea + midArea + foreArea;
  const widths = geometry.widthProfileMm;
  const pitch = print.pitchMm;
  const toeless = geometry.toeLineMm;
  let heelWidth = 0;
  let foreWidth = 0;
  let midWidth = Infinity;
  for (let s = 0; s < widths.length; s++) {
    const w = widths[s] ?? 0;
    const f = ((s + 0.5) * pitch) / toeless;
    if (f < WIDTH_ZONES.heelTo) heelWidth = Math.max(heelWidth, w);
    else if (f >= WIDTH_ZONES.archFrom && f < WIDTH_ZONES.archTo) midWidth = Math.min(midWidth, w);
    else if (f >= WIDTH_ZONES.forefootFrom && f < 1) foreWidth = Math.max(foreWidth, w);
  }
  const usable = third >= pitch && Number.isFinite(midWidth) && toelessArea > 0;
  if (!Number.isFinite(midWidth)) midWidth = 0;
  return {
    archIndex: usable ? midArea / toelessArea : null,
    chippauxSmirakPct: usable && foreWidth > 0 ? (midWidth / foreWidth) * 100 : null,
    staheliIndex: usable && heelWidth > 0 ? midWidth / heelWidth : null,
    contactAreaMm2: geometry.along.length * cellArea,
    toelessAreaMm2: toelessArea,
    forefootWidthMm: foreWidth,
    heelWidthMm: heelWidth,
    midfootWidthMm: midWidth,
  };
}

/**
 * Which foot a print is, from its shape: when the toes are found, the toe pressure is medial (the hallux pad);
 * otherwise the midfoot contact lies on the lateral side of the heel–forefoot axis (lateral is the walker's left for
 * a left foot). A flat foot's midfoot bulges medially, so the toes come first.
 *
 * @param print - the loaded cells
 * @param geometry - from {@link footprintGeometry}
 * @returns the side, or null when the print shows neither cue
 */
export function sideFromShape(print: PlatePrint, geometry: FootprintGeometry): FootSide | null {
  const L = geometry.lengthMm;
  let midSum = 0;
  let midCount = 0;
  let toeSum = 0;
  let toeWeight = 0;
  for (let i = 0; i < geometry.along.length; i++) {
    const a = geometry.along[i] ?? 0;
    const c = geometry.across[i] ?? 0;
    if (a >= 0.35 * L && a <= 0.6 * L) {
      midSum += c;
      midCount++;
    } else if (a >= geometry.toeLineMm) {
      // Squared pressure: the hallux pad, medial, outweighs the lesser toes.
      const w = (print.peaksKpa[i] ?? 0) ** 2;
      toeSum += c * w;
      toeWeight += w;
    }
  }
  const tolerance = print.pitchMm / 4;
  if (geometry.toeMethod === 'pressure_valley' && toeWeight > 0 && Math.abs(toeSum / toeWeight) > tolerance) {
    return toeSum > 0 ? 'left' : 'right';
  }
  if (midCount >= 3 && Math.abs(midSum / midCount) > tolerance) return midSum < 0 ? 'left' : 'right';
  return null;
}

/**
 * The region of each cell of a print: positions along the axis are rescaled so the detected toe line falls on the
 * region convention's metatarsal end ({@link REGION_BOUNDARIES}), across from the medial to the lateral edge.
 *
 * @param geometry - from {@link footprintGeometry}
 * @param side - which foot (medial is the walker's right for a left foot)
 * @returns the region index (into {@link FOOT_REGION_NAMES}) per cell
 */
export function printRegions(geometry: FootprintGeometry, side: FootSide): Uint8Array {
  const { along, across, lengthMm: L, toeLineMm: toe } = geometry;
  let minC = Infinity;
  let maxC = -Infinity;
  for (const c of across) {
    minC = Math.min(minC, c);
    maxC = Math.max(maxC, c);
  }
  const widthSpan = maxC - minC || 1;
  const m = REGION_BOUNDARIES.metatarsalEnd;
  const out = new Uint8Array(along.length);
  for (let i = 0; i < along.length; i++) {
    const a = along[i] ?? 0;
    const f = a < toe ? (a / (toe || 1)) * m : m + ((a - toe) / (L - toe || 1)) * (1 - m);
    const fromLeft = ((across[i] ?? 0) - minC) / widthSpan;
    // Medial is the walker's right for a left foot: across 0 = medial edge.
    const medialToLateral = side === 'left' ? 1 - fromLeft : fromLeft;
    out[i] = FOOT_REGION_NAMES.indexOf(regionAt(Math.min(Math.max(f, 0), 0.9999), medialToLateral));
  }
  return out;
}

/**
 * Centre of Pressure Excursion Index (after Song 1996): the construction line joins the first and last COP points
 * of a stance; at the distal third of the foot (two thirds of the length from the heel) the lateral distance from
 * that line to the COP path, divided by the print width there, × 100. The formula is unverified [U] in the
 * reference; lateral excursions are positive.
 *
 * @param geometry - the step's print geometry
 * @param side - which foot
 * @param copXsMm - COP per frame across the plate (plate frame, mm)
 * @param copYsMm - COP per frame along the plate
 * @param pitchMm - sensor pitch
 * @returns CPEI in %, or null when the path does not reach the distal third
 */
export function cpeiPct(
  geometry: FootprintGeometry,
  side: FootSide,
  copXsMm: ArrayLike<number>,
  copYsMm: ArrayLike<number>,
  pitchMm: number,
): number | null {
  const pts: { a: number; c: number }[] = [];
  for (let i = 0; i < copXsMm.length; i++) {
    const x = copXsMm[i] ?? Number.NaN;
    const y = copYsMm[i] ?? Number.NaN;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const dx = x - geometry.originXMm;
    const dy = y - geometry.originYMm;
    pts.push({ a: dx * geometry.dirX + dy * geometry.dirY, c: dx * geometry.dirY - dy * geometry.dirX });
  }
  const start = pts[0];
  const end = pts[pts.length - 1];
  if (start === undefined || end === undefined || end.a - start.a < pitchMm) return null;
  const at = (2 / 3) * geometry.lengthMm;
  if (start.a > at || end.a < at) return null;
  let copAcross: number | null = null;
  for (let i = 1; i < pts.length; i++) {
    const p = pts[i - 1];
    const q = pts[i];
    if (p === undefined || q === undefined) continue;
    if ((p.a - at) * (q.a - at) <= 0 && p.a !== q.a) {
      copAcross = p.c + ((at - p.a) / (q.a - p.a)) * (q.c - p.c);
      break;
    }
  }
  if (copAcross === null) return null;
  const lineAcross = start.c + ((at - start.a) / (end.a - start.a)) * (end.c - start.c);
  const station = Math.min(geometry.widthProfileMm.length - 1, Math.floor(at / pitchMm));
  const width = geometry.widthProfileMm[station] ?? 0;
  if (!(width > 0)) return null;
  const lateral = side === 'right' ? 1 : -1;
  return (((copAcross - lineAcross) * lateral) / width) * 100;
}

import { bordersAt, type StationOutline } from './insole-outline.js';

/**
 * A structured grid over an outline: (cols + 1) × (rows + 1) points, column i from the heel (i = 0) to the
 * front (i = cols), row j from the −y border (j = 0) to the +y border (j = rows). The grid's boundary is
 * the outline: column 0 runs round the heel, column `cols` round the toes (or along the cut), rows 0 and
 * `rows` along the two sides. Inside, points come from a Coons patch (transfinite interpolation) of
 * the four boundary curves.
 */
export interface InsoleGrid {
  readonly cols: number;
  readonly rows: number;
  /** x and y of point (i, j) at index i · (rows + 1) + j, mm. */
  readonly xs: Float64Array;
  readonly ys: Float64Array;
}

type Polyline = { xs: number[]; ys: number[] };

/**
 * Builds the grid over an outline in station form.
 *
 * @param outline - the outline (first station a tip; last a tip or a cut)
 * @param spacingMm - target spacing of grid points, mm
 * @returns the grid
 */
export function insoleGrid(outline: StationOutline, spacingMm: number): InsoleGrid {
  const n = outline.xs.length;
  const x0 = outline.xs[0] ?? 0;
  const x1 = outline.xs[n - 1] ?? 0;
  const length = x1 - x0;
  const cut = (outline.yHigh[n - 1] ?? 0) - (outline.yLow[n - 1] ?? 0) > 1e-6;
  // Corners where the heel and toe arcs meet the sides.
  const xa = x0 + 0.09 * length;
  const xb = cut ? x1 - Math.min(6, 0.03 * length) : x1 - 0.12 * length;
  const low = side(outline, 'low', xa, xb);
  const high = side(outline, 'high', xa, xb);
  const heel = arc(outline, x0, xa, 'heel');
  const toe = arc(outline, xb, x1, 'toe');
  const cols = Math.max(8, Math.ceil(Math.max(polylineLength(low), polylineLength(high)) / spacingMm));
  const rows = Math.max(6, Math.ceil(Math.max(polylineLength(heel), polylineLength(toe)) / spacingMm));
  const c0 = resample(low, cols);
  const c1 = resample(high, cols);
  // The arcs are sampled half by arc length and half by breadth, so that rows neither crowd at the
  // sides (where an arc runs along the foot) nor leave long chords round the heel and toes.
  const d0 = resample(heel, rows, ACROSS_WEIGHT);
  const d1 = resample(toe, rows, ACROSS_WEIGHT);
  const xs = new Float64Array((cols + 1) * (rows + 1));
  const ys = new Float64Array((cols + 1) * (rows + 1));
  const p00x = c0.xs[0] ?? 0;
  const p00y = c0.ys[0] ?? 0;
  const p10x = c0.xs[cols] ?? 0;
  const p10y = c0.ys[cols] ?? 0;
  const p01x = c1.xs[0] ?? 0;
  const p01y = c1.ys[0] ?? 0;
  const p11x = c1.xs[cols] ?? 0;
  const p11y = c1.ys[cols] ?? 0;
  for (let i = 0; i <= cols; i++) {
    const s = i / cols;
    for (let j = 0; j <= rows; j++) {
      const t = j / rows;
      const k = i * (rows + 1) + j;
      if (i === 0 || i === cols || j === 0 || j === rows) {
        // Boundary points exactly on the outline.
        const [x, y] =
          i === 0
            ? [d0.xs[j] ?? 0, d0.ys[j] ?? 0]
            : i === cols
              ? [d1.xs[j] ?? 0, d1.ys[j] ?? 0]
              : j === 0
                ? [c0.xs[i] ?? 0, c0.ys[i] ?? 0]
                : [c1.xs[i] ?? 0, c1.ys[i] ?? 0];
        xs[k] = x;
        ys[k] = y;
        continue;
      }
      xs[k] =
        (1 - t) * (c0.xs[i] ?? 0) +
        t * (c1.xs[i] ?? 0) +
        (1 - s) * (d0.xs[j] ?? 0) +
        s * (d1.xs[j] ?? 0) -
        ((1 - s) * (1 - t) * p00x + s * (1 - t) * p10x + (1 - s) * t * p01x + s * t * p11x);
      ys[k] =
        (1 - t) * (c0.ys[i] ?? 0) +
        t * (c1.ys[i] ?? 0) +
        (1 - s) * (d0.ys[j] ?? 0) +
        s * (d1.ys[j] ?? 0) -
        ((1 - s) * (1 - t) * p00y + s * (1 - t) * p10y + (1 - s) * t * p01y + s * t * p11y);
    }
  }
  smoothInterior(cols, rows, xs, ys, SMOOTHING_PASSES);
  return { cols, rows, xs, ys };
}

/** Laplace passes that even out the Coons grid (rows crowd where an arc runs along a side). */
const SMOOTHING_PASSES = 60;

/**
 * Moves every interior point to the mean of its four neighbours, `passes` times (Jacobi), boundary fixed:
 * untangles the crowded rows a Coons patch leaves beside a concave side.
 */
function smoothInterior(cols: number, rows: number, xs: Float64Array, ys: Float64Array, passes: number): void {
  const stride = rows + 1;
  const nx = new Float64Array(xs.length);
  const ny = new Float64Array(ys.length);
  for (let pass = 0; pass < passes; pass++) {
    nx.set(xs);
    ny.set(ys);
    for (let i = 1; i < cols; i++) {
      for (let j = 1; j < rows; j++) {
        const k = i * stride + j;
        nx[k] = ((xs[k - stride] ?? 0) + (xs[k + stride] ?? 0) + (xs[k - 1] ?? 0) + (xs[k + 1] ?? 0)) / 4;
        ny[k] = ((ys[k - stride] ?? 0) + (ys[k + stride] ?? 0) + (ys[k - 1] ?? 0) + (ys[k + 1] ?? 0)) / 4;
      }
    }
    xs.set(nx);
    ys.set(ny);
  }
}

/**
 * The grid's boundary, counter-clockwise seen from above: row 0 heel to front, column `cols` across the front,
 * row `rows` back to the heel, column 0 round the heel.
 *
 * @param grid - the grid
 * @returns grid point indices, no repeated closing point
 */
export function gridBoundary(grid: InsoleGrid): number[] {
  const { cols, rows } = grid;
  const at = (i: number, j: number) => i * (rows + 1) + j;
  const ring: number[] = [];
  for (let i = 0; i < cols; i++) ring.push(at(i, 0));
  for (let j = 0; j < rows; j++) ring.push(at(cols, j));
  for (let i = cols; i > 0; i--) ring.push(at(i, rows));
  for (let j = rows; j > 0; j--) ring.push(at(0, j));
  return ring;
}

/**
 * Counts grid cells whose corners turn clockwise seen from above (a folded grid would make the top surface
 * overlap itself).
 *
 * @param grid - the grid
 * @returns the number of folded cells (0 for a valid grid)
 */
export function foldedCells(grid: InsoleGrid): number {
  const { cols, rows, xs, ys } = grid;
  let folded = 0;
  const at = (i: number, j: number) => i * (rows + 1) + j;
  for (let i = 0; i < cols; i++) {
    for (let j = 0; j < rows; j++) {
      const a = at(i, j);
      const b = at(i + 1, j);
      const c = at(i + 1, j + 1);
      const d = at(i, j + 1);
      const area1 = cross(xs, ys, a, b, c);
      const area2 = cross(xs, ys, a, c, d);
      if (!(area1 > 0) || !(area2 > 0)) folded++;
    }
  }
  return folded;
}

function cross(xs: Float64Array, ys: Float64Array, a: number, b: number, c: number): number {
  const ax = xs[a] ?? 0;
  const ay = ys[a] ?? 0;
  return ((xs[b] ?? 0) - ax) * ((ys[c] ?? 0) - ay) - ((ys[b] ?? 0) - ay) * ((xs[c] ?? 0) - ax);
}

/** One border between xa and xb, with the stations in between. */
function side(outline: StationOutline, which: 'low' | 'high', xa: number, xb: number): Polyline {
  const border = which === 'low' ? outline.yLow : outline.yHigh;
  const pick = (x: number) => {
    const b = bordersAt(outline, x);
    return which === 'low' ? b.low : b.high;
  };
  const xs = [xa];
  const ys = [pick(xa)];
  outline.xs.forEach((x, k) => {
    if (x > xa && x < xb) {
      xs.push(x);
      ys.push(border[k] ?? 0);
    }
  });
  xs.push(xb);
  ys.push(pick(xb));
  return { xs, ys };
}

/** The heel arc (from the low border at xa round the heel to the high border at xa) or the toe arc (low at xb to high at xb). */
function arc(outline: StationOutline, from: number, to: number, end: 'heel' | 'toe'): Polyline {
  const inside: number[] = [];
  outline.xs.forEach((x, k) => {
    if (x > from && x < to) inside.push(k);
  });
  const n = outline.xs.length;
  const lowPart: [number, number][] = inside.map((k) => [outline.xs[k] ?? 0, outline.yLow[k] ?? 0]);
  const highPart: [number, number][] = inside.map((k) => [outline.xs[k] ?? 0, outline.yHigh[k] ?? 0]);
  const endK = end === 'heel' ? 0 : n - 1;
  const endLow: [number, number] = [outline.xs[endK] ?? 0, outline.yLow[endK] ?? 0];
  const endHigh: [number, number] = [outline.xs[endK] ?? 0, outline.yHigh[endK] ?? 0];
  const corner = end === 'heel' ? to : from;
  const b = bordersAt(outline, corner);
  const points: [number, number][] =
    end === 'heel'
      ? [[corner, b.low], ...lowPart.reverse(), endLow, endHigh, ...highPart, [corner, b.high]]
      : [[corner, b.low], ...lowPart, endLow, endHigh, ...highPart.reverse(), [corner, b.high]];
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of points) {
    const last = xs.length - 1;
    if (last >= 0 && Math.abs((xs[last] ?? 0) - x) < 1e-9 && Math.abs((ys[last] ?? 0) - y) < 1e-9) continue;
    xs.push(x);
    ys.push(y);
  }
  return { xs, ys };
}

function polylineLength(line: Polyline): number {
  let length = 0;
  for (let i = 1; i < line.xs.length; i++)
    length += Math.hypot((line.xs[i] ?? 0) - (line.xs[i - 1] ?? 0), (line.ys[i] ?? 0) - (line.ys[i - 1] ?? 0));
  return length;
}

/** Share of the breadth (|Δy|) in the parameter the arcs are sampled by. */
const ACROSS_WEIGHT = 0.5;

/**
 * `count + 1` points along a polyline, evenly spaced in a parameter that mixes arc length and breadth
 * (ends kept exactly).
 */
function resample(line: Polyline, count: number, acrossWeight = 0): Polyline {
  const cumulative = [0];
  let arcTotal = 0;
  let acrossTotal = 0;
  for (let i = 1; i < line.xs.length; i++) {
    arcTotal += Math.hypot((line.xs[i] ?? 0) - (line.xs[i - 1] ?? 0), (line.ys[i] ?? 0) - (line.ys[i - 1] ?? 0));
    acrossTotal += Math.abs((line.ys[i] ?? 0) - (line.ys[i - 1] ?? 0));
  }
  for (let i = 1; i < line.xs.length; i++) {
    const arc = Math.hypot((line.xs[i] ?? 0) - (line.xs[i - 1] ?? 0), (line.ys[i] ?? 0) - (line.ys[i - 1] ?? 0));
    const across = Math.abs((line.ys[i] ?? 0) - (line.ys[i - 1] ?? 0));
    cumulative.push(
      (cumulative[i - 1] ?? 0) +
        (1 - acrossWeight) * (arcTotal > 0 ? arc / arcTotal : 0) +
        acrossWeight * (acrossTotal > 0 ? across / acrossTotal : 0),
    );
  }
  const total = cumulative[cumulative.length - 1] ?? 0;
  const xs: number[] = [];
  const ys: number[] = [];
  let segment = 1;
  for (let k = 0; k <= count; k++) {
    const target = (total * k) / count;
    while (segment < line.xs.length - 1 && (cumulative[segment] ?? 0) < target) segment++;
    const s0 = cumulative[segment - 1] ?? 0;
    const s1 = cumulative[segment] ?? 0;
    const u = s1 > s0 ? Math.min(1, Math.max(0, (target - s0) / (s1 - s0))) : 0;
    xs.push((line.xs[segment - 1] ?? 0) + ((line.xs[segment] ?? 0) - (line.xs[segment - 1] ?? 0)) * u);
    ys.push((line.ys[segment - 1] ?? 0) + ((line.ys[segment] ?? 0) - (line.ys[segment - 1] ?? 0)) * u);
  }
  xs[0] = line.xs[0] ?? 0;
  ys[0] = line.ys[0] ?? 0;
  xs[count] = line.xs[line.xs.length - 1] ?? 0;
  ys[count] = line.ys[line.ys.length - 1] ?? 0;
  return { xs, ys };
}

import { bordersAt, type StationOutline } from './insole-outline.js';

/**
 * A structured grid over an outline: (cols + 1) columns, each a straight line across the foot at one station
 * x (increasing from the heel), with (rows + 1) points evenly spaced from the −y border (j = 0) to the +y
 * border (j = rows). Cells are trapezoids with two sides parallel to y, so the grid can never fold. A column
 * at a tip (heel, or a rounded toe) has zero breadth: its points coincide and are one vertex of the mesh.
 */
export interface InsoleGrid {
  readonly cols: number;
  readonly rows: number;
  /** x and y of point (i, j) at index i · (rows + 1) + j, mm. */
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** Per column, whether its points coincide (a tip). */
  readonly tip: Uint8Array;
}

/** Finer x step used to place stations by arc length along the borders, mm. */
const SCAN_STEP_MM = 0.05;

/**
 * Builds the grid over an outline in station form: stations placed so that neither border runs longer than
 * `spacingMm` between two of them (dense round the heel and toes), and as many rows as the widest breadth
 * needs.
 *
 * @param outline - the outline (first station a tip; last a tip or a cut)
 * @param spacingMm - target spacing of grid points, mm
 * @param options - `rows` to use instead of the outline's own count, `stationsAt` x positions that must be
 *   stations (so that two bodies over the same outline share their columns: a top cover and its shell)
 * @returns the grid
 */
export function insoleGrid(
  outline: StationOutline,
  spacingMm: number,
  options: { readonly rows?: number; readonly stationsAt?: readonly number[] } = {},
): InsoleGrid {
  const n = outline.xs.length;
  const x0 = outline.xs[0] ?? 0;
  const x1 = outline.xs[n - 1] ?? 0;
  const stations = [x0];
  let prev = bordersAt(outline, x0);
  let travelled = 0;
  for (let x = x0 + SCAN_STEP_MM; x < x1 - SCAN_STEP_MM / 2; x += SCAN_STEP_MM) {
    const b = bordersAt(outline, x);
    travelled += Math.max(Math.hypot(SCAN_STEP_MM, b.low - prev.low), Math.hypot(SCAN_STEP_MM, b.high - prev.high));
    prev = b;
    if (travelled >= spacingMm) {
      stations.push(x);
      travelled = 0;
    }
  }
  // Do not leave a sliver before the last station.
  if (stations.length > 1 && x1 - (stations[stations.length - 1] ?? 0) < spacingMm / 3) stations.pop();
  stations.push(x1);
  for (const x of options.stationsAt ?? []) {
    if (!(x > x0 + spacingMm / 3 && x < x1 - spacingMm / 3)) continue;
    // Replace the stations too close to it by it.
    const kept = stations.filter((s) => Math.abs(s - x) >= spacingMm / 3 || s === x0 || s === x1);
    kept.push(x);
    kept.sort((a, b) => a - b);
    stations.length = 0;
    stations.push(...kept);
  }
  let widest = 0;
  for (let k = 0; k < n; k++) widest = Math.max(widest, (outline.yHigh[k] ?? 0) - (outline.yLow[k] ?? 0));
  const rows = options.rows ?? Math.max(4, Math.ceil(widest / spacingMm));
  const cols = stations.length - 1;
  const xs = new Float64Array((cols + 1) * (rows + 1));
  const ys = new Float64Array((cols + 1) * (rows + 1));
  const tip = new Uint8Array(cols + 1);
  stations.forEach((x, i) => {
    const b = bordersAt(outline, x);
    const width = b.high - b.low;
    if (width < 1e-6) tip[i] = 1;
    for (let j = 0; j <= rows; j++) {
      const k = i * (rows + 1) + j;
      xs[k] = x;
      ys[k] = tip[i] === 1 ? (b.low + b.high) / 2 : b.low + (width * j) / rows;
    }
  });
  return { cols, rows, xs, ys, tip };
}

/**
 * The grid's boundary, counter-clockwise seen from above: row 0 heel to front, column `cols` across the front,
 * row `rows` back to the heel, column 0 across the heel; a tip column appears once.
 *
 * @param grid - the grid
 * @returns grid point indices, no repeated closing point
 */
export function gridBoundary(grid: InsoleGrid): number[] {
  const { cols, rows } = grid;
  const at = (i: number, j: number) => i * (rows + 1) + j;
  const ring: number[] = [];
  for (let i = 0; i < cols; i++) ring.push(at(i, 0));
  if (grid.tip[cols] === 1) ring.push(at(cols, 0));
  else for (let j = 0; j < rows; j++) ring.push(at(cols, j));
  for (let i = cols; i > 0; i--) if (i !== cols || grid.tip[cols] !== 1) ring.push(at(i, rows));
  if (grid.tip[0] !== 1) for (let j = rows; j > 0; j--) ring.push(at(0, j));
  return ring;
}

/**
 * Counts grid cells with a triangle that turns clockwise seen from above (none by construction; checked
 * because a folded grid would make the top surface cross itself).
 *
 * @param grid - the grid
 * @returns the number of folded cells
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
      // A tip column's cell is one triangle.
      const first = grid.tip[i + 1] === 1 ? null : cross(xs, ys, a, b, c);
      const second = grid.tip[i] === 1 ? null : cross(xs, ys, a, c, d);
      if ((first !== null && !(first > 0)) || (second !== null && !(second > 0))) folded++;
    }
  }
  return folded;
}

function cross(xs: Float64Array, ys: Float64Array, a: number, b: number, c: number): number {
  const ax = xs[a] ?? 0;
  const ay = ys[a] ?? 0;
  return ((xs[b] ?? 0) - ax) * ((ys[c] ?? 0) - ay) - ((ys[b] ?? 0) - ay) * ((xs[c] ?? 0) - ax);
}

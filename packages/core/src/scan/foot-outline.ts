import type { Mesh } from '../mesh/mesh.js';
import { sliceStationsX } from './mesh-slice.js';
import { meshBounds } from '../mesh/mesh-bounds.js';

/** A closed polygon in the ground plane (x, y), counter-clockwise seen from above, mm. */
export interface Outline {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
}

/**
 * The foot's outline seen from above: at sections every `stepMm` along the foot, the most medial
 * and most lateral points of the surface, joined round the heel and the toes.
 *
 * @param mesh - a foot in the foot frame
 * @param stepMm - spacing of the sections (default 1 mm)
 * @returns the outline polygon (counter-clockwise from above, no repeated closing point)
 */
export function footOutline(mesh: Mesh, stepMm = 1): Outline {
  const p = mesh.positions;
  const {
    min: [minX],
    max: [maxX],
  } = meshBounds(mesh);
  const count = Math.max(2, Math.ceil((maxX - minX) / stepMm));
  const step = (maxX - minX) / count;
  // Sections strictly inside the foot; the ends are the rearmost and foremost points themselves.
  const sections = sliceStationsX(p, mesh.triangles, minX + step / 2, step, count);
  const right: [number, number][] = [];
  const left: [number, number][] = [];
  sections.forEach((section, k) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < section.length; i += 2) {
      lo = Math.min(lo, section[i] ?? 0);
      hi = Math.max(hi, section[i] ?? 0);
    }
    if (lo > hi) return;
    const x = minX + step / 2 + k * step;
    right.push([x, lo]);
    left.push([x, hi]);
  });
  const tip = (target: number): [number, number] => {
    let sum = 0;
    let n = 0;
    for (let i = 0; i < p.length; i += 3) {
      if (Math.abs((p[i] ?? 0) - target) < 1e-6 * Math.max(1, Math.abs(target))) {
        sum += p[i + 1] ?? 0;
        n++;
      }
    }
    return [target, n > 0 ? sum / n : 0];
  };
  // −y side from heel to toes, then +y side back: counter-clockwise seen from +z.
  const ring = [tip(minX), ...right, tip(maxX), ...left.reverse()];
  return { xs: Float64Array.from(ring, (q) => q[0]), ys: Float64Array.from(ring, (q) => q[1]) };
}

/**
 * Area of a polygon by the shoelace formula; positive when counter-clockwise.
 *
 * @param outline - the polygon
 * @returns signed area, mm²
 */
export function outlineArea(outline: Outline): number {
  let area = 0;
  const n = outline.xs.length;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    area += (outline.xs[i] ?? 0) * (outline.ys[j] ?? 0) - (outline.xs[j] ?? 0) * (outline.ys[i] ?? 0);
  }
  return area / 2;
}

/** The plantar surface as heights over a regular grid in the ground plane. */
export interface PlantarHeightMap {
  /** Centre of cell (0, 0), mm. */
  readonly originXMm: number;
  readonly originYMm: number;
  readonly cellMm: number;
  readonly cols: number;
  readonly rows: number;
  /** Height of the lowest surface point above each cell centre, row-major (row = y index); NaN outside the foot. */
  readonly heightsMm: Float32Array;
}

/**
 * Samples the plantar (lowest) surface of a foot at the centres of a square grid: every triangle
 * is rasterised from above and each cell keeps the lowest height found.
 *
 * @param mesh - a foot in the foot frame (ground at z = 0)
 * @param cellMm - grid spacing, mm (> 0)
 * @returns the height map
 */
export function plantarHeightMap(mesh: Mesh, cellMm: number): PlantarHeightMap {
  const p = mesh.positions;
  const t = mesh.triangles;
  const {
    min: [minX, minY],
    max: [maxX, maxY],
  } = meshBounds(mesh);
  const cols = Math.max(1, Math.floor((maxX - minX) / cellMm) + 1);
  const rows = Math.max(1, Math.floor((maxY - minY) / cellMm) + 1);
  const originX = minX + (maxX - minX - (cols - 1) * cellMm) / 2;
  const originY = minY + (maxY - minY - (rows - 1) * cellMm) / 2;
  const heights = new Float32Array(cols * rows).fill(Infinity);
  for (let k = 0; k < t.length; k += 3) {
    const a = (t[k] ?? 0) * 3;
    const b = (t[k + 1] ?? 0) * 3;
    const c = (t[k + 2] ?? 0) * 3;
    const ax = p[a] ?? 0;
    const ay = p[a + 1] ?? 0;
    const bx = p[b] ?? 0;
    const by = p[b + 1] ?? 0;
    const cx = p[c] ?? 0;
    const cy = p[c + 1] ?? 0;
    const det = (by - cy) * (ax - cx) + (cx - bx) * (ay - cy);
    if (det === 0) continue; // vertical triangle: seen edge-on from above
    const c0 = Math.max(0, Math.ceil((Math.min(ax, bx, cx) - originX) / cellMm));
    const c1 = Math.min(cols - 1, Math.floor((Math.max(ax, bx, cx) - originX) / cellMm));
    const r0 = Math.max(0, Math.ceil((Math.min(ay, by, cy) - originY) / cellMm));
    const r1 = Math.min(rows - 1, Math.floor((Math.max(ay, by, cy) - originY) / cellMm));
    const az = p[a + 2] ?? 0;
    const bz = p[b + 2] ?? 0;
    const cz = p[c + 2] ?? 0;
    for (let row = r0; row <= r1; row++) {
      const y = originY + row * cellMm;
      for (let col = c0; col <= c1; col++) {
        const x = originX + col * cellMm;
        const l0 = ((by - cy) * (x - cx) + (cx - bx) * (y - cy)) / det;
        const l1 = ((cy - ay) * (x - cx) + (ax - cx) * (y - cy)) / det;
        const l2 = 1 - l0 - l1;
        if (l0 < -1e-9 || l1 < -1e-9 || l2 < -1e-9) continue;
        const z = l0 * az + l1 * bz + l2 * cz;
        const cell = row * cols + col;
        if (z < (heights[cell] ?? Infinity)) heights[cell] = z;
      }
    }
  }
  for (let i = 0; i < heights.length; i++) if (heights[i] === Infinity) heights[i] = NaN;
  return { originXMm: originX, originYMm: originY, cellMm, cols, rows, heightsMm: heights };
}

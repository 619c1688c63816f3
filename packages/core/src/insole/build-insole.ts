import { hasErrors } from '../issue.js';
import { success, type Result } from '../result.js';
import type { Mesh } from '../mesh/mesh.js';
import { mirrorMesh } from '../mesh/transform-mesh.js';
import type { Side } from '../scan/foot-frame.js';
import { DEVICE_END_FRACTION, type InsoleParameters } from './insole-parameters.js';
import { SHELL_MATERIALS, TOP_COVER_DENSITY_G_PER_CM3 } from './insole-materials.js';
import {
  offsetPolygon,
  parametricFootOutline,
  polygonToStations,
  trimStations,
  type StationOutline,
} from './insole-outline.js';
import { foldedCells, gridBoundary, insoleGrid, type InsoleGrid } from './insole-grid.js';
import { INSOLE_ZONES, heightMapLookup, insoleField } from './insole-field.js';
import { validateInsoleParameters } from './validate-insole-parameters.js';

/** One separately manufactured part of the device. */
export interface InsoleBody {
  readonly name: 'shell' | 'top-cover';
  readonly material: string;
  readonly densityGPerCm3: number;
  /** Closed, counter-clockwise from outside, mm, in the foot frame of the parameters' side. */
  readonly mesh: Mesh;
  /** Thinnest point of the body (top − underside over the grid), mm. */
  readonly minThicknessMm: number;
}

/** A built insole: its bodies and what the checks need to know about them. */
export interface BuiltInsole {
  readonly side: Side;
  readonly parameters: InsoleParameters;
  readonly shell: InsoleBody;
  readonly topCover: InsoleBody | null;
  /** The shell's border seen from above (foot frame of the side), counter-clockwise. */
  readonly outline: { readonly xs: Float64Array; readonly ys: Float64Array };
  /** Highest point of the heel seat (inside the cup's rim band) with the cover, mm. */
  readonly heelSeatHeightMm: number;
  /** Grid cells that turn the wrong way (0 for a valid build). */
  readonly foldedCells: number;
  readonly footLengthMm: number;
}

/** Over this length beyond a shorter shell, a longer top cover drapes down to the shoe's floor, mm. */
const COVER_DRAPE_MM = 15;

/**
 * Builds an insole from its parameters: a closed, manifold height-field solid per body (the shell, and the
 * top cover as a separate body), in the foot frame of the side (heel at x = 0, +x to the toes, +y left,
 * z = 0 the shoe's floor). The solid is the top and underside surfaces over one structured grid joined by
 * side walls along the outline, closed and manifold by construction (checked by `checkInsole`).
 *
 * @param params - the parameters (validated here)
 * @returns the built insole with the parameters' warnings; or, for parameters with errors, no insole
 *   and the issues naming them
 */
export function buildInsole(params: InsoleParameters): Result<BuiltInsole> {
  const issues = validateInsoleParameters(params);
  if (hasErrors(issues)) return { ok: false, issues };
  return success(buildValid(params), issues);
}

function buildValid(params: InsoleParameters): BuiltInsole {
  const mirror = params.side === 'left';
  const foot = canonicalFootOutline(params, mirror);
  const x0 = foot.xs[0] ?? 0;
  const footLength = (foot.xs[foot.xs.length - 1] ?? 0) - x0;
  const shellEnd = x0 + DEVICE_END_FRACTION[params.length] * footLength;
  const shellOutline = trimStations(foot, shellEnd);
  // Shell and cover share rows and the stations at both ends, so that the cover's underside lies exactly
  // on the shell's top where they overlap.
  let widest = 0;
  for (let k = 0; k < foot.xs.length; k++) widest = Math.max(widest, (foot.yHigh[k] ?? 0) - (foot.yLow[k] ?? 0));
  const cover = params.topCover;
  const coverEnd = cover === null ? shellEnd : x0 + DEVICE_END_FRACTION[cover.length] * footLength;
  const gridOptions = { rows: Math.max(4, Math.ceil(widest / params.resolutionMm)), stationsAt: [shellEnd, coverEnd] };
  const grid = insoleGrid(shellOutline, params.resolutionMm, gridOptions);
  const rim = gridBoundary(grid);
  const rimXs = Float64Array.from(rim, (k) => grid.xs[k] ?? 0);
  const rimYs = Float64Array.from(rim, (k) => grid.ys[k] ?? 0);
  const pad =
    params.metatarsalPad === null
      ? null
      : { ...params.metatarsalPad, centreYMm: (mirror ? -1 : 1) * params.metatarsalPad.centreYMm };
  const field = insoleField({
    params,
    foot,
    footLengthMm: footLength,
    rimXs,
    rimYs,
    pad,
    heightMap: params.top.kind === 'scan' ? heightMapLookup(params.top.heightMap, mirror) : null,
  });

  const count = grid.xs.length;
  const top = new Float64Array(count);
  const bottom = new Float64Array(count);
  let minThickness = Infinity;
  let heelSeat = 0;
  const cupBand = Math.max(12, params.heelCupDepthMm);
  for (let k = 0; k < count; k++) {
    const x = grid.xs[k] ?? 0;
    const y = grid.ys[k] ?? 0;
    const z = field.top(x, y);
    const b = field.bottom(x, y, z);
    top[k] = z;
    bottom[k] = b;
    minThickness = Math.min(minThickness, z - b);
    const f = (x - x0) / footLength;
    if (f >= 0.04 && f <= INSOLE_ZONES.heelSeatEnd && field.rimDistance(x, y, cupBand + 1) > cupBand)
      heelSeat = Math.max(heelSeat, z);
  }
  const material = SHELL_MATERIALS[params.shell.material];
  const orient = (mesh: Mesh) => (mirror ? mirrorMesh(mesh, 'y') : mesh);
  const shell: InsoleBody = {
    name: 'shell',
    material: params.shell.material,
    densityGPerCm3: material.densityGPerCm3,
    mesh: orient(heightFieldSolid(grid, top, bottom)),
    minThicknessMm: minThickness,
  };

  let topCover: InsoleBody | null = null;
  if (cover !== null) {
    const coverGrid =
      cover.length === params.length
        ? grid
        : insoleGrid(trimStations(foot, coverEnd), params.resolutionMm, gridOptions);
    const n = coverGrid.xs.length;
    const coverTop = new Float64Array(n);
    const coverBottom = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      if (coverGrid === grid) {
        coverBottom[k] = top[k] ?? 0;
      } else {
        const x = coverGrid.xs[k] ?? 0;
        const y = coverGrid.ys[k] ?? 0;
        const drape = x <= shellEnd ? 1 : 1 - Math.min(1, (x - shellEnd) / COVER_DRAPE_MM);
        coverBottom[k] = drape * field.top(Math.min(x, shellEnd), y);
      }
      coverTop[k] = (coverBottom[k] ?? 0) + cover.thicknessMm;
    }
    topCover = {
      name: 'top-cover',
      material: cover.material,
      densityGPerCm3: TOP_COVER_DENSITY_G_PER_CM3[cover.material],
      mesh: orient(heightFieldSolid(coverGrid, coverTop, coverBottom)),
      minThicknessMm: cover.thicknessMm,
    };
  }
  const sign = mirror ? -1 : 1;
  const outlineYs = Float64Array.from(rimYs, (y) => sign * y);
  return {
    side: params.side,
    parameters: params,
    shell,
    topCover,
    // Mirroring reverses the turning sense; reverse the order to stay counter-clockwise.
    outline: mirror ? { xs: rimXs.slice().reverse(), ys: outlineYs.reverse() } : { xs: rimXs, ys: outlineYs },
    heelSeatHeightMm: heelSeat + (cover?.thicknessMm ?? 0),
    foldedCells: foldedCells(grid),
    footLengthMm: footLength,
  };
}

/**
 * The foot outline of the parameters in the canonical frame of a right foot (+y medial): a left foot's
 * outline is mirrored across y = 0.
 *
 * @param params - the parameters
 * @param mirror - whether to mirror (a left foot)
 * @returns the outline in station form
 */
export function canonicalFootOutline(params: InsoleParameters, mirror: boolean): StationOutline {
  const outline = params.outline;
  if (outline.kind === 'size') return parametricFootOutline(outline.footLengthMm, outline.width);
  const xs = [...outline.xsMm];
  const ys = outline.ysMm.map((y) => (mirror ? -y : y));
  if (mirror) {
    xs.reverse();
    ys.reverse();
  }
  const moved = outline.insetMm === 0 ? { xs, ys } : offsetPolygon(xs, ys, -outline.insetMm);
  return polygonToStations(moved.xs, moved.ys, Math.min(1, params.resolutionMm / 2));
}

/**
 * A closed solid from two height fields over one grid: the top surface, the underside, and a wall along the
 * grid's boundary. The points of a tip column are one vertex. Counter-clockwise seen from outside.
 *
 * @param grid - the grid
 * @param top - top height of each grid point, mm
 * @param bottom - underside height of each grid point (below the top), mm
 * @returns the mesh
 */
export function heightFieldSolid(grid: InsoleGrid, top: Float64Array, bottom: Float64Array): Mesh {
  const { cols, rows } = grid;
  const stride = rows + 1;
  const count = grid.xs.length;
  // Vertex of each grid point: one per point, one per tip column.
  const vertexOf = new Uint32Array(count);
  let vertices = 0;
  for (let i = 0; i <= cols; i++) {
    for (let j = 0; j <= rows; j++) {
      vertexOf[i * stride + j] = grid.tip[i] === 1 && j > 0 ? (vertexOf[i * stride] ?? 0) : vertices++;
    }
  }
  const positions = new Float32Array(vertices * 6);
  for (let k = 0; k < count; k++) {
    const v = vertexOf[k] ?? 0;
    const x = grid.xs[k] ?? 0;
    const y = grid.ys[k] ?? 0;
    positions[v * 3] = x;
    positions[v * 3 + 1] = y;
    positions[v * 3 + 2] = top[k] ?? 0;
    positions[(vertices + v) * 3] = x;
    positions[(vertices + v) * 3 + 1] = y;
    positions[(vertices + v) * 3 + 2] = bottom[k] ?? 0;
  }
  const ring = gridBoundary(grid).map((k) => vertexOf[k] ?? 0);
  const triangles = new Uint32Array((4 * cols * rows + 2 * ring.length) * 3);
  let t = 0;
  const tri = (a: number, b: number, c: number) => {
    if (a === b || b === c || a === c) return;
    triangles[t++] = a;
    triangles[t++] = b;
    triangles[t++] = c;
  };
  const at = (i: number, j: number) => vertexOf[i * stride + j] ?? 0;
  for (let i = 0; i < cols; i++) {
    for (let j = 0; j < rows; j++) {
      const a = at(i, j);
      const b = at(i + 1, j);
      const c = at(i + 1, j + 1);
      const d = at(i, j + 1);
      tri(a, b, c);
      tri(a, c, d);
      tri(a + vertices, c + vertices, b + vertices);
      tri(a + vertices, d + vertices, c + vertices);
    }
  }
  for (let e = 0; e < ring.length; e++) {
    const p = ring[e] ?? 0;
    const q = ring[(e + 1) % ring.length] ?? 0;
    tri(p, p + vertices, q + vertices);
    tri(p, q + vertices, q);
  }
  return { positions, triangles: triangles.slice(0, t) };
}

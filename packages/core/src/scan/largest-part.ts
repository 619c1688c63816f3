import type { Mesh } from '../mesh/mesh.js';
import { meshComponents } from '../mesh/mesh-components.js';
import { triangleArea } from '../mesh/triangle-normal.js';
import { symmetricEigen } from './vec3.js';

/** The largest connected part of a mesh, and what was left out. */
export interface LargestPart {
  readonly mesh: Mesh;
  readonly droppedParts: number;
  readonly droppedTriangles: number;
  /** Share of the total surface area in the dropped parts, 0–1. */
  readonly droppedAreaFraction: number;
  /** Surface area of the largest dropped part that is not flat, as a share of the kept part's (0 when none): a second body. */
  readonly secondBodyAreaRatio: number;
}

/**
 * Keeps the connected part (see `meshComponents`) with the most surface area,
 * passing over a flat part (thinner than 3 % of its length: a floor plate) when a solid one is among
 * the three largest.
 *
 * @param mesh - any mesh; its readers have merged duplicate vertices, so shared vertices mean connection
 * @returns the part, re-indexed, with counts of what was dropped
 */
export function largestPart(mesh: Mesh): LargestPart {
  const p = mesh.positions;
  const t = mesh.triangles;
  const parts = meshComponents(mesh);
  if (parts.count <= 1)
    return { mesh, droppedParts: 0, droppedTriangles: 0, droppedAreaFraction: 0, secondBodyAreaRatio: 0 };
  const find = (k: number) => parts.triangleLabels[k] ?? 0;
  const areaByRoot = new Map<number, number>();
  let total = 0;
  for (let k = 0; k < t.length; k += 3) {
    const area = triangleArea(mesh, k / 3);
    total += area;
    const root = find(k / 3);
    areaByRoot.set(root, (areaByRoot.get(root) ?? 0) + area);
  }
  // The largest parts by area, skipping flat ones (a floor or a platform scanned with the foot).
  const ranked = [...areaByRoot].sort((x, y) => y[1] - x[1]);
  const solid = ranked.slice(0, 3).find(([root]) => !isFlat(p, t, root, find)) ?? ranked[0] ?? [0, 0];
  const [best, bestArea] = solid;
  const second = ranked.slice(0, 4).find(([root]) => root !== best && !isFlat(p, t, root, find));
  const remap = new Int32Array(p.length / 3).fill(-1);
  const kept: number[] = [];
  const positions: number[] = [];
  let dropped = 0;
  for (let k = 0; k < t.length; k += 3) {
    if (find(k / 3) !== best) {
      dropped++;
      continue;
    }
    for (let e = 0; e < 3; e++) {
      const v = t[k + e] ?? 0;
      if ((remap[v] ?? -1) < 0) {
        remap[v] = positions.length / 3;
        positions.push(p[v * 3] ?? 0, p[v * 3 + 1] ?? 0, p[v * 3 + 2] ?? 0);
      }
      kept.push(remap[v] ?? 0);
    }
  }
  return {
    mesh: { positions: Float32Array.from(positions), triangles: Uint32Array.from(kept) },
    droppedParts: areaByRoot.size - 1,
    droppedTriangles: dropped,
    droppedAreaFraction: total > 0 ? 1 - bestArea / total : 0,
    secondBodyAreaRatio: second === undefined || bestArea <= 0 ? 0 : second[1] / bestArea,
  };
}

/** Whether a part is a flat sheet: its thinnest principal spread under 3 % of its longest. */
function isFlat(p: Float32Array, t: Uint32Array, root: number, find: (triangle: number) => number): boolean {
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sz = 0;
  const xyz: number[] = [];
  for (let k = 0; k < t.length; k += 3) {
    if (find(k / 3) !== root) continue;
    const v = (t[k] ?? 0) * 3;
    xyz.push(p[v] ?? 0, p[v + 1] ?? 0, p[v + 2] ?? 0);
    sx += p[v] ?? 0;
    sy += p[v + 1] ?? 0;
    sz += p[v + 2] ?? 0;
    n++;
  }
  if (n < 3) return true;
  const m = [sx / n, sy / n, sz / n] as const;
  const c = [0, 0, 0, 0, 0, 0];
  for (let i = 0; i < xyz.length; i += 3) {
    const dx = (xyz[i] ?? 0) - m[0];
    const dy = (xyz[i + 1] ?? 0) - m[1];
    const dz = (xyz[i + 2] ?? 0) - m[2];
    c[0] = (c[0] ?? 0) + dx * dx;
    c[1] = (c[1] ?? 0) + dx * dy;
    c[2] = (c[2] ?? 0) + dx * dz;
    c[3] = (c[3] ?? 0) + dy * dy;
    c[4] = (c[4] ?? 0) + dy * dz;
    c[5] = (c[5] ?? 0) + dz * dz;
  }
  const [xx = 0, xy = 0, xz = 0, yy = 0, yz = 0, zz = 0] = c;
  const { values } = symmetricEigen([
    [xx, xy, xz],
    [xy, yy, yz],
    [xz, yz, zz],
  ]);
  return Math.sqrt(Math.max(0, values[2]) / Math.max(values[0], 1e-12)) < 0.03;
}

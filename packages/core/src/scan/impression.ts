import type { Mesh } from '../mesh/mesh.js';
import { selectTriangles } from '../mesh/mesh-components.js';
import { largestPart } from './largest-part.js';

/** The imprint cut out of a scan of an impression block (foam box, plaster tray), and how. */
export interface ImpressionSegment {
  /** The imprint alone, in the coordinates of the mesh given. */
  readonly mesh: Mesh;
  /** Deepest point of the imprint below the block's top, in the mesh's units. */
  readonly maxDepth: number;
  /** The depth below the block's top where the imprint's edge was drawn, in the mesh's units. */
  readonly edgeDepth: number;
  /** Share of the scan's vertices inside the imprint, 0–1. */
  readonly vertexFraction: number;
}

/**
 * Where the imprint's edge is drawn, as a fraction of its deepest point below the block's top.
 * groundup's choice (no published value): the walls of a foam-box imprint are steep, so the breadth
 * changes little between 10 % and 25 % (under 1 % on the Polycron scans), and 15 % keeps the edge
 * clear of unevenness in the block's top.
 */
export const IMPRESSION_EDGE_FRACTION = 0.15;

/**
 * Cuts the imprint out of a scan of an impression block: the block's top is the plane through the
 * scan's open border (fitted robustly, so that an imprint reaching the border, such as toes cut by
 * the crop, does not tilt it), and the imprint is the largest connected region deeper than
 * {@link IMPRESSION_EDGE_FRACTION} of the deepest point below that plane.
 *
 * The mesh must be in a frame whose z is roughly normal to the block's top (the aligned frame of a
 * plantar-surface scan is). The cavity's floor is the plantar surface itself, heel and ball deepest.
 *
 * @param mesh - an open sheet: the scanned surface of the block with the imprint in it
 * @returns the imprint, or null when the scan has no flat border to stand for the block's top
 *   (a scan of the sole alone) or no imprint in it
 */
export function segmentImpression(mesh: Mesh): ImpressionSegment | null {
  const p = mesh.positions;
  const border = borderVertices(mesh);
  if (border.length < 12) return null;
  const plane = robustPlane(p, border);
  if (plane === null) return null;
  const [a, b, c] = plane;
  const vertices = p.length / 3;
  const residual = new Float64Array(vertices);
  let lo = Infinity;
  let hi = -Infinity;
  for (let v = 0; v < vertices; v++) {
    const r = (p[3 * v + 2] ?? 0) - (a * (p[3 * v] ?? 0) + b * (p[3 * v + 1] ?? 0) + c);
    residual[v] = r;
    if (r < lo) lo = r;
    if (r > hi) hi = r;
  }
  // The cavity lies on one side of the block's top: the side with the larger excursion.
  const sign = -lo >= hi ? -1 : 1;
  const maxDepth = sign < 0 ? -lo : hi;
  if (!(maxDepth > 0)) return null;
  // The border must really be flat: its spread about the plane small beside the imprint's depth.
  if (plane[3] > 0.1 * maxDepth) return null;
  const edgeDepth = IMPRESSION_EDGE_FRACTION * maxDepth;
  const t = mesh.triangles;
  const deep = (v: number) => sign * (residual[v] ?? 0) > edgeDepth;
  const inside = selectTriangles(
    mesh,
    (k) => deep(t[3 * k] ?? 0) && deep(t[3 * k + 1] ?? 0) && deep(t[3 * k + 2] ?? 0),
  );
  if (inside.triangles.length === 0) return null;
  const imprint = largestPart(inside).mesh;
  return { mesh: imprint, maxDepth, edgeDepth, vertexFraction: imprint.positions.length / 3 / vertices };
}

/** Vertices on the open border of a mesh: ends of edges used by one triangle only. */
function borderVertices(mesh: Mesh): Uint32Array {
  const t = mesh.triangles;
  const n = mesh.positions.length / 3;
  const uses = new Map<number, number>();
  for (let k = 0; k < t.length; k += 3) {
    for (let e = 0; e < 3; e++) {
      const u = t[k + e] ?? 0;
      const w = t[k + ((e + 1) % 3)] ?? 0;
      const key = u < w ? u * n + w : w * n + u;
      uses.set(key, (uses.get(key) ?? 0) + 1);
    }
  }
  const onBorder = new Uint8Array(n);
  for (const [key, count] of uses) {
    if (count !== 1) continue;
    onBorder[Math.floor(key / n)] = 1;
    onBorder[key % n] = 1;
  }
  const out: number[] = [];
  for (let v = 0; v < n; v++) if (onBorder[v] === 1) out.push(v);
  return Uint32Array.from(out);
}

/**
 * Least-squares plane z = a·x + b·y + c through the border, refitted three times on the 60 % of
 * border vertices nearest to it (trimmed least squares), with the trimmed points' RMS distance.
 */
function robustPlane(p: Float32Array, border: Uint32Array): [number, number, number, number] | null {
  let keep = Array.from(border);
  let plane: [number, number, number] | null = null;
  for (let round = 0; round < 4; round++) {
    plane = fitPlane(p, keep);
    if (plane === null) return null;
    const [a, b, c] = plane;
    const distance = (v: number) => Math.abs((p[3 * v + 2] ?? 0) - (a * (p[3 * v] ?? 0) + b * (p[3 * v + 1] ?? 0) + c));
    const ranked = Array.from(border).sort((u, w) => distance(u) - distance(w));
    keep = ranked.slice(0, Math.max(3, Math.floor(0.6 * ranked.length)));
  }
  if (plane === null) return null;
  const [a, b, c] = plane;
  let sum = 0;
  for (const v of keep) sum += ((p[3 * v + 2] ?? 0) - (a * (p[3 * v] ?? 0) + b * (p[3 * v + 1] ?? 0) + c)) ** 2;
  return [a, b, c, Math.sqrt(sum / keep.length)];
}

function fitPlane(p: Float32Array, vertices: readonly number[]): [number, number, number] | null {
  // Normal equations of z = a·x + b·y + c, centred for conditioning.
  let mx = 0;
  let my = 0;
  let mz = 0;
  for (const v of vertices) {
    mx += p[3 * v] ?? 0;
    my += p[3 * v + 1] ?? 0;
    mz += p[3 * v + 2] ?? 0;
  }
  const n = vertices.length;
  mx /= n;
  my /= n;
  mz /= n;
  let xx = 0;
  let xy = 0;
  let yy = 0;
  let xz = 0;
  let yz = 0;
  for (const v of vertices) {
    const x = (p[3 * v] ?? 0) - mx;
    const y = (p[3 * v + 1] ?? 0) - my;
    const z = (p[3 * v + 2] ?? 0) - mz;
    xx += x * x;
    xy += x * y;
    yy += y * y;
    xz += x * z;
    yz += y * z;
  }
  const det = xx * yy - xy * xy;
  if (!(Math.abs(det) > 1e-12 * Math.max(1, xx * yy))) return null;
  const a = (xz * yy - yz * xy) / det;
  const b = (yz * xx - xz * xy) / det;
  return [a, b, mz - a * mx - b * my];
}

import { analyseMesh, type MeshBounds } from '../mesh/analyse-mesh.js';
import type { Mesh } from '../mesh/mesh.js';
import type { Side } from '../scan/foot-frame.js';
import type { BuiltInsole, InsoleBody } from './build-insole.js';
import type { GeometryKernel } from './geometry-kernel.js';
import { SHELL_MATERIALS } from './insole-materials.js';
import { parametricFootOutline, stationsToPolygon } from './insole-outline.js';

/** One check of a built insole. `error` checks that fail stop the design from being written. */
export interface InsoleCheck {
  readonly code:
    | 'closed_manifold'
    | 'kernel_manifold'
    | 'min_thickness'
    | 'heel_height_in_shoe'
    | 'fits_shoe'
    | 'printable_overhangs';
  readonly ok: boolean;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

/** Per body: size, volume, estimated mass. */
export interface InsoleBodyReport {
  readonly name: InsoleBody['name'];
  readonly material: string;
  readonly triangleCount: number;
  readonly volumeMm3: number;
  /** Volume × the material's generic density: an estimate (see `SHELL_MATERIALS`). */
  readonly massG: number;
}

/** The checks and measures of one side. */
export interface InsoleReport {
  readonly side: Side;
  readonly triangleCount: number;
  /** Total volume of all bodies, mm³. */
  readonly volumeMm3: number;
  readonly massG: number;
  /** Every body closed, consistently oriented, one part, no degenerate triangles (and accepted by the kernel when one was given). */
  readonly manifold: boolean;
  readonly minThicknessMm: number;
  readonly heelSeatHeightMm: number;
  readonly bboxMm: MeshBounds;
  readonly bodies: readonly InsoleBodyReport[];
  readonly checks: readonly InsoleCheck[];
}

/** Points of the device outline may stand this far outside the shoe's outline, mm (sampling of both). */
const SHOE_FIT_TOLERANCE_MM = 1;
/** A face leaning more than 45° from vertical toward the bed needs support when printed (the usual FDM rule). */
const OVERHANG_LIMIT_DEG = 45;
/** Faces this close to the bed rest on it, mm. */
const BED_CONTACT_MM = 0.05;
/** Unsupported area tolerated before the print is flagged, mm² (groundup's choice: bridges of a few mm). */
const OVERHANG_AREA_LIMIT_MM2 = 100;

/**
 * Checks a built insole: every body closed and manifold (and, with a kernel, accepted by manifold-3d),
 * the shell's thinnest point against the material's minimum, the heel seat's height against the shoe,
 * the outline inside the shoe's, and overhangs for printing the shell flat side down; with volume and
 * estimated mass per body.
 *
 * @param built - the insole
 * @param options - `kernel` for the manifold-3d check
 * @returns the report
 */
export function checkInsole(built: BuiltInsole, options: { readonly kernel?: GeometryKernel } = {}): InsoleReport {
  const bodies = [built.shell, ...(built.topCover === null ? [] : [built.topCover])];
  const checks: InsoleCheck[] = [];
  const reports: InsoleBodyReport[] = [];
  const problems: string[] = [];
  let min: [number, number, number] = [Infinity, Infinity, Infinity];
  let max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (const body of bodies) {
    const a = analyseMesh(body.mesh);
    if (!a.closed)
      problems.push(`${body.name}: ${a.boundaryEdgeCount} open and ${a.nonManifoldEdgeCount} non-manifold edges`);
    if (a.nonManifoldVertexCount > 0)
      problems.push(`${body.name}: ${a.nonManifoldVertexCount} pinched (non-manifold) vertices`);
    if (a.inconsistentEdgeCount > 0)
      problems.push(`${body.name}: ${a.inconsistentEdgeCount} edges with flipped triangles`);
    if (a.degenerateTriangleCount > 0) problems.push(`${body.name}: ${a.degenerateTriangleCount} degenerate triangles`);
    if (a.componentCount !== 1) problems.push(`${body.name}: ${a.componentCount} parts`);
    if (!(a.volumeMm3 !== null && a.volumeMm3 > 0)) problems.push(`${body.name}: no positive volume`);
    const volume = a.volumeMm3 ?? 0;
    reports.push({
      name: body.name,
      material: body.material,
      triangleCount: a.triangleCount,
      volumeMm3: volume,
      massG: (volume / 1000) * body.densityGPerCm3,
    });
    min = [Math.min(min[0], a.bbox.min[0]), Math.min(min[1], a.bbox.min[1]), Math.min(min[2], a.bbox.min[2])];
    max = [Math.max(max[0], a.bbox.max[0]), Math.max(max[1], a.bbox.max[1]), Math.max(max[2], a.bbox.max[2])];
  }
  if (built.foldedCells > 0)
    problems.push(`${built.foldedCells} grid cells fold over (the surface would cross itself)`);
  checks.push({
    code: 'closed_manifold',
    ok: problems.length === 0,
    severity: 'error',
    message:
      problems.length === 0
        ? `Every body (${bodies.map((b) => b.name).join(', ')}) is closed, manifold, consistently oriented and one part.`
        : `Not a clean solid: ${problems.join('; ')}.`,
  });
  if (options.kernel !== undefined) {
    const kernel = options.kernel;
    const verdicts = bodies.map((body) => ({ body, verdict: kernel.check(body.mesh) }));
    const bad = verdicts.filter((v) => v.verdict.status !== 'NoError');
    checks.push({
      code: 'kernel_manifold',
      ok: bad.length === 0,
      severity: 'error',
      message:
        bad.length === 0
          ? `manifold-3d accepts every body as a solid (genus ${verdicts.map((v) => v.verdict.genus).join(', ')}).`
          : `manifold-3d refuses ${bad.map((v) => `${v.body.name} (${v.verdict.status})`).join(', ')}.`,
    });
  }
  const material = SHELL_MATERIALS[built.parameters.shell.material];
  const thin = built.shell.minThicknessMm;
  checks.push({
    code: 'min_thickness',
    ok: thin >= material.minThicknessMm - 1e-6,
    severity: 'error',
    message: `The shell is at least ${thin.toFixed(2)} mm thick; ${built.parameters.shell.material} needs ${material.minThicknessMm} mm.`,
  });
  const shoe = built.parameters.shoe;
  const maxHeel = shoe?.maxHeelHeightMm ?? null;
  checks.push({
    code: 'heel_height_in_shoe',
    ok: maxHeel === null || built.heelSeatHeightMm <= maxHeel + 1e-6,
    severity: 'error',
    message:
      maxHeel === null
        ? `The heel seat is ${built.heelSeatHeightMm.toFixed(1)} mm high; not checked: the shoe's limit is not given.`
        : `The heel seat is ${built.heelSeatHeightMm.toFixed(1)} mm high; the shoe takes ${maxHeel} mm.`,
  });
  checks.push(checkFitsShoe(built));
  checks.push(overhangs(built.shell.mesh));
  const manifold = checks.every((c) => (c.code === 'closed_manifold' || c.code === 'kernel_manifold' ? c.ok : true));
  return {
    side: built.side,
    triangleCount: reports.reduce((sum, r) => sum + r.triangleCount, 0),
    volumeMm3: reports.reduce((sum, r) => sum + r.volumeMm3, 0),
    massG: reports.reduce((sum, r) => sum + r.massG, 0),
    manifold,
    minThicknessMm: thin,
    heelSeatHeightMm: built.heelSeatHeightMm,
    bboxMm: { min, max },
    bodies: reports,
    checks,
  };
}

/**
 * The `fits_shoe` check alone: the device outline inside the plan of a last as long as the shoe's, of the shoe's
 * width class (used to find the size that fits when a design does not).
 *
 * @param built - the built insole (its outline, and the shoe in its parameters)
 * @returns the check
 */
export function checkFitsShoe(built: BuiltInsole): InsoleCheck {
  const shoe = built.parameters.shoe;
  if (shoe?.lastLengthMm == null) {
    return {
      code: 'fits_shoe',
      ok: true,
      severity: 'error',
      message: "Not checked: the shoe's size is not given.",
    };
  }
  const last = stationsToPolygon(parametricFootOutline(shoe.lastLengthMm, shoe.width, 'last'));
  const sign = built.side === 'left' ? -1 : 1;
  const shoeXs = Float64Array.from(last.xs);
  const shoeYs = Float64Array.from(last.ys, (y) => sign * y);
  let worst = 0;
  for (let i = 0; i < built.outline.xs.length; i++) {
    const x = built.outline.xs[i] ?? 0;
    const y = built.outline.ys[i] ?? 0;
    if (!insidePolygon(shoeXs, shoeYs, x, y)) worst = Math.max(worst, distanceOutside(shoeXs, shoeYs, x, y));
  }
  return {
    code: 'fits_shoe',
    ok: worst <= SHOE_FIT_TOLERANCE_MM,
    severity: 'error',
    message:
      worst <= SHOE_FIT_TOLERANCE_MM
        ? `The outline fits inside the shoe's (last ${shoe.lastLengthMm.toFixed(0)} mm, ${shoe.width}).`
        : `The outline stands up to ${worst.toFixed(1)} mm outside the shoe's (last ${shoe.lastLengthMm.toFixed(0)} mm, ${shoe.width}).`,
  };
}

function insidePolygon(xs: Float64Array, ys: Float64Array, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = xs.length - 1; i < xs.length; j = i++) {
    const yi = ys[i] ?? 0;
    const yj = ys[j] ?? 0;
    if (yi > y !== yj > y) {
      const xi = xs[i] ?? 0;
      const xj = xs[j] ?? 0;
      if (x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function distanceOutside(xs: Float64Array, ys: Float64Array, x: number, y: number): number {
  let best = Infinity;
  for (let i = 0; i < xs.length; i++) {
    const j = (i + 1) % xs.length;
    const ax = xs[i] ?? 0;
    const ay = ys[i] ?? 0;
    const ex = (xs[j] ?? 0) - ax;
    const ey = (ys[j] ?? 0) - ay;
    const len2 = ex * ex + ey * ey;
    const s = len2 > 0 ? Math.min(1, Math.max(0, ((x - ax) * ex + (y - ay) * ey) / len2)) : 0;
    best = Math.min(best, Math.hypot(x - ax - s * ex, y - ay - s * ey));
  }
  return best;
}

/** Area of downward faces, above the bed, leaning more than 45° from vertical (printed flat side down). */
function overhangs(mesh: Mesh): InsoleCheck {
  const p = mesh.positions;
  const t = mesh.triangles;
  const limit = Math.cos((OVERHANG_LIMIT_DEG * Math.PI) / 180);
  let area = 0;
  for (let k = 0; k < t.length; k += 3) {
    const a = (t[k] ?? 0) * 3;
    const b = (t[k + 1] ?? 0) * 3;
    const c = (t[k + 2] ?? 0) * 3;
    const az = p[a + 2] ?? 0;
    const bz = p[b + 2] ?? 0;
    const cz = p[c + 2] ?? 0;
    if (Math.max(az, bz, cz) <= BED_CONTACT_MM) continue;
    const ux = (p[b] ?? 0) - (p[a] ?? 0);
    const uy = (p[b + 1] ?? 0) - (p[a + 1] ?? 0);
    const uz = bz - az;
    const vx = (p[c] ?? 0) - (p[a] ?? 0);
    const vy = (p[c + 1] ?? 0) - (p[a + 1] ?? 0);
    const vz = cz - az;
    const nx = uy * vz - uz * vy;
    const ny = uz * vx - ux * vz;
    const nz = ux * vy - uy * vx;
    const length = Math.hypot(nx, ny, nz);
    if (length > 0 && -nz / length > limit) area += length / 2;
  }
  const ok = area <= OVERHANG_AREA_LIMIT_MM2;
  return {
    code: 'printable_overhangs',
    ok,
    severity: 'warning',
    message: ok
      ? `Printed flat side down, ${area.toFixed(0)} mm² of the shell overhangs more than 45°: prints without support.`
      : `Printed flat side down, ${area.toFixed(0)} mm² of the shell overhangs more than 45° (the hollow under the arch or the motion grind): print with support, or mill it.`,
  };
}

import type { Issue } from '../issue.js';
import type { Mesh } from '../mesh/mesh.js';
import { alignFoot, type FootAlignment } from './align-foot.js';
import { composeRigid, type Side } from './foot-frame.js';
import { segmentImpression } from './impression.js';
import { measureFoot, type FootMeasurements } from './measure-foot.js';
import { ScanError } from './scan-error.js';
import { chooseUnit, toMillimetres, type LengthUnit } from './scan-units.js';
import { footOutline, outlineArea, type Outline } from './foot-outline.js';
import { largestPart } from './largest-part.js';
import { footShapeIssue, measurementRangeIssue } from './foot-shape-check.js';
import { meshBounds } from '../mesh/mesh-bounds.js';
import { failure, success, type Result } from '../result.js';

/** Everything groundup reads off one foot scan. */
export interface FootScan {
  readonly alignment: FootAlignment;
  readonly measurements: FootMeasurements;
  /** The unit the file was read in (given, or detected from the size). */
  readonly sourceUnit: LengthUnit;
}

/**
 * The scan pipeline after reading: units to millimetres, stray parts (a floor plate, a leg stump
 * cut off, scanner debris) dropped, alignment into the foot frame, measurement.
 *
 * @param mesh - the mesh as read, in file units
 * @param options - `units` of the file (detected from the size when absent), `side` (detected when absent)
 * @returns the aligned scan and its measurements with every warning; or, for a scan that is not a
 *   measurable foot, an error with a stable code (`not_a_foot`, `too_small`, `too_large`,
 *   `empty_mesh`) at `path` (`mesh`, or the measurement out of range)
 */
export function scanFoot(
  mesh: Mesh,
  options: { readonly units?: LengthUnit; readonly side?: Side } = {},
): Result<FootScan> {
  try {
    const { warnings, ...scan } = scanOrThrow(mesh, options);
    return success(scan, warnings);
  } catch (error) {
    if (error instanceof ScanError) return failure(error.code, error.message, error.where);
    throw error;
  }
}

function scanOrThrow(
  mesh: Mesh,
  options: { readonly units?: LengthUnit; readonly side?: Side },
): FootScan & { readonly warnings: readonly Issue[] } {
  const warnings: Issue[] = [];
  const part = largestPart(mesh);
  if (part.secondBodyAreaRatio > MAX_SECOND_BODY) {
    throw new ScanError(
      'not_a_foot',
      `The scan holds ${part.droppedParts + 1} separate bodies, the second with ${Math.round(100 * part.secondBodyAreaRatio)} % of the first one's surface (two feet?): scan one foot per file.`,
    );
  }
  if (part.droppedTriangles > 0) {
    warnings.push({
      severity: 'warning',
      code: 'stray_parts_dropped',
      path: 'mesh',
      message: `Kept the largest part of the scan; dropped ${part.droppedParts} other part(s) with ${part.droppedTriangles} triangles (${(100 * part.droppedAreaFraction).toFixed(1)} % of the surface).`,
    });
  }
  const extent = longestExtent(part.mesh);
  const { unit, warnings: unitWarnings } = chooseUnit(extent, options.units);
  if (unit === null) {
    throw new ScanError(
      extent < 1 ? 'too_small' : 'too_large',
      `The scan is ${extent.toPrecision(3)} units long: not a foot in mm, cm or m.`,
    );
  }
  warnings.push(...unitWarnings);
  const sideOption = options.side === undefined ? {} : { side: options.side };
  let alignment = alignFoot(toMillimetres(part.mesh, unit), sideOption);
  if (alignment.surface === 'plantar-surface' && rectangularity(footOutline(alignment.mesh, 2)) > CROP_RECTANGULARITY) {
    const imprint = imprintOf(alignment, sideOption);
    if (imprint === null) {
      warnings.push({
        severity: 'warning',
        code: 'outline_is_crop',
        path: 'mesh',
        message:
          'The scan is a nearly rectangular patch (a cropped impression or the top of a foam block) with no imprint groundup could cut out, so its outline is the crop, not the foot: breadths and lengths measure the patch.',
      });
    } else {
      alignment = imprint.alignment;
      warnings.push({
        severity: 'warning',
        code: 'impression_segmented',
        path: 'mesh',
        message: `The scan is an impression block: measured the imprint, cut out where it is deeper than ${imprint.edgeDepthMm.toFixed(1)} mm below the block's top (15 % of its ${imprint.maxDepthMm.toFixed(1)} mm depth); on real impressions the breadth moves by under 1 % with that choice (10–25 %), the plantar arch height more.`,
      });
    }
  }
  warnings.push(...alignment.warnings);
  const shape = footShapeIssue(alignment);
  if (shape !== null) throw new ScanError('not_a_foot', shape.message, shape.path);
  const measurements = measureFoot(alignment);
  const range = measurementRangeIssue(measurements);
  if (range !== null) throw new ScanError('not_a_foot', range.message, range.path);
  return { alignment, measurements, sourceUnit: unit, warnings };
}

/**
 * The imprint of an impression-block scan, aligned on its own, with the transform from the file's
 * coordinates; null when there is no foot-shaped imprint to cut out.
 */
function imprintOf(
  block: FootAlignment,
  sideOption: { readonly side?: Side },
): { alignment: FootAlignment; edgeDepthMm: number; maxDepthMm: number } | null {
  const segment = segmentImpression(block.mesh);
  if (segment === null) return null;
  let alignment: FootAlignment;
  try {
    alignment = alignFoot(segment.mesh, sideOption);
  } catch (error) {
    if (error instanceof ScanError) return null;
    throw error;
  }
  if (rectangularity(footOutline(alignment.mesh, 2)) > CROP_RECTANGULARITY) return null;
  return {
    alignment: { ...alignment, transform: composeRigid(alignment.transform, block.transform) },
    edgeDepthMm: segment.edgeDepth,
    maxDepthMm: segment.maxDepth,
  };
}

/** Debris beside a foot is small; a second body with this share of the first one's surface is a second foot (or a second object). */
const MAX_SECOND_BODY = 0.25;

/** A foot's outline fills about 70 % of its length × breadth box; a cropped patch nearly all of it. */
const CROP_RECTANGULARITY = 0.9;

function rectangularity(outline: Outline): number {
  const xs = [...outline.xs];
  const ys = [...outline.ys];
  const box = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
  return box > 0 ? outlineArea(outline) / box : 0;
}

function longestExtent(mesh: Mesh): number {
  const { min, max } = meshBounds(mesh);
  return Math.max(max[0] - min[0], max[1] - min[1], max[2] - min[2]);
}

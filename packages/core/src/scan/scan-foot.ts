import type { Issue } from '../issue.js';
import type { Mesh } from '../mesh/mesh.js';
import { alignFoot, type FootAlignment } from './align-foot.js';
import type { Side } from './foot-frame.js';
import { measureFoot, type FootMeasurements } from './measure-foot.js';
import { ScanError } from './scan-error.js';
import { chooseUnit, toMillimetres, type LengthUnit } from './scan-units.js';
import { footOutline, outlineArea, type Outline } from './foot-outline.js';
import { largestPart } from './largest-part.js';
import { meshBounds } from '../mesh/mesh-bounds.js';

/** Everything groundup reads off one foot scan. */
export interface FootScanResult {
  readonly alignment: FootAlignment;
  readonly measurements: FootMeasurements;
  /** The unit the file was read in (given, or detected from the size). */
  readonly sourceUnit: LengthUnit;
  readonly warnings: readonly Issue[];
}

/**
 * The scan pipeline after reading: units to millimetres, stray parts (a floor plate, a leg stump
 * cut off, scanner debris) dropped, alignment into the foot frame, measurement.
 *
 * @param mesh - the mesh as read, in file units
 * @param options - `units` of the file (detected from the size when absent), `side` (detected when absent)
 * @returns the aligned scan, its measurements and every warning
 * @throws ScanError with a stable code for a scan that is not a measurable foot
 */
export function scanFoot(
  mesh: Mesh,
  options: { readonly units?: LengthUnit; readonly side?: Side } = {},
): FootScanResult {
  const warnings: Issue[] = [];
  const part = largestPart(mesh);
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
  const alignment = alignFoot(toMillimetres(part.mesh, unit), options.side === undefined ? {} : { side: options.side });
  warnings.push(...alignment.warnings);
  if (alignment.surface === 'plantar-surface' && rectangularity(footOutline(alignment.mesh, 2)) > CROP_RECTANGULARITY) {
    warnings.push({
      severity: 'warning',
      code: 'outline_is_crop',
      path: 'mesh',
      message:
        'The scan is a nearly rectangular patch (a cropped impression or the top of a foam block), so its outline is the crop, not the foot: breadths and lengths measure the patch.',
    });
  }
  return { alignment, measurements: measureFoot(alignment), sourceUnit: unit, warnings };
}

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

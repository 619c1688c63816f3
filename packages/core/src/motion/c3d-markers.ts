import type { C3dFile } from './read-c3d.js';
import type { MarkerTrajectories } from './read-trc.js';

/**
 * The 3-D points of a C3D file as marker trajectories (the form TRC files read into), so that events and
 * angles take either. Gaps stay NaN; times start at 0 at the first frame.
 *
 * @param c3d - a file read by `readC3d`
 * @returns the markers, in the file's point units
 */
export function c3dMarkerTrajectories(c3d: C3dFile): MarkerTrajectories {
  return {
    kind: 'MarkerTrajectories',
    rateHz: c3d.pointRateHz,
    units: c3d.pointUnits,
    markerNames: c3d.pointLabels,
    timeS: Float64Array.from({ length: c3d.frames }, (_, f) => f / c3d.pointRateHz),
    xyz: c3d.points,
  };
}

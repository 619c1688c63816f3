/**
 * `@groundup/core/motion`: Motion capture: C3D, TRC and MOT readers and writers, gait events, spatiotemporal parameters, joint angles.
 * The one list of this folder's public names (the root barrel re-exports it whole); a command or page that needs only this
 * area loads only its modules (the root barrel loads all of core).
 *
 * @packageDocumentation
 */
export type { MotionReadError, MotionReadErrorCode } from './motion-read-error.js';
export { readTrc, writeTrc, type MarkerTrajectories, type TrcReadResult } from './read-trc.js';
export { readMot, writeMot, type MotionTable, type MotReadResult } from './read-mot.js';
export {
  paramNumber,
  paramNumbers,
  paramStrings,
  type C3dParameters,
  type C3dParameterValue,
} from './c3d-parameters.js';
export { readC3d, type C3dFile, type C3dProcessor, type C3dReadError, type C3dReadResult } from './read-c3d.js';
export { forcePlatforms, type ForcePlatformSignal } from './force-platforms.js';
export { eventsFromForce, eventsFromMarkers, type GaitEvent, type GaitSide } from './gait-events.js';
export { findFootMarkers, markerGaitEvents, type FootMarkerNames } from './marker-events.js';
export { spatiotemporal, type Spatiotemporal } from './spatiotemporal.js';
export { fitRigid, fitRigidInto, type RigidFit } from './rigid-fit.js';
export { GAIT2354_MARKER_SET, type LegMarkerNames, type LowerLimbMarkerSet } from './lower-limb-marker-set.js';
export { HIP_JOINT_CENTRE_SOURCES, hipJointCentreHarrington } from './hip-joint-centre.js';
export {
  calibrateLowerLimb,
  frameFromAxes,
  labAxisNearest,
  millimetresPerUnit,
  type CalibrationError,
  type CalibrationResult,
  type LowerLimbModel,
  type SegmentCalibration,
  type SegmentName,
} from './lower-limb-model.js';
export {
  JOINT_ANGLE_NAMES,
  cardanZxy,
  jointAngles,
  type JointAngleCurves,
  type JointAngleName,
} from './joint-angles.js';
export { spatialParameters, type SpatialParameters } from './spatial-parameters.js';
export { writeC3d, type C3dWriteInput } from './write-c3d.js';
export { c3dMarkerTrajectories } from './c3d-markers.js';
export { syntheticStandingMarkers } from './synthetic-markers.js';
export { c3dEvents, type C3dOtherEvent } from './c3d-events.js';
export { forcePlateEvents, type ForcePlateContact } from './plate-events.js';
export {
  selectGaitEvents,
  type GaitEventInputs,
  type GaitEventSelection,
  type GaitEventSource,
} from './select-gait-events.js';
export { fillMarkerGaps, type MarkerGap } from './fill-marker-gaps.js';
export { stanceSummary, type StanceStatistic, type StanceSummary } from './stance-summary.js';

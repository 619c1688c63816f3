/**
 * `@groundup/core/scan`: Foot scans: alignment into the foot frame and the measurements, with their methods and accuracies.
 * The one list of this folder's public names (the root barrel re-exports it whole); a command or page that needs only this
 * area loads only its modules (the root barrel loads all of core).
 *
 * @packageDocumentation
 */
export type { FootAlignment, ScanSurface } from './align-foot.js';
export { applyRigid, type RigidTransform, type Side } from './foot-frame.js';
export { footOutline, outlineArea, plantarHeightMap, type Outline, type PlantarHeightMap } from './foot-outline.js';
export { measureFoot, meshResolution, type FootMeasurements, type Measurement } from './measure-foot.js';
export type { ScanErrorCode } from './scan-error.js';
export { scanFoot, type FootScan } from './scan-foot.js';
export { chooseUnit, toMillimetres, type LengthUnit } from './scan-units.js';
export {
  createSyntheticFoot,
  DEFAULT_SYNTHETIC_FOOT,
  type SyntheticFootParameters,
  type SyntheticFootTruth,
} from './synthetic-foot.js';

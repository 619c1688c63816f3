/**
 * `@groundup/core/insole`: Insole design: parameters from a prescription, the build, the checks, the design record and its files.
 * The one list of this folder's public names (the root barrel re-exports it whole); a command or page that needs only this
 * area loads only its modules (the root barrel loads all of core).
 *
 * @packageDocumentation
 */
export {
  DEVICE_END_FRACTION,
  FOREFOOT_POST_START,
  type InsoleHeightMap,
  type InsoleMetatarsalPad,
  type InsoleOutlineSource,
  type InsoleParameters,
  type InsoleShell,
  type InsoleShoe,
  type InsoleTopCover,
  type InsoleTopSource,
} from './insole-parameters.js';
export {
  INSOLE_PARAMETER_RANGES,
  heelSeatHeightMm,
  validateInsoleParameters,
  type ParameterRange,
} from './validate-insole-parameters.js';
export { SHELL_MATERIALS, TOP_COVER_DENSITY_G_PER_CM3, type ShellMaterialData } from './insole-materials.js';
export { ballWidthRatio, shoeSizeLengths, type ShoeLengths } from './shoe-size.js';
export { defaultInsoleParameters } from './default-insole-parameters.js';
export { buildInsole, heightFieldSolid, type BuiltInsole, type InsoleBody } from './build-insole.js';
export { ARCH_FILL, INSOLE_ZONES, SCAN_CONTOUR_CAP_MM } from './insole-field.js';
export { parametricFootOutline, type StationOutline } from './insole-outline.js';
export {
  checkFitsShoe,
  checkInsole,
  type InsoleBodyReport,
  type InsoleCheck,
  type InsoleReport,
} from './check-insole.js';
export { loadGeometryKernel, type GeometryKernel, type KernelVerdict } from './geometry-kernel.js';
export {
  designScanFromAlignment,
  METATARSAL_PAD_SIZE_MM,
  parametersFromPrescription,
  SCAN_OUTLINE_INSET_MM,
  type DesignScan,
} from './parameters-from-prescription.js';
export { sha256Hex } from './sha256.js';
export {
  canonicalJson,
  createDesignRecord,
  diffInsoleParameters,
  type DesignOverride,
  type DesignRecord,
  type DesignSideRecord,
  type ParameterChange,
} from './design-record.js';
export {
  designInsoles,
  designTo3mf,
  designToMeshFiles,
  type DesignOutcome,
  type InsoleDesign,
} from './design-insoles.js';

/**
 * `@groundup/core/pressure`: Plantar pressure: readers (pedar, PhysioNet, grid CSV), steps, regions, footprint indices and the report.
 * The one list of this folder's public names (the root barrel re-exports it whole); a command or page that needs only this
 * area loads only its modules (the root barrel loads all of core).
 *
 * @packageDocumentation
 */
export { readPressure, detectPressureFormat } from './read-pressure.js';
export {
  ABSURD_FORCE_N,
  ABSURD_PRESSURE_KPA,
  type FootSide,
  type InsoleChannels,
  type InsoleRecording,
  type PlateRecording,
  type PressureFormat,
  type PressureReadFailure,
  type PressureReadResult,
  type PressureReadSuccess,
  type PressureRecording,
} from './pressure-recording.js';
export type { PressureReadError, PressureReadErrorCode } from './pressure-read-error.js';
export { readGridCsv } from './read-grid-csv.js';
export { readPedarAscii, PEDAR_SENSOR_COUNT } from './read-pedar-ascii.js';
export { readGaitpdbText, GAITPDB_SENSOR_COUNT, GAITPDB_HZ } from './read-gaitpdb-text.js';
export { segmentSteps, type SegmentStepsOptions, type StepInterval } from './segment-steps.js';
export {
  analyzeInsole,
  type InsoleAnalysis,
  type InsoleFootAnalysis,
  type InsoleStep,
  type RegionLoad,
} from './analyze-insole.js';
export { FOOT_REGION_NAMES, REGION_BOUNDARIES, regionAt, sensorRegions, type FootRegionName } from './foot-regions.js';
export {
  analyzePlate,
  type AnalyzePlateOptions,
  type PlateAnalysis,
  type PlateFootAnalysis,
  type PlateStep,
} from './analyze-plate.js';
export { findPlateContacts, type PlateContact, type PlateContactOptions } from './plate-contacts.js';
export {
  WIDTH_ZONES,
  cpeiPct,
  footprintGeometry,
  footprintIndices,
  printRegions,
  sideFromShape,
  type FootprintGeometry,
  type FootprintGeometryOptions,
  type FootprintIndices,
  type PlatePrint,
  type ToeMethod,
} from './footprint-geometry.js';
export {
  ARCH_INDEX_BANDS_BULDT,
  ARCH_INDEX_BANDS_CAVANAGH_RODGERS,
  CHIPPAUX_SMIRAK_BANDS_ADULT,
  CHIPPAUX_SMIRAK_PAEDIATRIC_FLAT_PCT,
  STAHELI_BANDS,
  callFootType,
  type FootTypeCall as FootprintTypeCall,
  type FootTypeCalls,
  type FootTypeVote,
} from './foot-type-bands.js';
export { seededRandom, syntheticPeakPressureKpa, type SyntheticArchType } from './synthetic-foot-pressure.js';
export {
  createSyntheticPlatePrint,
  createSyntheticPlateWalk,
  writeGridCsv,
  type SyntheticPlateParameters,
  type SyntheticStepTruth,
  type SyntheticWalkParameters,
} from './synthetic-plate.js';
export {
  analyzePressure,
  pressureReport,
  type PressureAnalysis,
  type PressureFootReport,
  type PressureRegionReport,
  type PressureReport,
  type PressureStepReport,
} from './pressure-report.js';
export { heatColour, pressureHeatmapSvg, type HeatmapOptions } from './pressure-heatmap-svg.js';
export { createSyntheticInsoleWalk, type SyntheticInsoleParameters } from './synthetic-insole.js';
export { footprintArchIndex, type FootprintArchIndex } from './footprint-arch-index.js';

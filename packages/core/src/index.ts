export { GROUNDUP_VERSION } from './version.js';
export { hasErrors, type Issue } from './issue.js';
export { failure, firstError, success, type Result } from './result.js';
export { normalisePatientInput, validatePatientInput, type PatientInput, type Sex } from './intake/patient-input.js';
export { detectCaptureFormat, type CaptureFormat, type CaptureFormatReport } from './capture/detect-capture-format.js';
export {
  EVIDENCE_LEVELS,
  evidenceLevelLabel,
  evidenceLevelRank,
  verificationTag,
  type EvidenceLevel,
  type Verification,
} from './evidence/evidence-level.js';
export {
  formatCitation,
  shortCitation,
  sourceLink,
  type EvidenceSource,
  type EvidenceSourceData,
  type LowQualityMedium,
} from './evidence/evidence-source.js';
export { EVIDENCE_SOURCES, findEvidenceSource, isEvidenceId, type EvidenceId } from './evidence/evidence-library.js';
export {
  LOW_QUALITY_CONVENTION_LABEL,
  lowQualityConventionLabel,
  restsOnLowQualitySources,
} from './evidence/low-quality-source.js';
export { cite, weakestVerification, type SourceRef } from './evidence/source-ref.js';
export { claim, type SourcedClaim } from './evidence/sourced-claim.js';
export { sourcedValue, type SourcedValue } from './evidence/sourced-value.js';
export {
  EVIDENCE_TOPICS,
  type EffectEstimate,
  type EvidenceConclusion,
  type EvidenceStatement,
  type EvidenceTopic,
} from './evidence/evidence-statement.js';
export { EVIDENCE_STATEMENTS, evidenceStatementsFor } from './evidence/evidence-statements.js';
export { findBand, inBand, type Band, type BandSet } from './exam/band-set.js';
export {
  FPI6_BANDS,
  FPI6_CLAIMS,
  FPI6_ITEMS,
  FPI6_ITEM_MAX,
  FPI6_ITEM_MIN,
  FPI6_RESEARCH_CLASSES,
  readFpi6Scores,
  scoreFpi6,
  type Fpi6BandId,
  type Fpi6Item,
  type Fpi6ItemId,
  type Fpi6ResearchClassId,
  type Fpi6Result,
  type Fpi6Scores,
} from './exam/foot-posture-index.js';
export {
  NAVICULAR_DROP_BANDS,
  NAVICULAR_DROP_BRODY_BANDS,
  NAVICULAR_DROP_CLAIMS,
  classifyNavicularDrop,
  type NavicularDropResult,
} from './exam/navicular-drop.js';
export {
  RCSP_CLAIMS,
  RCSP_GROUPS,
  RCSP_SIGN_CONVENTION,
  classifyRcsp,
  type RcspResult,
} from './exam/calcaneal-stance-position.js';
export {
  LLD_CLAIMS,
  LLD_RCT_INCLUSION_MM,
  LLD_USUAL_SIGNIFICANCE_MM,
  assessLegLengthDifference,
  readLegLengthDifference,
  type LegLengthAssessment,
  type LegLengthDifference,
  type LegLengthMethod,
  type LegLengthType,
} from './exam/leg-length-difference.js';
export {
  ANKLE_DORSIFLEXION_NORMS_NOTE,
  readAnkleDorsiflexion,
  type AnkleDorsiflexionLunge,
} from './exam/ankle-dorsiflexion.js';
export {
  readForefootToRearfoot,
  type ForefootRelation,
  type ForefootToRearfoot,
} from './exam/forefoot-rearfoot-relation.js';
export {
  readFirstRay,
  type FirstRayFinding,
  type FirstRayMobility,
  type FirstRayPosition,
} from './exam/first-ray-position.js';
export { readClinicalExam, type ClinicalExam, type FootExam } from './exam/clinical-exam.js';
export type {
  Mcid,
  MissingItemRule,
  QuestionnaireDefinition,
  QuestionnaireId,
  QuestionnaireItem,
  QuestionnaireLicence,
  ScaleDefinition,
  ScaleMethod,
} from './exam/questionnaires/questionnaire-definition.js';
export { ODI_BANDS, type OdiBandId } from './exam/questionnaires/odi.js';
export { QUESTIONNAIRES, findQuestionnaire, questionnairesForRegion } from './exam/questionnaires/questionnaires.js';
export {
  scoreQuestionnaire,
  type QuestionnaireAnswers,
  type QuestionnaireScore,
  type ScaleScore,
} from './exam/questionnaires/score-questionnaire.js';
export {
  compareQuestionnaireScores,
  type QuestionnaireChange,
  type ScaleChange,
} from './exam/questionnaires/questionnaire-change.js';
export {
  parseQuestionnaireResponses,
  readQuestionnaireResponses,
  type QuestionnaireResponses,
} from './exam/questionnaires/questionnaire-responses.js';
export {
  buildQuestionnaireReport,
  type QuestionnaireReport,
  type ReportBand,
  type ReportMcid,
  type ReportSource,
  type ReportSubscale,
} from './exam/questionnaires/questionnaire-report.js';
export {
  readQuestionnaireWording,
  type ItemWording,
  type QuestionnaireWording,
} from './exam/questionnaires/questionnaire-wording.js';
export {
  RED_FLAG_CATEGORIES,
  RED_FLAG_OUTCOMES,
  RED_FLAG_QUESTIONS,
  type RedFlagCategory,
  type RedFlagCategoryDefinition,
  type RedFlagOutcome,
  type RedFlagQuestion,
} from './exam/red-flags/red-flag-questions.js';
export {
  readRedFlagAnswers,
  screenRedFlags,
  type RedFlagAnswers,
  type RedFlagContext,
  type RedFlagFinding,
  type RedFlagScreenResult,
} from './exam/red-flags/red-flag-screen.js';
export { checkOrthoticOnlyPlanAllowed, type MedicalClearance } from './exam/red-flags/orthotic-plan-gate.js';
export { validated, type Validated } from './intake/validated.js';
export { BODY_SIDES, type BodySide } from './intake/body-side.js';
export { FOOT_AND_ANKLE_REGIONS, PAIN_REGIONS, type PainRegion } from './intake/pain-region.js';
export { ageInYears, isCalendarDate } from './intake/calendar-date.js';
export {
  readPatientProfile,
  readShoeSize,
  type ActivityLevel,
  type PatientProfile,
  type ShoeSize,
  type ShoeSizeSystem,
  type ShoeWidth,
} from './intake/patient-profile.js';
export {
  PAIN_SIDES,
  readPainMap,
  sidesForRegion,
  type PainMap,
  type PainMapEntry,
  type PainSide,
} from './intake/pain-map.js';
export { readChiefComplaint, type ChiefComplaint, type ComplaintOnset } from './intake/chief-complaint.js';
export { HIGH_HEEL_CAST_MODIFICATION_MM, readFootwear, type Footwear, type FootwearType } from './intake/footwear.js';
export { readIntakeConsent, type ConsentGiver, type IntakeConsent } from './intake/intake-consent.js';
export { readIntake, type Intake } from './intake/intake-record.js';
export { SOURCED_KINDS, auditSources, type SourceAudit } from './evidence/audit-sources.js';
export { type Mesh, triangleCount, vertexCount } from './mesh/mesh.js';
export type { FootAlignment, ScanSurface } from './scan/align-foot.js';
export { applyRigid, type RigidTransform, type Side } from './scan/foot-frame.js';
export {
  footOutline,
  outlineArea,
  plantarHeightMap,
  type Outline,
  type PlantarHeightMap,
} from './scan/foot-outline.js';
export { measureFoot, meshResolution, type FootMeasurements, type Measurement } from './scan/measure-foot.js';
export type { ScanErrorCode } from './scan/scan-error.js';
export { scanFoot, type FootScan } from './scan/scan-foot.js';
export { chooseUnit, toMillimetres, type LengthUnit } from './scan/scan-units.js';
export {
  createSyntheticFoot,
  DEFAULT_SYNTHETIC_FOOT,
  type SyntheticFootParameters,
  type SyntheticFootTruth,
} from './scan/synthetic-foot.js';
export {
  readMesh,
  type MeshEncoding,
  type MeshFormat,
  type MeshRead,
  type MeshReadResult,
  type ReadMeshOptions,
} from './mesh/read-mesh.js';
export type { MeshReadError, MeshReadErrorCode } from './mesh/mesh-read-error.js';
export type { MeshReadStats } from './mesh/assemble-mesh.js';
export { writeAsciiStl, writeBinaryStl } from './mesh/write-stl.js';
export { writeObj } from './mesh/write-obj.js';
export { writePly, type WritePlyOptions } from './mesh/write-ply.js';
export { analyseMesh, type MeshAnalysis, type MeshBounds } from './mesh/analyse-mesh.js';
export { meshComponents, selectTriangles, splitMeshComponents, type MeshComponents } from './mesh/mesh-components.js';
export { flipWinding, mirrorMesh, scaleMesh, transformMesh, type Axis } from './mesh/transform-mesh.js';
export { createBoxMesh, createIcosphereMesh, createTetrahedronMesh } from './mesh/mesh-builders.js';
export type { MotionReadError, MotionReadErrorCode } from './motion/motion-read-error.js';
export { readTrc, writeTrc, type MarkerTrajectories, type TrcReadResult } from './motion/read-trc.js';
export { readMot, writeMot, type MotionTable, type MotReadResult } from './motion/read-mot.js';
export {
  paramNumber,
  paramNumbers,
  paramStrings,
  type C3dParameters,
  type C3dParameterValue,
} from './motion/c3d-parameters.js';
export { readC3d, type C3dFile, type C3dProcessor, type C3dReadError, type C3dReadResult } from './motion/read-c3d.js';
export { forcePlatforms, type ForcePlatformSignal } from './motion/force-platforms.js';
export { eventsFromForce, eventsFromMarkers, type GaitEvent, type GaitSide } from './motion/gait-events.js';
export { findFootMarkers, markerGaitEvents, type FootMarkerNames } from './motion/marker-events.js';
export { spatiotemporal, type Spatiotemporal } from './motion/spatiotemporal.js';
export { readPressure, detectPressureFormat } from './pressure/read-pressure.js';
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
} from './pressure/pressure-recording.js';
export type { PressureReadError, PressureReadErrorCode } from './pressure/pressure-read-error.js';
export { readGridCsv } from './pressure/read-grid-csv.js';
export { readPedarAscii, PEDAR_SENSOR_COUNT } from './pressure/read-pedar-ascii.js';
export { readGaitpdbText, GAITPDB_SENSOR_COUNT, GAITPDB_HZ } from './pressure/read-gaitpdb-text.js';
export { segmentSteps, type SegmentStepsOptions, type StepInterval } from './pressure/segment-steps.js';
export {
  analyzeInsole,
  type InsoleAnalysis,
  type InsoleFootAnalysis,
  type InsoleStep,
  type RegionLoad,
} from './pressure/analyze-insole.js';
export {
  FOOT_REGION_NAMES,
  REGION_BOUNDARIES,
  regionAt,
  sensorRegions,
  type FootRegionName,
} from './pressure/foot-regions.js';
export { meshBounds } from './mesh/mesh-bounds.js';
export type {
  ArchFill,
  DeviceLength,
  DeviceWidth,
  MetatarsalPad,
  Prescription,
  RxAddition,
  RxField,
  RxFootwear,
  RxProvenance,
  ShellMaterial,
  SidePrescription,
  TopCover,
  TopCoverMaterial,
} from './prescription/prescription.js';
// pressure (issue 4)
export {
  analyzePlate,
  type AnalyzePlateOptions,
  type PlateAnalysis,
  type PlateFootAnalysis,
  type PlateStep,
} from './pressure/analyze-plate.js';
export { findPlateContacts, type PlateContact, type PlateContactOptions } from './pressure/plate-contacts.js';
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
} from './pressure/footprint-geometry.js';
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
} from './pressure/foot-type-bands.js';
export { seededRandom, syntheticPeakPressureKpa, type SyntheticArchType } from './pressure/synthetic-foot-pressure.js';
export {
  createSyntheticPlatePrint,
  createSyntheticPlateWalk,
  writeGridCsv,
  type SyntheticPlateParameters,
  type SyntheticStepTruth,
  type SyntheticWalkParameters,
} from './pressure/synthetic-plate.js';
export {
  analyzePressure,
  pressureReport,
  type PressureAnalysis,
  type PressureFootReport,
  type PressureRegionReport,
  type PressureReport,
  type PressureStepReport,
} from './pressure/pressure-report.js';
export { heatColour, pressureHeatmapSvg, type HeatmapOptions } from './pressure/pressure-heatmap-svg.js';
export { createSyntheticInsoleWalk, type SyntheticInsoleParameters } from './pressure/synthetic-insole.js';
// chain, assessment, prescription (issue 7)
export {
  CHAIN_JOINTS,
  CHAIN_SEGMENTS,
  openSimName,
  type ChainJoint,
  type ChainJointDefinition,
  type ChainSegment,
  type ChainSegmentDefinition,
} from './chain/chain-anatomy.js';
export { CHAIN_LINKS, type ChainLink, type ChainLinkStatus, type ChainQuantity } from './chain/chain-link.js';
export {
  CHAIN_CAVEAT,
  estimateChain,
  type ChainAssessment,
  type ChainEstimate,
  type ChainInput,
  type SideChain,
} from './chain/estimate-chain.js';
export { whatIfDevice, type DeviceWhatIf, type ProposedDevice } from './chain/what-if-device.js';
export { FIGURE_TEXT, wrapFigureText } from './chain/chain-figure-layout.js';
export {
  FIGURE_BASIS_COLOUR,
  FIGURE_PART_FILL,
  arrowHeadPoints,
  chainBodyFigureSvg,
} from './chain/chain-body-figure-svg.js';
export {
  chainBodyFigure,
  drawnPelvisTiltDeg,
  type ChainBodyFigure,
  type ChainFigureInput,
  type FigureArrow,
  type FigureCallout,
  type FigureJointId,
  type FigurePart,
  type FigurePoint,
  type FigureShape,
} from './chain/chain-body-figure.js';
export {
  evidenceWords,
  plainMeasurement,
  type PlainFootTypeCall,
  type PlainMeasurement,
} from './assessment/measurement-plain-words.js';
export {
  chainEstimateWords,
  estimateUncertaintyWords,
  whatIfChangeWords,
  type ChainFigureEstimate,
  type FigureBasis,
} from './chain/chain-figure-words.js';
export {
  DIAGNOSES,
  parseCase,
  readCase,
  type Case,
  type CaseCaptures,
  type CaseFileRef,
  type ClinicianChoices,
  type Diagnosis,
} from './assessment/case-file.js';
export {
  loadCaseCaptures,
  type CaseFileContent,
  type LoadedCaptures,
  type MotionCapture,
  type PressureCapture,
  type ScanCapture,
} from './assessment/case-captures.js';
export {
  FOOT_TYPE_AGREEMENT_CLAIM,
  classifyFootType,
  type FootTypeAgreement,
  type FootTypeCall,
  type FootTypeMeasure,
  type PostureLabel,
  type SideFootType,
} from './assessment/foot-type.js';
export { assess, type Assessment, type AssessmentMeasurement, type AssessmentProblem } from './assessment/assess.js';
export { assessReport, citation, type AssessReport, type CitationJson } from './assessment/assess-report.js';
export { RX_FIELD_SPECS, type RxFieldName, type RxFieldSpec } from './prescription/rx-field-specs.js';
export {
  holds,
  type FactName,
  type PrescriptionRule,
  type RuleAction,
  type RuleComputation,
  type RuleCondition,
  type RuleFacts,
} from './prescription/prescription-rule.js';
export {
  FOREFOOT_VALGUS_POST_LIMIT_DEG,
  FOREFOOT_VARUS_POST_LIMIT_DEG,
  HEEL_LIFT_IN_SHOE_LIMIT_MM,
  HEEL_LIFT_START_FRACTION,
  HEEL_LIFTS_ALONE_LIMIT_MM,
  MEDIAL_SKIVE_STANDARD_MM,
  TYPICAL_CONTROL_SHELL_MM,
} from './prescription/prescription-constants.js';
export { PRESCRIPTION_RULES } from './prescription/prescription-rules.js';
export { ruleFacts } from './prescription/rule-facts.js';
export {
  prescribe,
  type PendingValue,
  type PrescribeResult,
  type RuleConflict,
  type RuleTrace,
} from './prescription/prescribe.js';
export { readPrescription } from './prescription/read-prescription.js';
export { applyOverride, type RxOverride } from './prescription/apply-override.js';
export { footprintArchIndex, type FootprintArchIndex } from './pressure/footprint-arch-index.js';
// insole design (issue 8)
export { crc32, readStoredZip, writeStoredZip, type ZipEntry } from './mesh/write-stored-zip.js';
export { GROUNDUP_3MF_NS, write3mf, type ThreeMfObject } from './mesh/write-3mf.js';
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
} from './insole/insole-parameters.js';
export {
  INSOLE_PARAMETER_RANGES,
  heelSeatHeightMm,
  validateInsoleParameters,
  type ParameterRange,
} from './insole/validate-insole-parameters.js';
export { SHELL_MATERIALS, TOP_COVER_DENSITY_G_PER_CM3, type ShellMaterialData } from './insole/insole-materials.js';
export { ballWidthRatio, shoeSizeLengths, type ShoeLengths } from './insole/shoe-size.js';
export { defaultInsoleParameters } from './insole/default-insole-parameters.js';
export { buildInsole, heightFieldSolid, type BuiltInsole, type InsoleBody } from './insole/build-insole.js';
export { ARCH_FILL, INSOLE_ZONES, SCAN_CONTOUR_CAP_MM } from './insole/insole-field.js';
export { parametricFootOutline, type StationOutline } from './insole/insole-outline.js';
export {
  checkFitsShoe,
  checkInsole,
  type InsoleBodyReport,
  type InsoleCheck,
  type InsoleReport,
} from './insole/check-insole.js';
export { loadGeometryKernel, type GeometryKernel, type KernelVerdict } from './insole/geometry-kernel.js';
export {
  designScanFromAlignment,
  METATARSAL_PAD_SIZE_MM,
  parametersFromPrescription,
  SCAN_OUTLINE_INSET_MM,
  type DesignScan,
} from './insole/parameters-from-prescription.js';
export { sha256Hex } from './insole/sha256.js';
export {
  canonicalJson,
  createDesignRecord,
  diffInsoleParameters,
  type DesignOverride,
  type DesignRecord,
  type DesignSideRecord,
  type ParameterChange,
} from './insole/design-record.js';
export {
  designInsoles,
  designTo3mf,
  designToMeshFiles,
  type DesignOutcome,
  type InsoleDesign,
} from './insole/design-insoles.js';
// motion: joint angles (issue 5)
export { fitRigid, fitRigidInto, type RigidFit } from './motion/rigid-fit.js';
export { GAIT2354_MARKER_SET, type LegMarkerNames, type LowerLimbMarkerSet } from './motion/lower-limb-marker-set.js';
export { HIP_JOINT_CENTRE_SOURCES, hipJointCentreHarrington } from './motion/hip-joint-centre.js';
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
} from './motion/lower-limb-model.js';
export {
  JOINT_ANGLE_NAMES,
  cardanZxy,
  jointAngles,
  type JointAngleCurves,
  type JointAngleName,
} from './motion/joint-angles.js';
export { spatialParameters, type SpatialParameters } from './motion/spatial-parameters.js';
export { writeC3d, type C3dWriteInput } from './motion/write-c3d.js';
export { c3dMarkerTrajectories } from './motion/c3d-markers.js';
export { syntheticStandingMarkers } from './motion/synthetic-markers.js';
export { c3dEvents, type C3dOtherEvent } from './motion/c3d-events.js';
export { forcePlateEvents, type ForcePlateContact } from './motion/plate-events.js';
export {
  selectGaitEvents,
  type GaitEventInputs,
  type GaitEventSelection,
  type GaitEventSource,
} from './motion/select-gait-events.js';
export { fillMarkerGaps, type MarkerGap } from './motion/fill-marker-gaps.js';
export { stanceSummary, type StanceStatistic, type StanceSummary } from './motion/stance-summary.js';

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
export * from './mesh/index.js';
export * from './scan/index.js';
export * from './motion/index.js';
export * from './pressure/index.js';
export * from './prescription/index.js';
// pressure (issue 4)
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
// insole design (issue 8)
export * from './insole/index.js';
// motion: joint angles (issue 5)

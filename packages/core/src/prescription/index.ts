/**
 * `@groundup/core/prescription`: The prescription (rx.json): its reader and the rule engine that fills it from an assessment.
 * The one list of this folder's public names (the root barrel re-exports it whole); a command or page that needs only this
 * area loads only its modules (the root barrel loads all of core).
 *
 * @packageDocumentation
 */
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
} from './prescription.js';
export { RX_FIELD_SPECS, type RxFieldName, type RxFieldSpec } from './rx-field-specs.js';
export {
  holds,
  type FactName,
  type PrescriptionRule,
  type RuleAction,
  type RuleComputation,
  type RuleCondition,
  type RuleFacts,
} from './prescription-rule.js';
export {
  FOREFOOT_VALGUS_POST_LIMIT_DEG,
  FOREFOOT_VARUS_POST_LIMIT_DEG,
  HEEL_LIFT_IN_SHOE_LIMIT_MM,
  HEEL_LIFT_START_FRACTION,
  HEEL_LIFTS_ALONE_LIMIT_MM,
  MEDIAL_SKIVE_STANDARD_MM,
  TYPICAL_CONTROL_SHELL_MM,
} from './prescription-constants.js';
export { PRESCRIPTION_RULES } from './prescription-rules.js';
export { ruleFacts } from './rule-facts.js';
export { prescribe, type PendingValue, type PrescribeResult, type RuleConflict, type RuleTrace } from './prescribe.js';
export { readPrescription } from './read-prescription.js';
export { applyOverride, type RxOverride } from './apply-override.js';

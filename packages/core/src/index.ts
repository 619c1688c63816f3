export { GROUNDUP_VERSION } from './version.js';
export { hasErrors, type Issue } from './issue.js';
export { normalisePatientInput, validatePatientInput, type PatientInput, type Sex } from './intake/patient-input.js';
export { detectCaptureFormat, type CaptureFormat, type CaptureFormatReport } from './capture/detect-capture-format.js';

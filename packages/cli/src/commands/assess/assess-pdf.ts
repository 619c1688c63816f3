// Loaded only for --pdf / --report (assess-command imports this module lazily, so pdfkit loads only when needed).
export { writeLabForm, type ReportProvider } from './lab-form-pdf.js';
export { writePatientReport } from './patient-report-pdf.js';

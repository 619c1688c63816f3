import type { EvidenceStatement, EvidenceTopic } from './evidence-statement.js';
import { FOOT_EVIDENCE_STATEMENTS } from './evidence-statements-foot.js';
import { PAIN_EVIDENCE_STATEMENTS } from './evidence-statements-pain.js';

/**
 * Every evidence statement, for patient reports and the clinician's assessment view.
 *
 * @see ../../../../../shared/reference/biomech-reference.md §2.4 and §4
 */
export const EVIDENCE_STATEMENTS: readonly EvidenceStatement[] = [
  ...PAIN_EVIDENCE_STATEMENTS,
  ...FOOT_EVIDENCE_STATEMENTS,
];

/**
 * The evidence statements for one complaint or foot type.
 *
 * @param topic - the complaint, e.g. `low-back-pain`
 * @returns its statements (at least one for every topic)
 */
export function evidenceStatementsFor(topic: EvidenceTopic): readonly EvidenceStatement[] {
  return EVIDENCE_STATEMENTS.filter((statement) => statement.topic === topic);
}

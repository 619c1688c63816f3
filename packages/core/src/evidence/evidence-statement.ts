import type { EvidenceLevel } from './evidence-level.js';
import type { SourceRef } from './source-ref.js';

/** The complaints and foot types groundup has an evidence statement for. */
export type EvidenceTopic =
  | 'low-back-pain'
  | 'knee-pain'
  | 'hip-pain'
  | 'plantar-heel-pain'
  | 'patellofemoral-pain'
  | 'leg-length-difference'
  | 'flat-foot'
  | 'high-arch';

/** Every evidence topic, in display order. */
export const EVIDENCE_TOPICS: readonly EvidenceTopic[] = [
  'low-back-pain',
  'knee-pain',
  'hip-pain',
  'plantar-heel-pain',
  'patellofemoral-pain',
  'leg-length-difference',
  'flat-foot',
  'high-arch',
];

/**
 * What the evidence says, in one word, for the intervention in a statement.
 *
 * - `not-supported`: trials or guidelines find no worthwhile effect, or advise against it.
 * - `insufficient`: too little or too weak evidence to say.
 * - `small-short-term-benefit`: a small effect over weeks that does not last or is below the MCID.
 * - `limited-benefit`: a benefit in one small trial; not yet replicated.
 */
export type EvidenceConclusion = 'not-supported' | 'insufficient' | 'small-short-term-benefit' | 'limited-benefit';

/** A published effect size with its confidence interval, exactly as the source reports it. */
export interface EffectEstimate {
  readonly kind: 'EffectEstimate';
  /** What was measured, e.g. `pain at 7–12 weeks`. */
  readonly outcome: string;
  /** What was compared, e.g. `foot orthoses vs sham`. */
  readonly comparison: string;
  /** `SMD` standardised mean difference, `RR` risk ratio, `MD` mean difference. */
  readonly measure: 'SMD' | 'RR' | 'MD';
  readonly value: number;
  /** 95 % confidence interval, or null when the source gives none. */
  readonly ci95: readonly [number, number] | null;
  /** Unit of an MD, e.g. `points on a 0–10 pain scale`; null for SMD and RR. */
  readonly unit: string | null;
  /** Whether the source reports it as statistically significant. */
  readonly significant: boolean;
  readonly source: SourceRef;
}

/** What trials and guidelines say about one intervention for one complaint, for patients and clinicians. */
export interface EvidenceStatement {
  readonly kind: 'EvidenceStatement';
  readonly id: string;
  readonly topic: EvidenceTopic;
  /** The intervention the statement is about, e.g. `foot orthoses`, `lateral wedge insoles`. */
  readonly intervention: string;
  readonly conclusion: EvidenceConclusion;
  /** The strongest study design among `sources` (the evidence that tested the intervention). */
  readonly level: EvidenceLevel;
  /** Plain language for the patient's report: no jargon, no numbers without words. */
  readonly patientText: string;
  /** Short form for a clinician, with the key numbers. */
  readonly clinicianText: string;
  readonly effects: readonly EffectEstimate[];
  /** The trials, reviews and guidelines on the intervention itself. */
  readonly sources: readonly [SourceRef, ...SourceRef[]];
  /** Sources for the background facts in the texts (prevalence, norms, measurement); not evidence of effect. */
  readonly background: readonly SourceRef[];
}

/**
 * Makes an effect estimate.
 *
 * @param fields - the estimate as the source reports it
 * @returns the tagged estimate
 */
export function effectEstimate(fields: Omit<EffectEstimate, 'kind' | 'unit'> & { unit?: string }): EffectEstimate {
  return { kind: 'EffectEstimate', ...fields, unit: fields.unit ?? null };
}

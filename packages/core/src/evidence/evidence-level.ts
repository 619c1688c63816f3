/**
 * How strong a kind of evidence is, from a clinical guideline down to lab convention.
 *
 * The order is the usual hierarchy of study designs; it is a label of design, not a quality grade
 * (groundup does not invent GRADE ratings the sources did not give).
 */
export type EvidenceLevel =
  | 'guideline'
  | 'systematic-review'
  | 'randomised-trial'
  | 'pilot-randomised-trial'
  | 'observational'
  | 'narrative-review'
  | 'laboratory'
  | 'measurement-study'
  | 'secondary-summary'
  | 'practice-convention';

/** Every evidence level, strongest design first. */
export const EVIDENCE_LEVELS: readonly EvidenceLevel[] = [
  'guideline',
  'systematic-review',
  'randomised-trial',
  'pilot-randomised-trial',
  'observational',
  'narrative-review',
  'laboratory',
  'measurement-study',
  'secondary-summary',
  'practice-convention',
];

/**
 * A plain-language name for an evidence level.
 *
 * @param level - the level
 * @returns a short label for the UI, e.g. `randomised controlled trial`
 */
export function evidenceLevelLabel(level: EvidenceLevel): string {
  switch (level) {
    case 'guideline':
      return 'clinical guideline';
    case 'systematic-review':
      return 'systematic review or meta-analysis';
    case 'randomised-trial':
      return 'randomised controlled trial';
    case 'pilot-randomised-trial':
      return 'pilot randomised trial';
    case 'observational':
      return 'observational or uncontrolled study';
    case 'narrative-review':
      return 'narrative review';
    case 'laboratory':
      return 'laboratory study (healthy volunteers or specimens)';
    case 'measurement-study':
      return 'measurement study (development, reliability, validity, norms or MCID)';
    case 'secondary-summary':
      return 'secondary summary (website, CPD summary, blog)';
    case 'practice-convention':
      return 'lab or practitioner convention';
  }
}

/**
 * Rank of a level, 0 for the strongest design.
 *
 * @param level - the level
 * @returns its index in {@link EVIDENCE_LEVELS}
 */
export function evidenceLevelRank(level: EvidenceLevel): number {
  return EVIDENCE_LEVELS.indexOf(level);
}

/**
 * Where a figure was checked, after the reference file's tags.
 *
 * - `primary` [V]: seen in a primary abstract, publisher or PubMed page, or the paper itself.
 * - `secondary` [V2]: seen only in a secondary source (lab or clinician website, wiki, CPD summary, blog).
 * - `unverified` [U]: general knowledge, not verified; check before clinical use.
 */
export type Verification = 'primary' | 'secondary' | 'unverified';

/**
 * The reference file's short tag for a verification state.
 *
 * @param verification - the state
 * @returns `[V]`, `[V2]` or `[U]`
 */
export function verificationTag(verification: Verification): '[V]' | '[V2]' | '[U]' {
  switch (verification) {
    case 'primary':
      return '[V]';
    case 'secondary':
      return '[V2]';
    case 'unverified':
      return '[U]';
  }
}

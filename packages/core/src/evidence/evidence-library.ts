import { toEvidenceSource, type EvidenceSource, type EvidenceSourceData } from './evidence-source.js';
import { FOOT_POSTURE_SOURCES } from './sources-foot-posture.js';
import { KINETIC_CHAIN_SOURCES } from './sources-kinetic-chain.js';
import { MOTION_ANALYSIS_SOURCES } from './sources-motion-analysis.js';
import { ORTHOSIS_TRIAL_SOURCES } from './sources-orthosis-trials.js';
import { OUTCOME_MEASURE_SOURCES } from './sources-outcome-measures.js';
import { PRACTICE_CONVENTION_SOURCES } from './sources-practice-conventions.js';

const ALL = {
  ...FOOT_POSTURE_SOURCES,
  ...KINETIC_CHAIN_SOURCES,
  ...PRACTICE_CONVENTION_SOURCES,
  ...ORTHOSIS_TRIAL_SOURCES,
  ...OUTCOME_MEASURE_SOURCES,
  ...MOTION_ANALYSIS_SOURCES,
};

/** The id of a citation in the evidence library, e.g. `redmond-2008`. Checked at compile time. */
export type EvidenceId = keyof typeof ALL;

/**
 * Every citation groundup relies on, in library order (foot posture, kinetic chain, prescription
 * conventions, orthosis trials, outcome measures and red flags, motion-capture methods).
 *
 * @see ../../../../../shared/reference/biomech-reference.md
 */
export const EVIDENCE_SOURCES: readonly EvidenceSource<EvidenceId>[] = (
  Object.entries(ALL) as [EvidenceId, EvidenceSourceData][]
).map(([id, data]) => toEvidenceSource(id, data));

const BY_ID: ReadonlyMap<string, EvidenceSource<EvidenceId>> = new Map(
  EVIDENCE_SOURCES.map((source) => [source.id, source]),
);

/**
 * Whether a string names a citation in the library (for ids that arrive as data, e.g. from JSON).
 *
 * @param id - the candidate id
 * @returns true when the library has it
 */
export function isEvidenceId(id: string): id is EvidenceId {
  return BY_ID.has(id);
}

/**
 * Looks up a citation.
 *
 * @param id - the library id
 * @returns the entry, or undefined for an unknown id
 */
export function findEvidenceSource(id: string): EvidenceSource<EvidenceId> | undefined {
  return BY_ID.get(id);
}

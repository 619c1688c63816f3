import { findEvidenceSource } from '../../evidence/evidence-library.js';
import { formatCitation, shortCitation } from '../../evidence/evidence-source.js';
import type { Verification } from '../../evidence/evidence-level.js';
import type { SourceRef } from '../../evidence/source-ref.js';
import type { BandSet } from '../band-set.js';
import { compareQuestionnaireScores, type ScaleChange } from './questionnaire-change.js';
import type { Mcid, QuestionnaireDefinition } from './questionnaire-definition.js';
import type { QuestionnaireScore, ScaleScore } from './score-questionnaire.js';

/** A source as shown in a report. */
export interface ReportSource {
  readonly id: string;
  /** Short in-text form, e.g. `Ostelo et al. 2008`. */
  readonly short: string;
  readonly citation: string;
  readonly verification: Verification;
  readonly detail: string | null;
}

/** An MCID as shown in a report. */
export interface ReportMcid {
  readonly points: number;
  readonly percent: number | null;
  readonly verification: Verification;
  readonly note: string | null;
  readonly sources: readonly ReportSource[];
}

/** A band as shown in a report. */
export interface ReportBand {
  readonly id: string;
  readonly label: string;
  readonly sources: readonly ReportSource[];
}

/** The change fields a report adds with a baseline. */
export interface ReportChange {
  readonly baseline: number | null;
  readonly change: number | null;
  readonly changePct: number | null;
  readonly direction: ScaleChange['direction'];
  readonly mcid: ReportMcid | null;
  readonly clinicallyImportant: boolean | null;
}

/** One subscale in a report. */
export interface ReportSubscale extends Partial<ReportChange> {
  readonly id: string;
  readonly name: string;
  readonly scorable: boolean;
  readonly score: number | null;
  readonly range: readonly [number, number];
  readonly higherIsWorse: boolean;
  readonly missingItems: readonly string[];
  readonly notScorableReason: string | null;
}

/** A scored questionnaire as one JSON-ready document (the CLI's `--json`, the API, the web). */
export interface QuestionnaireReport extends Partial<ReportChange> {
  readonly instrument: string;
  readonly name: string;
  readonly version: string;
  readonly scorable: boolean;
  /** The total; null when not scorable or for an instrument with no total (see `subscales`). */
  readonly score: number | null;
  readonly unit: 'points' | 'percent';
  readonly range: readonly [number, number];
  readonly higherIsWorse: boolean;
  readonly band: ReportBand | null;
  readonly answeredItems: number;
  readonly totalItems: number;
  readonly missingItems: readonly string[];
  readonly notScorableReason: string | null;
  readonly subscales?: readonly ReportSubscale[];
  readonly baselineScorable?: boolean;
  readonly sources: readonly ReportSource[];
}

/**
 * Builds the report of a scored questionnaire, with the change from a baseline when one is given.
 *
 * @param definition - the instrument
 * @param score - the follow-up (or only) score
 * @param baseline - an earlier score of the same instrument, or undefined
 * @returns a plain JSON-ready object
 */
export function buildQuestionnaireReport(
  definition: QuestionnaireDefinition,
  score: QuestionnaireScore,
  baseline?: QuestionnaireScore,
): QuestionnaireReport {
  const change = baseline === undefined ? undefined : compareQuestionnaireScores(definition, baseline, score);
  const head = score.total ?? score.subscales[0];
  const subscales = score.subscales.map((sub, index) => ({
    id: sub.id,
    name: sub.name,
    scorable: sub.scorable,
    score: sub.score,
    range: sub.range,
    higherIsWorse: sub.higherIsWorse,
    missingItems: sub.missingItems,
    notScorableReason: sub.notScorableReason,
    ...(change === undefined ? {} : changeFields(change.subscales[index])),
  }));
  return {
    instrument: definition.id,
    name: definition.name,
    version: definition.version,
    scorable: score.scorable,
    score: score.score,
    unit: head?.unit ?? 'points',
    range: head?.range ?? [0, 0],
    higherIsWorse: head?.higherIsWorse ?? true,
    band: reportBand(score.total, definition.total?.bands ?? null),
    answeredItems: definition.items.length - score.missingItems.length,
    totalItems: definition.items.length,
    missingItems: score.missingItems,
    notScorableReason: notScorable(score, definition),
    ...(definition.subscales.length > 0 ? { subscales } : {}),
    ...(baseline === undefined
      ? {}
      : { baselineScorable: baseline.scorable, ...changeFields(change?.total ?? undefined) }),
    sources: definition.sources.map(reportSource),
  };
}

function notScorable(score: QuestionnaireScore, definition: QuestionnaireDefinition): string | null {
  if (score.total !== null) return score.total.notScorableReason;
  if (score.scorable) return null;
  return `No ${definition.shortName} subscale could be scored.`;
}

function changeFields(change: ScaleChange | undefined): ReportChange {
  return {
    baseline: change?.baseline ?? null,
    change: change?.change ?? null,
    changePct: change?.changePct ?? null,
    direction: change?.direction ?? null,
    mcid: change?.mcid === undefined || change.mcid === null ? null : reportMcid(change.mcid),
    clinicallyImportant: change?.clinicallyImportant ?? null,
  };
}

function reportBand(total: ScaleScore | null, bands: BandSet | null): ReportBand | null {
  if (total === null || total.band === null || bands === null) return null;
  return { id: total.band.id, label: total.band.label, sources: bands.sources.map(reportSource) };
}

function reportMcid(mcid: Mcid): ReportMcid {
  return {
    points: mcid.points,
    percent: mcid.percent,
    verification: mcid.verification,
    note: mcid.note,
    sources: mcid.sources.map(reportSource),
  };
}

/**
 * A source reference as shown in a report: id, one-line citation, verification and detail.
 *
 * @param ref - the reference
 * @returns the report form
 */
export function reportSource(ref: SourceRef): ReportSource {
  const source = findEvidenceSource(ref.source);
  return {
    id: ref.source,
    short: source === undefined ? ref.source : shortCitation(source),
    citation: source === undefined ? ref.source : formatCitation(source),
    verification: ref.verification,
    detail: ref.detail,
  };
}

import type { Verification } from '../../evidence/evidence-level.js';
import type { SourceRef } from '../../evidence/source-ref.js';
import type { SourcedClaim } from '../../evidence/sourced-claim.js';
import type { PainRegion } from '../../intake/pain-region.js';
import type { BandSet } from '../band-set.js';

/** The instruments groundup scores. */
export type QuestionnaireId = 'nrs' | 'odi' | 'rmdq' | 'ffi' | 'faam-adl' | 'faam-sports' | 'lefs' | 'koos' | 'hoos';

/** One item (question or section) of an instrument. */
export interface QuestionnaireItem {
  readonly kind: 'QuestionnaireItem';
  /** Stable id used in response files, e.g. `walking` (ODI) or `p3` (KOOS Pain 3). */
  readonly id: string;
  /** Section name or structural label ("ADL item 4"); never licensed item wording. */
  readonly label: string;
  /** Full item wording, only for free instruments whose wording groundup ships; else null (load a wording pack). */
  readonly text: string | null;
  readonly min: number;
  readonly max: number;
  /** Whether answers must be whole numbers (false for a visual analogue scale). */
  readonly integer: boolean;
  /** The subscale the item belongs to, or null. */
  readonly subscale: string | null;
  /** Whether a higher answer means more pain or difficulty. */
  readonly higherIsWorse: boolean;
}

/**
 * How a (sub)scale is computed from its answered items.
 *
 * - `sum`: the sum of the answers.
 * - `percent-of-answered-maximum`: 100 × Σ(answer − min) ÷ Σ(max − min) over the answered items.
 * - `reversed-percent-of-answered-maximum`: 100 minus the above (KOOS/HOOS: 100 = no problems).
 */
export type ScaleMethod = 'sum' | 'percent-of-answered-maximum' | 'reversed-percent-of-answered-maximum';

/**
 * When a (sub)scale with unanswered items can still be scored.
 *
 * - `minimum-answered`: the published rule, e.g. FAAM ADL needs 19 of 21 items.
 * - `no-missing-allowed`: the reference gives no published rule, so groundup does not impute; `reason` says so.
 */
export type MissingItemRule =
  | {
      readonly kind: 'minimum-answered';
      readonly minAnswered: number;
      readonly sources: readonly [SourceRef, ...SourceRef[]];
      readonly note: string | null;
    }
  | { readonly kind: 'no-missing-allowed'; readonly reason: string };

/** The minimal clinically important difference of a (sub)scale. */
export interface Mcid {
  readonly kind: 'Mcid';
  /** Change in score points that counts as clinically important. */
  readonly points: number;
  /** Alternatively, change as a percent of baseline (the 30 % rule of the back scales); null if none. */
  readonly percent: number | null;
  /** The weakest verification of its sources ([U] figures are carried as such). */
  readonly verification: Verification;
  readonly sources: readonly [SourceRef, ...SourceRef[]];
  readonly note: string | null;
}

/** A scored scale: the instrument's total, or one of its subscales. */
export interface ScaleDefinition {
  readonly kind: 'ScaleDefinition';
  /** `total`, or the subscale id (e.g. `pain`). */
  readonly id: string;
  readonly name: string;
  readonly itemIds: readonly string[];
  readonly method: ScaleMethod;
  readonly missingRule: MissingItemRule;
  readonly range: readonly [number, number];
  readonly unit: 'points' | 'percent';
  readonly higherIsWorse: boolean;
  readonly bands: BandSet | null;
  readonly mcid: Mcid | null;
}

/** Whether the item wording may be shipped. */
export type QuestionnaireLicence =
  { readonly kind: 'licensed'; readonly note: string } | { readonly kind: 'free-to-use'; readonly note: string };

/** An instrument as data: items, scales, scoring rules, MCID, licence and sources. */
export interface QuestionnaireDefinition {
  readonly kind: 'QuestionnaireDefinition';
  readonly id: QuestionnaireId;
  readonly name: string;
  readonly shortName: string;
  readonly version: string;
  /** The pain-map regions the instrument is meant for. */
  readonly regions: readonly PainRegion[];
  readonly licence: QuestionnaireLicence;
  readonly items: readonly QuestionnaireItem[];
  /** The total score, or null for a profile instrument with no total (KOOS, HOOS). */
  readonly total: ScaleDefinition | null;
  readonly subscales: readonly ScaleDefinition[];
  /** What to show beside a score: MDC, norms, resolution. */
  readonly claims: readonly SourcedClaim[];
  readonly sources: readonly [SourceRef, ...SourceRef[]];
}

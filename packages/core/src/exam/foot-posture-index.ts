import { cite } from '../evidence/source-ref.js';
import { claim, type SourcedClaim } from '../evidence/sourced-claim.js';
import type { Issue } from '../issue.js';
import { errorAt, isRecord, joinPath, readNumber } from '../intake/field-checks.js';
import { validated, type Validated } from '../intake/validated.js';
import { band, findBand, type Band, type BandSet } from './band-set.js';

/** The six FPI-6 items, in the manual's order. */
export type Fpi6ItemId =
  | 'talarHeadPalpation'
  | 'malleolarCurvature'
  | 'calcanealFrontalPlanePosition'
  | 'talonavicularProminence'
  | 'medialArchHeightCongruence'
  | 'forefootAbductionAdduction';

/** An FPI-6 item: its number in the manual and its name. */
export interface Fpi6Item {
  readonly id: Fpi6ItemId;
  readonly number: number;
  readonly name: string;
}

/**
 * The FPI-6 items, each scored −2 (supinated) … 0 … +2 (pronated).
 *
 * @see Redmond AC et al. 2006, Clin Biomech 21:89 (`redmond-2006`) [V]
 */
export const FPI6_ITEMS: readonly Fpi6Item[] = [
  { id: 'talarHeadPalpation', number: 1, name: 'Talar head palpation' },
  { id: 'malleolarCurvature', number: 2, name: 'Supra- and infra-lateral malleolar curvature' },
  { id: 'calcanealFrontalPlanePosition', number: 3, name: 'Calcaneal frontal-plane position' },
  { id: 'talonavicularProminence', number: 4, name: 'Prominence in the region of the talonavicular joint' },
  { id: 'medialArchHeightCongruence', number: 5, name: 'Height and congruence of the medial longitudinal arch' },
  { id: 'forefootAbductionAdduction', number: 6, name: 'Abduction/adduction of the forefoot on the rearfoot' },
];

/** Lowest FPI-6 item score: −2, clearly supinated (six items give totals down to −12). */
export const FPI6_ITEM_MIN = -2;
/** Highest FPI-6 item score: +2, clearly pronated (six items give totals up to +12). */
export const FPI6_ITEM_MAX = 2;

/** The six item scores of one foot. */
export type Fpi6Scores = Readonly<Record<Fpi6ItemId, number>>;

/** FPI-6 posture bands of the manual. */
export type Fpi6BandId = 'highly-supinated' | 'supinated' | 'normal' | 'pronated' | 'highly-pronated';

/**
 * The manual's bands for the raw FPI-6 total: −12…−5 highly supinated, −4…−1 supinated, 0…+5 normal,
 * +6…+9 pronated, +10…+12 highly pronated.
 *
 * @see FPI-6 manual via Medbridge and Paragon pages (`fpi6-manual`) [V2]
 */
export const FPI6_BANDS: BandSet<Fpi6BandId> = {
  kind: 'BandSet',
  id: 'fpi6-manual-bands',
  name: 'FPI-6 posture bands (manual)',
  unit: 'points',
  bands: [
    band('highly-supinated', 'highly supinated', -12, -5),
    band('supinated', 'supinated', -4, -1),
    band('normal', 'normal', 0, 5),
    band('pronated', 'pronated', 6, 9),
    band('highly-pronated', 'highly pronated', 10, 12),
  ],
  sources: [cite('fpi6-manual', 'secondary', 'bands of the raw total')],
  note: 'Totals are whole numbers, so the inclusive integer ranges cover every total from −12 to +12.',
};

/** FPI-6 research classes used in trials. */
export type Fpi6ResearchClassId = 'cavus' | 'normal' | 'planus';

/**
 * Research cut-offs of the raw total: cavus < +1, normal +1…+7, planus > +7.
 *
 * @see Buldt AK et al. 2018, J Foot Ankle Res 11:3 (`buldt-2018`) [V]
 */
export const FPI6_RESEARCH_CLASSES: BandSet<Fpi6ResearchClassId> = {
  kind: 'BandSet',
  id: 'fpi6-buldt-2018',
  name: 'FPI-6 research classes (Buldt 2018)',
  unit: 'points',
  bands: [
    band('cavus', 'cavus', -12, 1, { toInclusive: false }),
    band('normal', 'normal', 1, 7),
    band('planus', 'planus', 7, 12, { fromInclusive: false }),
  ],
  sources: [cite('buldt-2018', 'primary')],
  note: null,
};

const ORDINAL_NOTE = claim(
  'fpi6-totals-are-ordinal',
  'FPI-6 raw totals are ordinal: use them to rank and band, not for arithmetic such as averages or ' +
    'differences; Rasch logit scores are the interval form.',
  cite('redmond-2008', 'primary'),
);

/** What to tell the user beside any FPI-6 total. */
export const FPI6_CLAIMS: readonly SourcedClaim[] = [
  ORDINAL_NOTE,
  claim(
    'fpi6-normal-is-slightly-pronated',
    'Normal standing posture is slightly pronated (back-transformed mean +4 in 619 healthy adults); ' +
      'children and older adults score higher; sex and BMI have no effect.',
    cite('redmond-2008', 'primary'),
  ),
  claim(
    'fpi6-static-predicts-gait-modestly',
    'FPI-6 explains 64 % of the variance in static standing posture but only 41 % at midstance of gait.',
    cite('redmond-2006', 'primary'),
  ),
  claim(
    'foot-measures-not-interchangeable',
    'FPI, resting calcaneal stance position, arch angle and navicular drop agree only moderately ' +
      '(Fleiss κ = 0.58): show each measure, do not force one label.',
    cite('langley-2016', 'primary'),
  ),
];

/** The FPI-6 of one foot, scored. */
export interface Fpi6Result {
  readonly kind: 'Fpi6Result';
  readonly scores: Fpi6Scores;
  /** Raw total, −12 … +12 (ordinal). */
  readonly total: number;
  readonly band: Band<Fpi6BandId>;
  /** Where the manual bands come from ([V2]). */
  readonly bandSources: BandSet['sources'];
  readonly researchClass: Band<Fpi6ResearchClassId>;
  /** The raw total is ordinal: rank and band it, do not average or subtract it. */
  readonly ordinalNote: SourcedClaim;
}

/**
 * Totals and bands the six FPI-6 item scores of one foot.
 *
 * @param scores - six valid item scores (see {@link readFpi6Scores})
 * @returns the total (−12 … +12), the manual band with its source, the research class and the ordinal note
 * @throws RangeError when an item is outside −2 … +2 (read untrusted input with {@link readFpi6Scores} first)
 * @see FPI6_BANDS, FPI6_RESEARCH_CLASSES for the sources
 */
export function scoreFpi6(scores: Fpi6Scores): Fpi6Result {
  const total = FPI6_ITEMS.reduce((sum, item) => sum + scores[item.id], 0);
  const manual = findBand(FPI6_BANDS, total);
  const research = findBand(FPI6_RESEARCH_CLASSES, total);
  if (manual === null || research === null) throw new RangeError(`FPI-6 total ${total} is outside −12…+12`);
  return {
    kind: 'Fpi6Result',
    scores,
    total,
    band: manual,
    bandSources: FPI6_BANDS.sources,
    researchClass: research,
    ordinalNote: ORDINAL_NOTE,
  };
}

/**
 * Reads the six FPI-6 item scores from untrusted input: every item required, whole numbers −2 … +2.
 *
 * @param input - e.g. `{ talarHeadPalpation: 1, … }`
 * @param path - where the object sits, for issue paths (e.g. `left.fpi6`)
 * @returns the scores, or the issues (one per bad item, at its path)
 */
export function readFpi6Scores(input: unknown, path = ''): Validated<Fpi6Scores> {
  if (!isRecord(input)) return { kind: 'invalid', issues: [errorAt('invalid_type', path, 'FPI-6 must be an object.')] };
  const issues: Issue[] = [];
  const scores: Partial<Record<Fpi6ItemId, number>> = {};
  for (const item of FPI6_ITEMS) {
    const value = readNumber(
      input,
      item.id,
      joinPath(path, item.id),
      { min: FPI6_ITEM_MIN, max: FPI6_ITEM_MAX, integer: true, required: true },
      issues,
    );
    if (value !== undefined) scores[item.id] = value;
  }
  for (const key of Object.keys(input)) {
    if (!FPI6_ITEMS.some((item) => item.id === key)) {
      issues.push(errorAt('unknown_field', joinPath(path, key), `${key} is not an FPI-6 item.`));
    }
  }
  return validated(issues, () => scores as Fpi6Scores);
}

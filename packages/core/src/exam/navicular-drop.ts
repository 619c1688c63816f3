import { cite } from '../evidence/source-ref.js';
import { claim, type SourcedClaim } from '../evidence/sourced-claim.js';
import { band, findBand, type Band, type BandSet } from './band-set.js';

/** Navicular drop classes of the Physiopedia / HvA protocol table. */
export type NavicularDropClassId = 'supinated-or-rigid' | 'normal' | 'pronated';

/**
 * Navicular drop classes: < 5 mm supinated or rigid, 5–9 mm normal, ≥ 10 mm pronated.
 *
 * @see Physiopedia table and HvA test protocol (`physiopedia-navicular-drop`, `hva-navicular-drop-protocol`) [V2]
 */
export const NAVICULAR_DROP_BANDS: BandSet<NavicularDropClassId> = {
  kind: 'BandSet',
  id: 'navicular-drop-physiopedia',
  name: 'Navicular drop classes (Physiopedia / HvA protocol)',
  unit: 'mm',
  bands: [
    band('supinated-or-rigid', 'supinated or rigid', 0, 5, { toInclusive: false }),
    band('normal', 'normal', 5, 10, { toInclusive: false }),
    band('pronated', 'pronated', 10, null),
  ],
  sources: [cite('physiopedia-navicular-drop', 'secondary'), cite('hva-navicular-drop-protocol', 'secondary')],
  note: 'The table gives whole millimetres ("5–9 mm normal; ≥10 mm pronated"); groundup reads normal as 5 ≤ drop < 10 mm.',
};

/** Brody's classes; the range between his two limits is left unclassified. */
export type BrodyNavicularDropClassId = 'normal' | 'between-limits' | 'abnormal';

/**
 * Brody 1982: < 10 mm normal, > 15 mm abnormal.
 *
 * @see Brody 1982 via Physiopedia (`brody-1982`) [V2]
 */
export const NAVICULAR_DROP_BRODY_BANDS: BandSet<BrodyNavicularDropClassId> = {
  kind: 'BandSet',
  id: 'navicular-drop-brody-1982',
  name: 'Navicular drop (Brody 1982)',
  unit: 'mm',
  bands: [
    band('normal', 'normal', 0, 10, { toInclusive: false }),
    band('between-limits', 'between Brody’s limits (not classified)', 10, 15),
    band('abnormal', 'abnormal', 15, null, { fromInclusive: false }),
  ],
  sources: [cite('brody-1982', 'secondary')],
  note: 'Brody names only the two limits; 10–15 mm is shown as not classified rather than guessed.',
};

/** What to tell the user beside a navicular drop. */
export const NAVICULAR_DROP_CLAIMS: readonly SourcedClaim[] = [
  claim(
    'navicular-drop-reliability',
    'Navicular drop is unreliable as a classifier (test-retest classification Kw = 0.40; inter-rater ICC ' +
      '0.40–0.95 across studies): do not use it as the primary foot-type measure.',
    cite('langley-2016', 'primary'),
    cite('physiopedia-navicular-drop', 'secondary', 'ICC range across studies'),
  ),
];

/** A navicular drop with both classifications. */
export interface NavicularDropResult {
  readonly kind: 'NavicularDropResult';
  readonly navicularDropMm: number;
  readonly band: Band<NavicularDropClassId>;
  readonly brodyBand: Band<BrodyNavicularDropClassId>;
}

/**
 * Classifies a navicular drop.
 *
 * @param navicularDropMm - navicular height in subtalar neutral minus relaxed standing, mm, ≥ 0
 * @returns the drop with its Physiopedia class and its Brody class
 * @see NAVICULAR_DROP_BANDS, NAVICULAR_DROP_BRODY_BANDS
 */
export function classifyNavicularDrop(navicularDropMm: number): NavicularDropResult {
  const value = Math.max(0, navicularDropMm);
  const physio = findBand(NAVICULAR_DROP_BANDS, value) ?? NAVICULAR_DROP_BANDS.bands[0];
  const brody = findBand(NAVICULAR_DROP_BRODY_BANDS, value) ?? NAVICULAR_DROP_BRODY_BANDS.bands[0];
  if (physio === undefined || brody === undefined) throw new Error('navicular drop bands are empty');
  return { kind: 'NavicularDropResult', navicularDropMm, band: physio, brodyBand: brody };
}

import { cite } from '../evidence/source-ref.js';
import { claim, type SourcedClaim } from '../evidence/sourced-claim.js';
import { band, findBand, type Band, type BandSet } from './band-set.js';

/**
 * Sign convention for the resting calcaneal stance position (RCSP): degrees from vertical,
 * positive = inverted, negative = everted, as in the research cut-offs below.
 */
export const RCSP_SIGN_CONVENTION = 'degrees from vertical; positive = inverted, negative = everted';

/** RCSP groups used in research. */
export type RcspGroupId = 'pronator-range' | 'between-cut-offs' | 'supinator-range';

/**
 * Research groups: pronators RCSP ≤ −2° (everted), supinators RCSP ≥ +3°. The source also required an
 * NCSP − RCSP difference ≥ 8° for pronators, which this single measure cannot check.
 *
 * @see J Foot Ankle Res 2014;7(S1):A55 (`jfar-2014-a55`) [V]
 */
export const RCSP_GROUPS: BandSet<RcspGroupId> = {
  kind: 'BandSet',
  id: 'rcsp-jfar-2014-a55',
  name: 'RCSP research groups (JFAR 2014 A55)',
  unit: 'deg',
  bands: [
    band('pronator-range', 'in the pronator range (≤ −2°, everted)', null, -2),
    band('between-cut-offs', 'between the research cut-offs', -2, 3, { fromInclusive: false, toInclusive: false }),
    band('supinator-range', 'in the supinator range (≥ +3°, inverted)', 3, null),
  ],
  sources: [cite('jfar-2014-a55', 'primary')],
  note: 'Between −2° and +3° the source defines no group; groundup does not call it "normal".',
};

/** What to tell the user beside an RCSP. */
export const RCSP_CLAIMS: readonly SourcedClaim[] = [
  claim(
    'rcsp-root-normal-vs-measured',
    'The Root school calls vertical to 2–3° everted "normal", but measured healthy adults stand at ' +
      '6.07° ± 2.7° everted (children 5.6° ± 2.9°).',
    cite('sobel-1999', 'secondary'),
  ),
  claim(
    'rcsp-pronator-definition',
    'In the research definition a pronator also has a neutral-minus-resting calcaneal difference of at least 8°.',
    cite('jfar-2014-a55', 'primary'),
  ),
];

/** A resting calcaneal stance position with its research group. */
export interface RcspResult {
  readonly kind: 'RcspResult';
  readonly rcspDeg: number;
  readonly group: Band<RcspGroupId>;
}

/**
 * Places an RCSP in the research groups.
 *
 * @param rcspDeg - degrees from vertical, positive inverted, negative everted
 * @returns the value with its group
 * @see RCSP_GROUPS
 */
export function classifyRcsp(rcspDeg: number): RcspResult {
  const group = findBand(RCSP_GROUPS, rcspDeg) ?? RCSP_GROUPS.bands[1];
  if (group === undefined) throw new Error('RCSP groups are empty');
  return { kind: 'RcspResult', rcspDeg, group };
}

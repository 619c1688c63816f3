import { cite } from '../evidence/source-ref.js';
import { band, findBand, type Band, type BandSet } from '../exam/band-set.js';
import type { Verification } from '../evidence/evidence-level.js';
import { weakestVerification, type SourceRef } from '../evidence/source-ref.js';

/** A footprint foot-type call: high arch (cavus), normal, or low arch (flat, planus). */
export type FootTypeCall = 'high' | 'normal' | 'flat';

/**
 * Arch Index research bands: cavus < 0.11, normal 0.11–0.25, planus > 0.25 (group means normal 0.22 ± 0.03,
 * planus 0.30 ± 0.05, cavus 0.16 ± 0.06). groundup's primary Arch Index call, because it is verified.
 *
 * @see Buldt AK et al. 2018, J Foot Ankle Res 11:3 (`buldt-2018`) [V]
 */
export const ARCH_INDEX_BANDS_BULDT: BandSet<FootTypeCall> = {
  kind: 'BandSet',
  id: 'arch-index-buldt-2018',
  name: 'Arch Index, research bands (Buldt 2018)',
  unit: 'ratio',
  bands: [
    band('high', 'cavus (< 0.11)', null, 0.11, { toInclusive: false }),
    band('normal', 'normal (0.11–0.25)', 0.11, 0.25),
    band('flat', 'planus (> 0.25)', 0.25, null, { fromInclusive: false }),
  ],
  sources: [
    cite('buldt-2018', 'primary', 'operational Arch Index bands'),
    cite('murley-2009', 'primary', 'Arch Index definition (fig. 3)'),
  ],
  note: null,
};

/**
 * The original Cavanagh & Rodgers Arch Index bands: high ≤ 0.21, normal 0.21–0.26, low ≥ 0.26. Unverified [U]: the
 * primary paper was not retrieved. The shared limits go to the outer bands (0.21 high, 0.26 flat).
 *
 * @see Cavanagh PR, Rodgers MM 1987, J Biomech 20:547 (`cavanagh-rodgers-1987`) [U]
 */
export const ARCH_INDEX_BANDS_CAVANAGH_RODGERS: BandSet<FootTypeCall> = {
  kind: 'BandSet',
  id: 'arch-index-cavanagh-rodgers-1987',
  name: 'Arch Index, original bands (Cavanagh & Rodgers 1987) [unverified]',
  unit: 'ratio',
  bands: [
    band('high', 'high arch (≤ 0.21)', null, 0.21),
    band('normal', 'normal (0.21–0.26)', 0.21, 0.26, { fromInclusive: false, toInclusive: false }),
    band('flat', 'low arch (≥ 0.26)', 0.26, null),
  ],
  sources: [cite('cavanagh-rodgers-1987', 'unverified', 'original bands; primary paper not retrieved')],
  note: 'The reference lists 0.21 and 0.26 in two bands each; groundup gives them to the outer bands.',
};

/**
 * Adult Chippaux-Smirak bands as often quoted: 0 % (no midfoot contact) cavus, > 45 % flat; in between normal.
 * Unverified [U]: adults have no consensus and no primary source is named. The paediatric cut-offs (Banwell 2018)
 * are in {@link CHIPPAUX_SMIRAK_PAEDIATRIC_FLAT_PCT}.
 */
export const CHIPPAUX_SMIRAK_BANDS_ADULT: BandSet<FootTypeCall> = {
  kind: 'BandSet',
  id: 'chippaux-smirak-adult-quoted',
  name: 'Chippaux-Smirak Index, adult cut-offs as often quoted [unverified]',
  unit: 'percent',
  bands: [
    band('high', 'cavus (0 %, no midfoot contact)', null, 0),
    band('normal', 'normal (above 0 %, up to 45 %)', 0, 45, { fromInclusive: false }),
    band('flat', 'flat (> 45 %)', 45, null, { fromInclusive: false }),
  ],
  sources: [cite('adult-csi-quoted-cut-offs', 'unverified', 'adults: 0 % = cavus, > 45 % = flat')],
  note: 'Adults: no consensus on Chippaux-Smirak cut-offs.',
};

/**
 * Paediatric Chippaux-Smirak flat-foot limits by age band (for reference; groundup's call uses the adult bands).
 *
 * @see Banwell HA et al. 2018, J Foot Ankle Res 11:21 (`banwell-2018`) [V]
 */
export const CHIPPAUX_SMIRAK_PAEDIATRIC_FLAT_PCT: BandSet<'flat-3-7y' | 'flat-6-9y' | 'flat-9-16y'> = {
  kind: 'BandSet',
  id: 'chippaux-smirak-paediatric-banwell-2018',
  name: 'Chippaux-Smirak Index, paediatric flat-foot limits (Banwell 2018)',
  unit: 'percent',
  bands: [
    band('flat-3-7y', 'flat at 3–7 years (> 62.7 %)', 62.7, null, { fromInclusive: false }),
    band('flat-6-9y', 'flat at 6–9 years (> 59 %)', 59, null, { fromInclusive: false }),
    band('flat-9-16y', 'flat at 9–16 years (≥ 40 %)', 40, null),
  ],
  sources: [cite('banwell-2018', 'primary', 'paediatric Chippaux-Smirak cut-offs')],
  note: 'Each band is a separate age group, not a scale: pick the one for the child’s age.',
};

/**
 * Staheli Index bands: flat above 1.15 (children 5–9 years, Hernandez 2007 [V]); with no midfoot contact (index 0)
 * the print is called cavus by the same footprint convention as the adult Chippaux-Smirak (0 % = cavus, [U]);
 * otherwise "not flat", shown as normal. The only published limits are paediatric (Banwell 2018 gives 1.07 at 3–6
 * years and 1.28 at 6–9 years); no adult limit is in the reference, so an adult call from this index is weak.
 *
 * @see Hernandez AJ et al. 2007, Acta Ortop Bras 15:68 (`hernandez-2007`) [V]
 */
export const STAHELI_BANDS: BandSet<FootTypeCall> = {
  kind: 'BandSet',
  id: 'staheli-hernandez-2007',
  name: 'Staheli (plantar arch) Index (Hernandez 2007, children 5–9 y)',
  unit: 'ratio',
  bands: [
    band('high', 'cavus (0, no midfoot contact) [unverified]', null, 0),
    band('normal', 'not flat (above 0, up to 1.15)', 0, 1.15, { fromInclusive: false }),
    band('flat', 'flat (> 1.15)', 1.15, null, { fromInclusive: false }),
  ],
  sources: [
    cite('hernandez-2007', 'primary', 'flat if > 1.15 (children 5–9 y)'),
    cite('banwell-2018', 'primary', 'systematic-review cut-offs 1.07 (3–6 y) and 1.28 (6–9 y)'),
    cite('adult-csi-quoted-cut-offs', 'unverified', 'no midfoot contact = cavus'),
  ],
  note: 'Paediatric limits applied to any age; an adult limit is not in the reference.',
};

/** One index's foot-type call with the bands and the verification behind it. */
export interface FootTypeVote {
  readonly index: 'archIndex' | 'archIndexOriginal' | 'chippauxSmirak' | 'staheli' | 'cpei';
  readonly value: number | null;
  /** The call, or null when the value is missing or the index has no published thresholds. */
  readonly call: FootTypeCall | null;
  /** The band set used (its id), or null. */
  readonly bands: string | null;
  /** The band's label, or why there is no call. */
  readonly label: string;
  /** The sources of the band the value fell in (of the whole band set when there is no call). */
  readonly sources: readonly SourceRef[];
  /** The weakest verification of those sources; `unverified` is shown as [U]. */
  readonly verification: Verification | null;
}

/** Every index's call and whether they agree. */
export interface FootTypeCalls {
  readonly votes: readonly FootTypeVote[];
  /** The call when every index with a call agrees, `mixed` when they differ, null when none has a call. */
  readonly consensus: FootTypeCall | 'mixed' | null;
}

/**
 * Calls a foot type from each footprint index separately, never forcing one label: disagreement is reported.
 * CPEI has no call: the reference gives no numeric CPEI norms (Song 1996, norms not retrieved).
 *
 * @param indices - the index values (null where not available)
 * @returns one vote per index and the consensus
 */
export function callFootType(indices: {
  readonly archIndex: number | null;
  readonly chippauxSmirakPct: number | null;
  readonly staheliIndex: number | null;
  readonly cpeiPct: number | null;
}): FootTypeCalls {
  const votes: FootTypeVote[] = [
    vote('archIndex', indices.archIndex, ARCH_INDEX_BANDS_BULDT),
    vote('archIndexOriginal', indices.archIndex, ARCH_INDEX_BANDS_CAVANAGH_RODGERS),
    vote('chippauxSmirak', indices.chippauxSmirakPct, CHIPPAUX_SMIRAK_BANDS_ADULT),
    vote('staheli', indices.staheliIndex, STAHELI_BANDS, STAHELI_BAND_SOURCES),
    {
      index: 'cpei',
      value: indices.cpeiPct,
      call: null,
      bands: null,
      label:
        indices.cpeiPct === null
          ? 'not available (needs the centre-of-pressure path of a dynamic step)'
          : 'no call: no numeric CPEI norms in the reference (Song 1996, not retrieved)',
      sources: [cite('song-1996', 'unverified', 'CPEI formula; numeric norms not retrieved')],
      verification: null,
    },
  ];
  const calls = [...new Set(votes.map((v) => v.call).filter((c): c is FootTypeCall => c !== null))];
  const consensus = calls.length > 1 ? 'mixed' : (calls[0] ?? null);
  return { votes, consensus };
}

/** The Staheli bands draw on different sources: the cavus band on the [U] footprint convention only. */
const STAHELI_BAND_SOURCES: Readonly<Record<FootTypeCall, readonly SourceRef[]>> = {
  high: STAHELI_BANDS.sources.filter((s) => s.source === 'adult-csi-quoted-cut-offs'),
  normal: STAHELI_BANDS.sources.filter((s) => s.source !== 'adult-csi-quoted-cut-offs'),
  flat: STAHELI_BANDS.sources.filter((s) => s.source !== 'adult-csi-quoted-cut-offs'),
};

function vote(
  index: FootTypeVote['index'],
  value: number | null,
  set: BandSet<FootTypeCall>,
  bandSources?: Readonly<Record<FootTypeCall, readonly SourceRef[]>>,
): FootTypeVote {
  const found: Band<FootTypeCall> | null = value === null || !Number.isFinite(value) ? null : findBand(set, value);
  const sources = found === null || bandSources === undefined ? set.sources : bandSources[found.id];
  return {
    index,
    value,
    call: found?.id ?? null,
    bands: set.id,
    label: found === null ? 'not available' : found.label,
    sources,
    verification: weakestVerification(sources),
  };
}

import type { SourceRef } from '../evidence/source-ref.js';

/** One named interval of a scale, e.g. FPI-6 `normal` (0…+5) or ODI `moderate` (21–40 %). */
export interface Band<Id extends string = string> {
  readonly kind: 'Band';
  readonly id: Id;
  readonly label: string;
  /** Lower limit, or null for none. */
  readonly from: number | null;
  readonly fromInclusive: boolean;
  /** Upper limit, or null for none. */
  readonly to: number | null;
  readonly toInclusive: boolean;
}

/** The bands of one scale with the source that defines them. */
export interface BandSet<Id extends string = string> {
  readonly kind: 'BandSet';
  readonly id: string;
  readonly name: string;
  /** Unit of the banded value, e.g. `points`, `mm`, `deg`, `percent`. */
  readonly unit: string;
  readonly bands: readonly Band<Id>[];
  readonly sources: readonly [SourceRef, ...SourceRef[]];
  /** How groundup reads the published limits where they leave a gap (e.g. "5–9 mm" for decimals). */
  readonly note: string | null;
}

/**
 * Makes a band. Limits are inclusive unless said otherwise.
 *
 * @param id - stable id
 * @param label - display label
 * @param from - lower limit or null
 * @param to - upper limit or null
 * @param options - `fromInclusive` / `toInclusive` (both true by default)
 * @returns the band
 */
export function band<Id extends string>(
  id: Id,
  label: string,
  from: number | null,
  to: number | null,
  options: { readonly fromInclusive?: boolean; readonly toInclusive?: boolean } = {},
): Band<Id> {
  return {
    kind: 'Band',
    id,
    label,
    from,
    fromInclusive: options.fromInclusive ?? true,
    to,
    toInclusive: options.toInclusive ?? true,
  };
}

/**
 * Whether a value lies in a band.
 *
 * @param b - the band
 * @param value - the value, in the band set's unit
 * @returns true when inside both limits
 */
export function inBand(b: Band, value: number): boolean {
  const aboveFrom = b.from === null || (b.fromInclusive ? value >= b.from : value > b.from);
  const belowTo = b.to === null || (b.toInclusive ? value <= b.to : value < b.to);
  return aboveFrom && belowTo;
}

/**
 * The band a value falls in.
 *
 * @param set - the band set
 * @param value - the value, in the set's unit
 * @returns the first band containing the value, or null when it is outside every band
 */
export function findBand<Id extends string>(set: BandSet<Id>, value: number): Band<Id> | null {
  return set.bands.find((b) => inBand(b, value)) ?? null;
}

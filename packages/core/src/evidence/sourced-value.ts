import type { SourceRef } from './source-ref.js';

/** A clinical constant (threshold, cut-off, coefficient) with its unit and sources (never empty). */
export interface SourcedValue {
  readonly kind: 'SourcedValue';
  /** Stable id, kebab-case, e.g. `lld-rct-inclusion-mm`. */
  readonly id: string;
  readonly value: number;
  /** Unit, e.g. `mm`, `deg`, `points`, `percent`. */
  readonly unit: string;
  /** True when the source gives the figure as approximate ("about 20 mm"). */
  readonly approximate: boolean;
  readonly sources: readonly [SourceRef, ...SourceRef[]];
}

/**
 * Makes a sourced constant.
 *
 * @param id - stable id
 * @param value - the number
 * @param unit - its unit
 * @param approximate - whether the source says "about"
 * @param sources - at least one source reference
 * @returns the constant
 */
export function sourcedValue(
  id: string,
  value: number,
  unit: string,
  approximate: boolean,
  ...sources: [SourceRef, ...SourceRef[]]
): SourcedValue {
  return { kind: 'SourcedValue', id, value, unit, approximate, sources };
}

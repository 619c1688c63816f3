import { findBand, type Band } from '../exam/band-set.js';
import { analyzePlate } from './analyze-plate.js';
import { ARCH_INDEX_BANDS_BULDT, type FootTypeCall } from './foot-type-bands.js';
import type { FootSide, PlateRecording } from './pressure-recording.js';

/** The arch index of the footprint on a plate, for the assessment: one number, its band, and how it was found. */
export interface FootprintArchIndex {
  readonly kind: 'FootprintArchIndex';
  /** Midfoot area ÷ area of the footprint without toes (median over full steps); null when there is no footprint. */
  readonly archIndex: number | null;
  /** The Buldt 2018 research band ({@link ARCH_INDEX_BANDS_BULDT}, [V]). */
  readonly band: Band<FootTypeCall> | null;
  readonly method: string;
  readonly note: string;
}

const METHOD =
  'Cavanagh & Rodgers arch index from the plate analysis: toes cut at the sulcus pressure valley, the toeless print in thirds along the foot axis, middle third ÷ toeless area (median over full steps)';

/**
 * The arch index of a plate recording's footprint (a static print or the steps of a walk), by the plate analysis
 * ({@link analyzePlate}) with its toe separation, axis and thirds.
 *
 * @param plate - the recording
 * @param side - the foot on the plate, when the case says; otherwise the first foot the analysis finds
 * @returns the index with its band, or null with the reason
 */
export function footprintArchIndex(plate: PlateRecording, side?: FootSide): FootprintArchIndex {
  const analysis = analyzePlate(plate, side === undefined ? {} : { side });
  const foot = analysis.feet.find((f) => f.archIndex !== null);
  if (foot === undefined || foot.archIndex === null) {
    return {
      kind: 'FootprintArchIndex',
      archIndex: null,
      band: null,
      method: METHOD,
      note: 'No footprint on the plate with a measurable arch index (no contact above the threshold, or no toeless print to divide).',
    };
  }
  return {
    kind: 'FootprintArchIndex',
    archIndex: foot.archIndex,
    band: findBand(ARCH_INDEX_BANDS_BULDT, foot.archIndex),
    method: METHOD,
    note: 'Bands of Buldt 2018 [V]; the original Cavanagh & Rodgers bands are [U] (ARCH_INDEX_BANDS_CAVANAGH_RODGERS).',
  };
}

import type { ShoeSizeSystem, ShoeWidth } from '../intake/patient-profile.js';

/** Lengths that a shoe size stands for, mm. */
export interface ShoeLengths {
  /** Length of the last (the form the shoe is made on), mm. */
  readonly lastLengthMm: number;
  /** Length of the foot the size is meant for: the last less the toe allowance, mm. */
  readonly footLengthMm: number;
}

const INCH_MM = 25.4;
/** Toe allowance, in the units of each system: two Paris points (13.3 mm) or two barleycorns (16.9 mm). */
const PARIS_POINT_MM = 20 / 3;
const BARLEYCORN_MM = INCH_MM / 3;

/**
 * Converts a shoe size to last length and foot length, by the standard sizing conventions (not clinical data):
 * - Mondopoint (ISO 9407): the size is the foot length in mm; last = foot + 2 Paris points.
 * - EU (Paris point): size = 3/2 × last length in cm, i.e. last = size × 2/3 cm.
 * - UK adult: size = 3 × last length in inches − 25.
 * - US men's: size = 3 × last length in inches − 24 (UK + 1).
 * - US women's: size = 3 × last length in inches − 22.5 (US men's + 1.5).
 *
 * The foot length is the last length less a toe allowance of two units of the system (two Paris points
 * = 13.3 mm for EU and Mondopoint, two barleycorns = 16.9 mm for UK and US). Sizes are approximate by
 * nature: makers differ by up to a size.
 *
 * @param system - the size system
 * @param size - the size in that system (> 0)
 * @returns last and foot length, mm
 * @see https://en.wikipedia.org/wiki/Shoe_size (formulas of the customary systems)
 */
export function shoeSizeLengths(system: ShoeSizeSystem, size: number): ShoeLengths {
  switch (system) {
    case 'mondopoint-mm':
      return { footLengthMm: size, lastLengthMm: size + 2 * PARIS_POINT_MM };
    case 'eu': {
      const last = size * PARIS_POINT_MM;
      return { lastLengthMm: last, footLengthMm: last - 2 * PARIS_POINT_MM };
    }
    case 'uk':
      return barleycorn((size + 25) / 3);
    case 'us-men':
      return barleycorn((size + 24) / 3);
    case 'us-women':
      return barleycorn((size + 22.5) / 3);
  }
}

function barleycorn(lastInches: number): ShoeLengths {
  const last = lastInches * INCH_MM;
  return { lastLengthMm: last, footLengthMm: last - 2 * BARLEYCORN_MM };
}

/**
 * Breadth of a foot or device at the ball relative to its length, by width class: the standard class is the
 * proportion of groundup's synthetic adult foot (98 mm on 260 mm, close to ANSUR II means); each class away
 * from standard is 6 % narrower or wider (groundup's convention, about one width letter).
 *
 * @param width - the width class
 * @returns ball breadth / length
 */
export function ballWidthRatio(width: ShoeWidth): number {
  const standard = 98 / 260;
  switch (width) {
    case 'narrow':
      return standard * 0.94;
    case 'standard':
      return standard;
    case 'wide':
      return standard * 1.06;
    case 'extra-wide':
      return standard * 1.12;
  }
}

import type { ShoeSizeSystem } from '@groundup/core';
import { checkFitsShoe, shoeSizeLengths, type InsoleDesign } from '@groundup/core/insole';

/** A shoe size, in the prescription's system, and the last length it stands for. */
export interface FittingSize {
  readonly system: ShoeSizeSystem;
  readonly size: number;
  readonly lastLengthMm: number;
}

/** The step between sizes of each system: half sizes for UK and US, whole EU sizes, 5 mm Mondopoint. */
const STEP: Readonly<Record<ShoeSizeSystem, number>> = {
  eu: 1,
  uk: 0.5,
  'us-men': 0.5,
  'us-women': 0.5,
  'mondopoint-mm': 5,
};

/** How many sizes up to try: ten whole sizes, far past any fit a lab would make. */
const MAX_STEPS = 20;

/**
 * The smallest larger size of the same system and width whose last the design's outline fits inside (the
 * `fits_shoe` check with only the shoe's length changed), for a design that does not fit its shoe.
 *
 * @param design - one side's design that failed `fits_shoe`
 * @param size - the prescription's footwear size
 * @returns the size, or null when none within ten sizes fits (then the width, not the length, is wrong)
 */
export function sizeThatFits(
  design: InsoleDesign,
  size: { readonly system: ShoeSizeSystem; readonly size: number },
): FittingSize | null {
  const shoe = design.parameters.shoe;
  if (shoe === null) return null;
  const step = STEP[size.system];
  for (let k = 1; k <= MAX_STEPS; k++) {
    const candidate = size.size + k * step;
    const { lastLengthMm } = shoeSizeLengths(size.system, candidate);
    const check = checkFitsShoe({
      ...design.built,
      parameters: { ...design.built.parameters, shoe: { ...shoe, lastLengthMm } },
    });
    if (check.ok) return { system: size.system, size: candidate, lastLengthMm };
  }
  return null;
}

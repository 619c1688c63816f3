import type { FootSide } from './pressure-recording.js';

/** The anatomical regions pressure is reported in. */
export type FootRegionName =
  | 'heel_medial'
  | 'heel_lateral'
  | 'midfoot'
  | 'metatarsal_1'
  | 'metatarsal_2_3'
  | 'metatarsal_4_5'
  | 'hallux'
  | 'lesser_toes';

/** All regions, heel first. */
export const FOOT_REGION_NAMES: readonly FootRegionName[] = [
  'heel_medial',
  'heel_lateral',
  'midfoot',
  'metatarsal_1',
  'metatarsal_2_3',
  'metatarsal_4_5',
  'hallux',
  'lesser_toes',
];

/**
 * Region boundaries as fractions of the loaded length (heel 0 → toe tip 1) and of the width (medial 0 → lateral
 * 1). A geometric masking convention of groundup, in the style of the common percentage masks used by plate
 * software; not a clinical number from the reference and not from a named source, so it is stated here to be
 * checked against the device's own mask before comparing with published regional values.
 */
export const REGION_BOUNDARIES = {
  heelEnd: 0.3,
  midfootEnd: 0.55,
  metatarsalEnd: 0.8,
  firstMetatarsalWidth: 1 / 3,
  secondThirdMetatarsalWidth: 2 / 3,
  halluxWidth: 0.4,
} as const;

/**
 * Assigns a region to a point of the foot from its position along and across the foot.
 *
 * @param along - 0 at the heel end, 1 at the toe tip
 * @param across - 0 at the medial edge, 1 at the lateral edge
 * @returns the region
 */
export function regionAt(along: number, across: number): FootRegionName {
  const b = REGION_BOUNDARIES;
  if (along < b.heelEnd) return across < 0.5 ? 'heel_medial' : 'heel_lateral';
  if (along < b.midfootEnd) return 'midfoot';
  if (along < b.metatarsalEnd) {
    if (across < b.firstMetatarsalWidth) return 'metatarsal_1';
    return across < b.secondThirdMetatarsalWidth ? 'metatarsal_2_3' : 'metatarsal_4_5';
  }
  return across < b.halluxWidth ? 'hallux' : 'lesser_toes';
}

/**
 * Regions of sensors at known positions in the foot frame (+x toward the toes, +y to the walker's left):
 * lengths and widths are taken from the extent of the sensors themselves.
 *
 * @param xs - sensor positions along the foot
 * @param ys - sensor positions across the foot
 * @param side - which foot (medial is −y for a left foot, +y for a right one)
 * @returns the region index (into {@link FOOT_REGION_NAMES}) of each sensor
 */
export function sensorRegions(xs: ArrayLike<number>, ys: ArrayLike<number>, side: FootSide): Uint8Array {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < xs.length; i++) {
    minX = Math.min(minX, xs[i] ?? 0);
    maxX = Math.max(maxX, xs[i] ?? 0);
    minY = Math.min(minY, ys[i] ?? 0);
    maxY = Math.max(maxY, ys[i] ?? 0);
  }
  const out = new Uint8Array(xs.length);
  const lengthSpan = maxX - minX || 1;
  const widthSpan = maxY - minY || 1;
  for (let i = 0; i < xs.length; i++) {
    const along = ((xs[i] ?? 0) - minX) / lengthSpan;
    const fromRight = ((ys[i] ?? 0) - minY) / widthSpan;
    const across = side === 'left' ? fromRight : 1 - fromRight;
    out[i] = FOOT_REGION_NAMES.indexOf(regionAt(Math.min(along, 0.9999), across));
  }
  return out;
}

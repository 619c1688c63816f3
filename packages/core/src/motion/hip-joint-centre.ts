import { cite, type SourceRef } from '../evidence/source-ref.js';
import type { GaitSide } from './gait-events.js';

/** Where the hip joint centre regression comes from (Harrington et al. 2007, from general knowledge [U]). */
export const HIP_JOINT_CENTRE_SOURCES: readonly [SourceRef, ...SourceRef[]] = [
  cite(
    'harrington-2007',
    'unverified',
    'HJC from pelvis width PW and depth PD: x = −0.24·PD − 9.9 mm, y = −0.30·PW − 10.9 mm, z = ±(0.33·PW + 7.3) mm',
  ),
];

/**
 * Hip joint centre in the pelvis anatomical frame by the regression of Harrington et al. (2007) on pelvis
 * width and depth (the variant without leg length). The frame is ISB-like: origin at the mid-point of the
 * ASIS, x anterior in the plane of the ASIS and the mid-PSIS (here the sacral marker), y superior,
 * z to the right. Coefficients from general knowledge, not checked against the paper [U].
 *
 * @param pelvisWidthMm - distance between the ASIS markers, mm
 * @param pelvisDepthMm - distance from the mid-ASIS to the mid-PSIS (or sacral marker), mm
 * @param side - which hip
 * @returns the centre `[x, y, z]` in the pelvis frame, mm
 * @see Harrington ME et al. (2007) J Biomech 40:595–602 (evidence library `harrington-2007`)
 */
export function hipJointCentreHarrington(
  pelvisWidthMm: number,
  pelvisDepthMm: number,
  side: GaitSide,
): readonly [number, number, number] {
  const lateral = 0.33 * pelvisWidthMm + 7.3;
  return [-0.24 * pelvisDepthMm - 9.9, -0.3 * pelvisWidthMm - 10.9, side === 'right' ? lateral : -lateral];
}

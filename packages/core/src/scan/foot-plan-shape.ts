/**
 * The plan shape (outline seen from above) of groundup's parametric foot, shared by the synthetic foot
 * (`createSyntheticFoot`) and the parametric insole outline: a heel plateau to 22 % of length, a waist at
 * 42 %, the ball at 70 %, elliptic heel and toe ends, and the toes drifting medially. Fractions `t` run from
 * the heel (0) to the toe tip (1). A groundup construction, not a published foot shape.
 */

/** Fraction of length where the ball (widest forefoot section, first metatarsal head) lies. */
export const FOOT_PLAN_BALL_AT = 0.7;
/** Lengths of the elliptic heel and toe ends, as fractions of length. */
const REAR_CAP = 0.1;
const FRONT_CAP = 0.12;

/** Cubic ease from 0 at `a` to 1 at `b`. */
export const smoothstep = (a: number, b: number, t: number): number => {
  const u = Math.min(1, Math.max(0, (t - a) / (b - a)));
  return u * u * (3 - 2 * u);
};
export const lerp = (a: number, b: number, u: number): number => a + (b - a) * u;

/** Half-breadths at the heel plateau, the waist and the ball, mm. */
export interface FootPlanHalves {
  readonly heelHalf: number;
  readonly waistHalf: number;
  readonly ballHalf: number;
}

/**
 * Elliptic rounding of the two ends.
 *
 * @param t - fraction of length
 * @returns 0 at the tips, 1 between the ends
 */
export function footPlanEndScale(t: number): number {
  if (t < REAR_CAP) return Math.sqrt(Math.max(0, 1 - ((REAR_CAP - t) / REAR_CAP) ** 2));
  if (t > 1 - FRONT_CAP) return Math.sqrt(Math.max(0, 1 - ((t - (1 - FRONT_CAP)) / FRONT_CAP) ** 2));
  return 1;
}

/**
 * Half-breadth of the plan at a fraction of length, ends rounded.
 *
 * @param t - fraction of length
 * @param halves - breadths at heel, waist and ball
 * @returns mm
 */
export function footPlanHalfWidth(t: number, halves: FootPlanHalves): number {
  const { heelHalf, waistHalf, ballHalf } = halves;
  let base: number;
  if (t <= 0.22) base = heelHalf;
  else if (t <= 0.42) base = lerp(heelHalf, waistHalf, smoothstep(0.22, 0.42, t));
  else if (t <= FOOT_PLAN_BALL_AT) base = lerp(waistHalf, ballHalf, smoothstep(0.42, FOOT_PLAN_BALL_AT, t));
  else base = lerp(ballHalf, 0.8 * ballHalf, smoothstep(FOOT_PLAN_BALL_AT, 1 - FRONT_CAP, t));
  return base * footPlanEndScale(t);
}

/**
 * Medial drift of the plan's centre line over the toes (so that the longest toe is medial).
 *
 * @param t - fraction of length
 * @param ballHalf - half ball breadth, mm
 * @returns mm toward the medial side
 */
export function footPlanToeDrift(t: number, ballHalf: number): number {
  return 0.12 * ballHalf * smoothstep(0.8, 1, t);
}

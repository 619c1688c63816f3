import type { GaitEvent, GaitSide } from './gait-events.js';

/** Temporal gait parameters from events (means over complete cycles; NaN when not enough events). */
export interface Spatiotemporal {
  readonly kind: 'Spatiotemporal';
  /** Steps per minute. */
  readonly cadenceStepsPerMin: number;
  readonly strideTimeS: { readonly left: number; readonly right: number };
  readonly stepTimeS: { readonly left: number; readonly right: number };
  /** Stance as % of the stride. */
  readonly stancePct: { readonly left: number; readonly right: number };
  /** Symmetry index of step time, 100·|L − R| / ((L + R)/2), %. */
  readonly stepTimeSymmetryPct: number;
}

const mean = (xs: readonly number[]): number => (xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length);

/**
 * Temporal parameters from foot strikes and foot offs of both sides. Step time of a side is from the
 * other foot's strike to this foot's strike; stride time is strike to strike of one foot; stance % is
 * strike to the next foot off of the same foot over the stride.
 *
 * @param events - events of both sides, any order
 * @returns the parameters (NaN where the events do not allow them)
 */
export function spatiotemporal(events: readonly GaitEvent[]): Spatiotemporal {
  const strikes = (s: GaitSide): number[] =>
    events
      .filter((e) => e.side === s && e.kind === 'foot-strike')
      .map((e) => e.timeS)
      .sort((a, b) => a - b);
  const offs = (s: GaitSide): number[] =>
    events
      .filter((e) => e.side === s && e.kind === 'foot-off')
      .map((e) => e.timeS)
      .sort((a, b) => a - b);
  const stride = (s: GaitSide): number[] =>
    strikes(s)
      .slice(1)
      .map((t, i) => t - (strikes(s)[i] ?? t));
  const step = (s: GaitSide): number[] => {
    const other: GaitSide = s === 'left' ? 'right' : 'left';
    return strikes(s).flatMap((t) => {
      const prev = strikes(other).filter((u) => u < t);
      const last = prev[prev.length - 1];
      return last === undefined ? [] : [t - last];
    });
  };
  const stance = (s: GaitSide): number[] => {
    const st = strikes(s);
    return st.slice(0, -1).flatMap((t, i) => {
      const next = st[i + 1] ?? t;
      const off = offs(s).find((o) => o > t && o < next);
      return off === undefined ? [] : [(100 * (off - t)) / (next - t)];
    });
  };
  const stepL = mean(step('left'));
  const stepR = mean(step('right'));
  const allSteps = [...step('left'), ...step('right')];
  return {
    kind: 'Spatiotemporal',
    cadenceStepsPerMin: 60 / mean(allSteps),
    strideTimeS: { left: mean(stride('left')), right: mean(stride('right')) },
    stepTimeS: { left: stepL, right: stepR },
    stancePct: { left: mean(stance('left')), right: mean(stance('right')) },
    stepTimeSymmetryPct: (100 * Math.abs(stepL - stepR)) / ((stepL + stepR) / 2),
  };
}

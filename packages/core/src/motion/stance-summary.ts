import type { GaitEvent, GaitSide } from './gait-events.js';
import type { JointAngleCurves, JointAngleName } from './joint-angles.js';

/** Mean, minimum and maximum of one angle over the stance phases of one side, degrees (NaN when none). */
export interface StanceStatistic {
  readonly meanDeg: number;
  readonly minDeg: number;
  readonly maxDeg: number;
  /** Stance phases (strike to the next foot off of the same foot) that contributed. */
  readonly stances: number;
}

/** Foot-level figures over stance for the assessment, per side. */
export interface StanceSummary {
  readonly kind: 'StanceSummary';
  readonly sides: {
    readonly [S in GaitSide]: {
      /** Foot progression angle (toe-out positive). */
      readonly footProgression: StanceStatistic;
      /** Rearfoot (calcaneus vs shank) inversion when the marker set allows it, else the whole foot's. */
      readonly inversion: StanceStatistic & { readonly source: 'rearfoot' | 'ankle' };
      readonly kneeAdduction: StanceStatistic;
      readonly pelvisObliquity: StanceStatistic;
    };
  };
}

/**
 * Summaries of angle curves over stance (each strike to the next foot off of the same foot, frames whose
 * time lies inside): foot progression, frontal-plane rearfoot (or whole-foot) inversion, knee adduction
 * and pelvis obliquity — the foot-level results the assessment uses.
 *
 * @param curves - from {@link jointAngles}
 * @param events - gait events on the same clock as `curves.timeS`
 * @returns per-side statistics (NaN where no stance or no curve)
 */
export function stanceSummary(curves: JointAngleCurves, events: readonly GaitEvent[]): StanceSummary {
  const stances = (side: GaitSide): [number, number][] => {
    const strikes = events.filter((e) => e.side === side && e.kind === 'foot-strike').map((e) => e.timeS);
    const offs = events.filter((e) => e.side === side && e.kind === 'foot-off').map((e) => e.timeS);
    return strikes.flatMap((t): [number, number][] => {
      const off = offs.filter((o) => o > t).sort((a, b) => a - b)[0];
      return off === undefined ? [] : [[t, off]];
    });
  };
  const stat = (name: JointAngleName, side: GaitSide): StanceStatistic => {
    const c = curves.angles[name];
    const phases = stances(side);
    let sum = 0;
    let count = 0;
    let min = Infinity;
    let max = -Infinity;
    let used = 0;
    for (const [a, b] of phases) {
      let any = false;
      for (let f = 0; f < curves.timeS.length; f++) {
        const t = curves.timeS[f] ?? NaN;
        const v = c?.[f] ?? NaN;
        if (t < a || t > b || !Number.isFinite(v)) continue;
        sum += v;
        count++;
        min = Math.min(min, v);
        max = Math.max(max, v);
        any = true;
      }
      if (any) used++;
    }
    return count === 0
      ? { meanDeg: NaN, minDeg: NaN, maxDeg: NaN, stances: 0 }
      : { meanDeg: sum / count, minDeg: min, maxDeg: max, stances: used };
  };
  const side = (s: GaitSide) => {
    const k = s === 'right' ? 'r' : 'l';
    const rearfoot = curves.angles[`rearfoot_inversion_${k}`] !== undefined;
    return {
      footProgression: stat(`foot_progression_${k}`, s),
      inversion: {
        ...stat(rearfoot ? `rearfoot_inversion_${k}` : `ankle_inversion_${k}`, s),
        source: rearfoot ? ('rearfoot' as const) : ('ankle' as const),
      },
      kneeAdduction: stat(`knee_adduction_${k}`, s),
      pelvisObliquity: stat('pelvis_obliquity', s),
    };
  };
  return { kind: 'StanceSummary', sides: { left: side('left'), right: side('right') } };
}

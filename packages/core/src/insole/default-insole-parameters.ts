import type { Side } from '../scan/foot-frame.js';
import type { InsoleParameters } from './insole-parameters.js';

/**
 * A plain insole (no posts, lift, skives, pad or cover): a 3 mm polypropylene full-length shell with a
 * 12 mm heel cup and a 15 mm parametric arch on a standard-width outline, to which overrides are applied.
 *
 * @param side - which foot
 * @param overrides - fields to replace
 * @returns the parameters
 */
export function defaultInsoleParameters(side: Side, overrides: Partial<InsoleParameters> = {}): InsoleParameters {
  return {
    format: 'groundup-insole-parameters',
    formatVersion: 1,
    side,
    outline: { kind: 'size', footLengthMm: 260, width: 'standard' },
    length: 'full',
    top: { kind: 'parametric', archHeightMm: 15, archApexFraction: 0.42, fill: 'standard' },
    heelCupDepthMm: 12,
    rearfootPostDeg: 0,
    rearfootMotionGrindDeg: 0,
    forefootPostDeg: 0,
    medialHeelSkiveMm: 0,
    lateralHeelSkiveMm: 0,
    heelLiftMm: 0,
    heelLiftTaperMm: 60,
    metatarsalPad: null,
    shell: { material: 'polypropylene', thicknessMm: 3, underside: 'shell' },
    topCover: null,
    shoe: null,
    resolutionMm: 2,
    ...overrides,
  };
}

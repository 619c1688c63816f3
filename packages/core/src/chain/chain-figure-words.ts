import type { BodySide } from '../intake/body-side.js';
import type { ChainLinkStatus } from './chain-link.js';

/** What the body figure needs of one chain estimate (a core `ChainEstimate`, or its JSON form, fits). */
export interface ChainFigureEstimate {
  /** The chain link's id, e.g. `rearfoot-eversion-to-tibial-internal-rotation`. */
  readonly linkId: string;
  /** OpenSim-style name of the input end, e.g. `calcn_l`, `femur_r`, `calcn_l+calcn_r`. */
  readonly from: string;
  /** OpenSim-style name of the output end, e.g. `tibia_l`, `pelvis`. */
  readonly to: string;
  readonly estimate: number | null;
  readonly range: readonly [number, number] | null;
  readonly unit: 'deg' | 'mm';
  readonly status: ChainLinkStatus;
}

/** How sure a figure's statement is: measured on this person, estimated from studies, a direction only, or none. */
export type FigureBasis = 'measured' | 'estimated' | 'direction-only' | 'not-estimated';

const sideWord = (side: BodySide): string => (side === 'left' ? 'left' : 'right');

const degrees = (value: number): string => `${value}°`;

/**
 * The uncertainty of an estimate in words: its range when the study gives one.
 *
 * @param estimate - the estimate
 * @returns e.g. `range 2.1–3.3°`, or `no range published`
 */
export function estimateUncertaintyWords(estimate: ChainFigureEstimate): string {
  if (estimate.range === null) return 'no range published';
  const [low, high] = estimate.range;
  return low === high ? `range about ${degrees(low)}` : `range ${low}–${degrees(high)}`;
}

/**
 * Plain-language lines for one chain estimate, for a patient: what moves and how, the number with its unit and
 * uncertainty, and that it is estimated (or a direction only). No number is made up: a direction-only link says so.
 *
 * @param estimate - the estimate
 * @param legLength - the measured leg-length difference, for the leg-length link's wording
 * @returns the heading line and the detail lines
 */
export function chainEstimateWords(
  estimate: ChainFigureEstimate,
  legLength: { readonly differenceMm: number; readonly shortSide: BodySide | null } | null,
): { readonly title: string; readonly lines: readonly string[] } {
  const about = estimate.estimate === null ? null : `about ${degrees(estimate.estimate)}`;
  const contested = estimate.status === 'contested' ? ['Studies disagree: one found no link.'] : [];
  switch (estimate.linkId) {
    case 'rearfoot-eversion-to-tibial-internal-rotation': {
      const side = estimate.to.endsWith('_l') ? 'left' : 'right';
      return {
        title: `${side === 'left' ? 'Left' : 'Right'} shin turns inward ${about ?? ''}`.trim(),
        lines: [
          `Estimated from how your ${side} heel leans (${estimateUncertaintyWords(estimate)}).`,
          'From a study of 8 donated legs, not measured on you.',
          ...contested,
        ],
      };
    }
    case 'eversion-to-anterior-pelvic-tilt':
      return {
        title: `Pelvis tips forward ${about ?? ''}`.trim(),
        lines: [
          `Estimated from both heels (${estimateUncertaintyWords(estimate)}).`,
          'From 14 healthy people standing on wedges.',
          ...contested,
        ],
      };
    case 'unilateral-eversion-to-pelvic-obliquity':
      return {
        title: `Pelvis tilts sideways ${about ?? ''}`.trim(),
        lines: [
          `Estimated from the difference between your heels (${estimateUncertaintyWords(estimate)}).`,
          'The study does not say which way.',
          ...contested,
        ],
      };
    case 'leg-length-difference-to-pelvic-obliquity': {
      const short = legLength?.shortSide ?? null;
      return {
        title: short === null ? 'Pelvis may tilt sideways' : `Pelvis lower on the ${sideWord(short)}`,
        lines: [
          legLength === null || short === null
            ? 'From the leg-length difference.'
            : `Your ${sideWord(short)} leg is ${legLength.differenceMm} mm shorter (measured).`,
          'Direction only: no study gives how much the pelvis tilts. Drawn larger so you can see it.',
        ],
      };
    }
    default:
      return {
        title: `${estimate.to}: ${about ?? 'direction only'}`,
        lines: [`Estimated (${estimateUncertaintyWords(estimate)}).`, ...contested],
      };
  }
}

/**
 * Plain words for the estimated change a device would make (a what-if estimate), e.g.
 * `your heel would roll in about 1.3° less (no range published)`.
 *
 * @param estimate - a what-if estimate (medial or lateral wedge links)
 * @returns the sentence fragment, or null when the estimate has no number
 */
export function whatIfChangeWords(estimate: ChainFigureEstimate): string | null {
  if (estimate.estimate === null) return null;
  const size = degrees(Math.abs(estimate.estimate));
  const way = estimate.estimate < 0 ? 'less' : 'more';
  const uncertainty = estimateUncertaintyWords({
    ...estimate,
    range: estimate.range === null ? null : [Math.abs(estimate.range[0]), Math.abs(estimate.range[1])],
  });
  if (estimate.linkId.endsWith('-to-rearfoot-eversion'))
    return `your heel would roll in about ${size} ${way} at its most (${uncertainty})`;
  if (estimate.linkId.endsWith('-to-tibial-internal-rotation-range'))
    return `your shin would twist about ${size} ${way} (${uncertainty})`;
  return `${estimate.to}: about ${degrees(estimate.estimate)} (${uncertainty})`;
}

import type { SourceRef } from '../evidence/source-ref.js';
import type { BodySide } from '../intake/body-side.js';
import { openSimName } from './chain-anatomy.js';
import {
  CHAIN_LINKS,
  EVERSION_TO_PELVIC_TILT,
  LLD_TO_PELVIC_OBLIQUITY,
  REARFOOT_EVERSION_TO_TIBIAL_ROTATION,
  UNILATERAL_EVERSION_TO_PELVIC_OBLIQUITY,
  type ChainLink,
  type ChainLinkStatus,
} from './chain-link.js';

/** What the chain estimate starts from, per side. */
export interface ChainInput {
  /**
   * Static rearfoot eversion per side, degrees (≥ 0 everted), e.g. from the resting calcaneal stance position
   * (RCSP −4° → 4° everted); null when not measured or when the heel is inverted (the coupling is for eversion).
   */
  readonly rearfootEversionDeg: { readonly left: number | null; readonly right: number | null };
  /** Where the eversion comes from, e.g. `RCSP (exam)`. */
  readonly eversionMethod: string;
  /** Leg-length difference, mm, and the short side; null when not measured. */
  readonly legLength: { readonly differenceMm: number; readonly shortSide: BodySide | null } | null;
}

/** One link applied to this person's numbers. */
export interface ChainEstimate {
  readonly kind: 'ChainEstimate';
  readonly linkId: string;
  /** OpenSim-style names of the ends, e.g. `calcn_r` → `tibia_r`. */
  readonly from: string;
  readonly to: string;
  readonly quantity: string;
  /** The input value the link was applied to, and what it is. */
  readonly input: { readonly value: number; readonly unit: 'deg' | 'mm'; readonly what: string };
  /** Estimated value at `to`, or null when the link gives no number (direction-only). */
  readonly estimate: number | null;
  /** Range from the coefficient's range, or null when the source gives none. */
  readonly range: readonly [number, number] | null;
  readonly unit: 'deg' | 'mm';
  readonly status: ChainLinkStatus;
  /** Always `estimated` for the chain: a static-alignment effect from published group data, not a measurement. */
  readonly basis: 'estimated';
  readonly note: string;
  readonly sources: readonly [SourceRef, ...SourceRef[]];
}

/** The chain of one side. */
export interface SideChain {
  readonly side: BodySide;
  readonly links: readonly ChainEstimate[];
  /** Why there is no estimate, when there is none. */
  readonly note: string | null;
}

/** The whole chain estimate. */
export interface ChainAssessment {
  readonly kind: 'ChainAssessment';
  readonly left: SideChain;
  readonly right: SideChain;
  /** Unpaired estimates (pelvis): tilt from both feet, obliquity from their difference and from the LLD. */
  readonly pelvis: readonly ChainEstimate[];
  /** Links the evidence does not support; shown, never used. */
  readonly unsupported: readonly ChainLink[];
  /** The wording the UI must show beside any chain number (§2.3). */
  readonly caveat: string;
}

/** §2.3: say this is an estimated static-alignment effect in healthy volunteers, not evidence about symptoms. */
export const CHAIN_CAVEAT =
  'Estimated static-alignment effects from small studies in healthy volunteers or specimens, not measurements of ' +
  'this person; they are not evidence that correcting the foot changes knee, hip or back symptoms.';

const round = (value: number, digits = 1): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor + 0;
};

/**
 * Applies a link with a coefficient to an input value.
 *
 * @param link - a link with a coefficient
 * @param value - the input, in the link's `from` unit
 * @param from - OpenSim name of the input end
 * @param to - OpenSim name of the output end
 * @param what - what the input is
 * @returns the estimate with its range
 */
export function applyLink(link: ChainLink, value: number, from: string, to: string, what: string): ChainEstimate {
  const usable = link.status === 'supported' || link.status === 'contested';
  const estimate = usable && link.coefficient !== null ? round(link.coefficient * value) : null;
  const range =
    usable && link.coefficientRange !== null
      ? ([
          round(Math.min(link.coefficientRange[0] * value, link.coefficientRange[1] * value)),
          round(Math.max(link.coefficientRange[0] * value, link.coefficientRange[1] * value)),
        ] as const)
      : null;
  return {
    kind: 'ChainEstimate',
    linkId: link.id,
    from,
    to,
    quantity: link.to.quantity,
    input: { value: round(value), unit: link.from.unit, what },
    estimate,
    range,
    unit: link.to.unit,
    status: link.status,
    basis: 'estimated',
    note: `${link.rangeNote}. ${link.population}. ${link.note}`,
    sources: link.sources,
  };
}

/**
 * Estimates how this person's foot posture and leg-length difference load the chain, per side, with the
 * published coefficients and their ranges. Unsupported links are listed, never applied.
 *
 * @param input - static rearfoot eversion per side and the leg-length difference
 * @returns per-side estimates (tibia), pelvis estimates, the unsupported links and the caveat
 * @see CHAIN_LINKS for the coefficients and sources (biomech-reference.md §2)
 */
export function estimateChain(input: ChainInput): ChainAssessment {
  const sideChain = (side: BodySide): SideChain => {
    const eversion = input.rearfootEversionDeg[side];
    const links: ChainEstimate[] = [];
    if (eversion !== null) {
      links.push(
        applyLink(
          REARFOOT_EVERSION_TO_TIBIAL_ROTATION,
          eversion,
          openSimName('calcn', side),
          openSimName('tibia', side),
          `static rearfoot eversion from ${input.eversionMethod}`,
        ),
      );
    }
    return {
      side,
      links,
      note:
        eversion === null
          ? 'No static rearfoot eversion to start from (not measured, or the heel is inverted at rest): the eversion coupling does not apply.'
          : null,
    };
  };
  const pelvis: ChainEstimate[] = [];
  const { left, right } = input.rearfootEversionDeg;
  if (left !== null && right !== null) {
    pelvis.push(
      applyLink(
        EVERSION_TO_PELVIC_TILT,
        (left + right) / 2,
        'calcn_l+calcn_r',
        'pelvis',
        `mean static rearfoot eversion of both feet from ${input.eversionMethod}, taken as degrees of wedge (assumption)`,
      ),
    );
    if (left !== right) {
      pelvis.push(
        applyLink(
          UNILATERAL_EVERSION_TO_PELVIC_OBLIQUITY,
          Math.abs(left - right),
          left > right ? 'calcn_l' : 'calcn_r',
          'pelvis',
          `difference in static rearfoot eversion between the feet, taken as degrees of wedge (assumption)`,
        ),
      );
    }
  }
  if (input.legLength !== null && input.legLength.differenceMm > 0 && input.legLength.shortSide !== null) {
    pelvis.push(
      applyLink(
        LLD_TO_PELVIC_OBLIQUITY,
        input.legLength.differenceMm,
        openSimName('femur', input.legLength.shortSide),
        'pelvis',
        `measured leg-length difference, ${input.legLength.shortSide} leg short`,
      ),
    );
  }
  return {
    kind: 'ChainAssessment',
    left: sideChain('left'),
    right: sideChain('right'),
    pelvis,
    unsupported: CHAIN_LINKS.filter((link) => link.status === 'unsupported'),
    caveat: CHAIN_CAVEAT,
  };
}

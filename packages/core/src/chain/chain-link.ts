import { cite, type SourceRef } from '../evidence/source-ref.js';
import type { ChainSegment } from './chain-anatomy.js';

/**
 * How a link may be used.
 *
 * - `supported`: a coefficient from a study; used for estimates, with its range.
 * - `contested`: a coefficient from one study, with another finding no relation; used, and the conflict shown.
 * - `direction-only`: a documented relation without a usable coefficient; shown, never turned into a number.
 * - `unsupported`: the evidence speaks against it; listed so nobody assumes it, never used.
 */
export type ChainLinkStatus = 'supported' | 'contested' | 'direction-only' | 'unsupported';

/** One end of a link: a segment and the quantity measured on it. */
export interface ChainQuantity {
  readonly segment: ChainSegment;
  /** e.g. `eversion`, `internal rotation`, `anterior tilt`. */
  readonly quantity: string;
  readonly unit: 'deg' | 'mm';
}

/** A published relation between two quantities of the chain. */
export interface ChainLink {
  readonly kind: 'ChainLink';
  readonly id: string;
  readonly from: ChainQuantity;
  readonly to: ChainQuantity;
  readonly status: ChainLinkStatus;
  /** Change of `to` per unit of `from` (e.g. deg per deg), or null when no usable number exists. */
  readonly coefficient: number | null;
  /** Range of the coefficient as the source gives it (e.g. ±1 SD, or the two conditions tested), or null. */
  readonly coefficientRange: readonly [number, number] | null;
  /** What the range is, or why there is none. */
  readonly rangeNote: string;
  /** Who it was measured in, and how. */
  readonly population: string;
  readonly note: string;
  /** The reference's verification tag for the coefficient, e.g. `[V]`. */
  readonly tag: '[V]' | '[V2]' | '[U]';
  readonly sources: readonly [SourceRef, ...SourceRef[]];
}

const Q = (segment: ChainSegment, quantity: string, unit: 'deg' | 'mm' = 'deg'): ChainQuantity => ({
  segment,
  quantity,
  unit,
});

/** Rearfoot eversion → tibial internal rotation, 0.68 ± 0.15 deg/deg (cadaver coupling study). */
export const REARFOOT_EVERSION_TO_TIBIAL_ROTATION: ChainLink = {
  kind: 'ChainLink',
  id: 'rearfoot-eversion-to-tibial-internal-rotation',
  from: Q('calcn', 'eversion'),
  to: Q('tibia', 'internal rotation'),
  status: 'supported',
  coefficient: 0.68,
  coefficientRange: [0.53, 0.83],
  rangeNote: 'mean ± 1 SD (0.68 ± 0.15) of the slope of the angle–angle plot',
  population: 'in vitro, 8 cadaver specimens with bone pins',
  note:
    'Coupling is present in everyone but highly individual (Stacoff 2000, n=5 bone pins); arch height raises the ' +
    'transfer of eversion into internal rotation (Nigg 1993, 27 % of between-subject variance) but no scaling factor ' +
    'is published, so none is applied.',
  tag: '[V]',
  sources: [
    cite('coupling-cadaver-2018', 'primary', 'calcaneal eversion → talus/tibia rotation 0.68 ± 0.15'),
    cite('nigg-1993', 'primary', 'arch height increases the transfer'),
    cite('stacoff-2000', 'primary', 'coupling highly individual'),
  ],
};

/** A medial wedge lowers peak rearfoot eversion: about −1.6° for 5° in running (Sinclair 2017), −0.32 deg/deg. */
export const MEDIAL_WEDGE_TO_REARFOOT_EVERSION: ChainLink = {
  kind: 'ChainLink',
  id: 'medial-wedge-to-rearfoot-eversion',
  from: Q('calcn', 'medial wedge under the heel'),
  to: Q('calcn', 'peak eversion'),
  status: 'supported',
  coefficient: -1.62 / 5,
  coefficientRange: null,
  rangeNote:
    'group means only (−10.75° with a 5° medial wedge vs −12.37° without); no confidence interval in the reference; ' +
    'effects are small and subject-specific (Nigg 1998)',
  population: '12 runners, 5° medial vs lateral vs no wedge, running',
  note: 'Derived per degree of wedge from one 5° wedge; linearity across wedge sizes is an assumption.',
  tag: '[V]',
  sources: [
    cite('sinclair-2017', 'primary', 'peak eversion −10.75° (medial) vs −12.37° (none)'),
    cite('nigg-1998', 'primary', 'insert effects small and subject-specific'),
  ],
};

/** A medial wedge lowers tibial internal-rotation range: about −2.5° for 5° in running (Sinclair 2017). */
export const MEDIAL_WEDGE_TO_TIBIAL_ROTATION: ChainLink = {
  kind: 'ChainLink',
  id: 'medial-wedge-to-tibial-internal-rotation-range',
  from: Q('calcn', 'medial wedge under the heel'),
  to: Q('tibia', 'internal-rotation range of motion'),
  status: 'supported',
  coefficient: (4.98 - 7.47) / 5,
  coefficientRange: null,
  rangeNote:
    'group means only (4.98° with a 5° medial wedge vs 7.47° without); no confidence interval in the reference',
  population: '12 runners, 5° medial vs lateral vs no wedge, running',
  note: 'Derived per degree of wedge from one 5° wedge; no kinetic change was found.',
  tag: '[V]',
  sources: [cite('sinclair-2017', 'primary', 'tibial IR ROM 4.98° (medial) vs 7.47° (none)')],
};

/** A lateral wedge raises peak rearfoot eversion: −14.11° with 5° lateral vs −12.37° without (Sinclair 2017). */
export const LATERAL_WEDGE_TO_REARFOOT_EVERSION: ChainLink = {
  kind: 'ChainLink',
  id: 'lateral-wedge-to-rearfoot-eversion',
  from: Q('calcn', 'lateral wedge under the heel'),
  to: Q('calcn', 'peak eversion'),
  status: 'supported',
  coefficient: 1.74 / 5,
  coefficientRange: null,
  rangeNote:
    'group means only (−14.11° with a 5° lateral wedge vs −12.37° without); no confidence interval in the reference',
  population: '12 runners, 5° medial vs lateral vs no wedge, running',
  note: 'Derived per degree of wedge from one 5° wedge; linearity across wedge sizes is an assumption.',
  tag: '[V]',
  sources: [cite('sinclair-2017', 'primary', 'peak eversion −14.11° (lateral) vs −12.37° (none)')],
};

/** A lateral wedge also lowered tibial internal-rotation range: 6.14° vs 7.47° without (Sinclair 2017). */
export const LATERAL_WEDGE_TO_TIBIAL_ROTATION: ChainLink = {
  kind: 'ChainLink',
  id: 'lateral-wedge-to-tibial-internal-rotation-range',
  from: Q('calcn', 'lateral wedge under the heel'),
  to: Q('tibia', 'internal-rotation range of motion'),
  status: 'supported',
  coefficient: (6.14 - 7.47) / 5,
  coefficientRange: null,
  rangeNote:
    'group means only (6.14° with a 5° lateral wedge vs 7.47° without); no confidence interval in the reference',
  population: '12 runners, 5° medial vs lateral vs no wedge, running',
  note: 'Derived per degree of wedge from one 5° wedge.',
  tag: '[V]',
  sources: [cite('sinclair-2017', 'primary', 'tibial IR ROM 6.14° (lateral) vs 7.47° (none)')],
};

/**
 * Induced eversion → anterior pelvic tilt, about 0.15 deg per degree of wedge (Pinto 2008: +1.41° unilateral,
 * +1.57° bilateral with 10° medial-down wedges). Duval 2010 found no relation: contested.
 */
export const EVERSION_TO_PELVIC_TILT: ChainLink = {
  kind: 'ChainLink',
  id: 'eversion-to-anterior-pelvic-tilt',
  from: Q('calcn', 'eversion (induced by a medial-down wedge, degrees of wedge)'),
  to: Q('pelvis', 'anterior tilt'),
  status: 'contested',
  coefficient: 0.15,
  coefficientRange: [0.141, 0.157],
  rangeNote: 'the two conditions of Pinto 2008 (unilateral +1.41°, bilateral +1.57°) per 10° of wedge',
  population: '14 healthy adults standing on 10° medial-down wedges (static)',
  note:
    'Direction also found by Khamis & Yizhar 2007 (n=35, per-degree values not retrieved); Duval 2010 found no ' +
    'significant relation (r = 0.3). A static-alignment effect in healthy volunteers, not evidence that correcting ' +
    'the foot changes back symptoms.',
  tag: '[V]',
  sources: [
    cite('pinto-2008', 'primary', 'pelvic anteversion +1.57° bilateral, +1.41° unilateral, 10° wedges'),
    cite('khamis-yizhar-2007', 'primary', 'direction only'),
    cite('duval-2010', 'primary', 'eversion vs pelvic tilt r = 0.3, NS'),
  ],
};

/** Unilateral induced eversion → pelvic lateral tilt (obliquity), 1.46° for a 10° wedge (Pinto 2008). */
export const UNILATERAL_EVERSION_TO_PELVIC_OBLIQUITY: ChainLink = {
  kind: 'ChainLink',
  id: 'unilateral-eversion-to-pelvic-obliquity',
  from: Q('calcn', 'eversion difference between the feet (degrees of wedge)'),
  to: Q('pelvis', 'lateral tilt (obliquity)'),
  status: 'supported',
  coefficient: 0.146,
  coefficientRange: null,
  rangeNote: 'one condition (1.46° for a unilateral 10° wedge, p < .001); no confidence interval in the reference',
  population: '14 healthy adults standing on a unilateral 10° medial-down wedge (static)',
  note: 'Derived per degree by groundup from one 10° condition (linearity assumed). Static standing in healthy volunteers; the patient’s own eversion is treated as equivalent to degrees of wedge (an assumption).',
  tag: '[V]',
  sources: [cite('pinto-2008', 'primary', 'pelvic lateral tilt 1.46° with a unilateral 10° wedge')],
};

/**
 * Leg-length difference → pelvic obliquity: documented as a relation (sacral base unleveling in the Heilig formula),
 * but the reference gives no coefficient; shown, never turned into a number.
 */
export const LLD_TO_PELVIC_OBLIQUITY: ChainLink = {
  kind: 'ChainLink',
  id: 'leg-length-difference-to-pelvic-obliquity',
  from: Q('femur', 'leg-length difference', 'mm'),
  to: Q('pelvis', 'obliquity (sacral base unleveling)'),
  status: 'direction-only',
  coefficient: null,
  coefficientRange: null,
  rangeNote: 'no coefficient in the reference (the Heilig formula takes the measured sacral base unleveling as input)',
  population: 'clinical; anatomic LLD in about 90 % of people, mean 5.2 mm (X-ray methods)',
  note:
    'Usually not clinically significant until about 20 mm (Knutson 2005). LLD does not differ between people with and ' +
    'without low back pain (Sugavanam 2024).',
  tag: '[V2]',
  sources: [
    cite('wikipedia-heel-lifts', 'secondary', 'Heilig formula: sacral base unleveling'),
    cite('knutson-2005-part1', 'primary', 'prevalence; significance about 20 mm'),
    cite('sugavanam-2024', 'primary', 'LLD not different in LBP'),
  ],
};

/** Pronation → lumbar lordosis: not supported (Duval 2010 r = 0.05). Listed, never used. */
export const PRONATION_TO_LORDOSIS: ChainLink = {
  kind: 'ChainLink',
  id: 'pronation-to-lumbar-lordosis',
  from: Q('calcn', 'eversion (pronation)'),
  to: Q('lumbar', 'lordosis'),
  status: 'unsupported',
  coefficient: null,
  coefficientRange: null,
  rangeNote: 'no usable coefficient: eversion/inversion vs lordosis r = 0.05',
  population: 'healthy adults, 18 static foot positions',
  note: 'A pronation → lordosis link is unlikely (Duval 2010); Ghasemi 2016 reported increases without retrievable values.',
  tag: '[V]',
  sources: [
    cite('duval-2010', 'primary', 'eversion vs lordosis r = 0.05'),
    cite('ghasemi-2016', 'primary', 'qualitative only'),
  ],
};

/** Pelvic tilt → lumbar lordosis: not supported at these magnitudes; lordosis does not differ in LBP. */
export const PELVIC_TILT_TO_LORDOSIS: ChainLink = {
  kind: 'ChainLink',
  id: 'pelvic-tilt-to-lumbar-lordosis',
  from: Q('pelvis', 'anterior tilt'),
  to: Q('lumbar', 'lordosis'),
  status: 'unsupported',
  coefficient: null,
  coefficientRange: null,
  rangeNote: 'not supported at the magnitudes above',
  population: 'healthy adults (Duval 2010); 43 studies of people with and without LBP (Laird 2014)',
  note: 'Lordosis does not differ between people with and without low back pain (Laird 2014).',
  tag: '[V]',
  sources: [cite('duval-2010', 'primary'), cite('laird-2014', 'primary', 'no difference in lordosis (8 studies)')],
};

/**
 * Every link of the model, supported first. Links with status `unsupported` or `direction-only` are never
 * turned into numbers.
 *
 * @see ../../../../../shared/reference/biomech-reference.md §2.1–§2.4
 */
export const CHAIN_LINKS: readonly ChainLink[] = [
  REARFOOT_EVERSION_TO_TIBIAL_ROTATION,
  MEDIAL_WEDGE_TO_REARFOOT_EVERSION,
  MEDIAL_WEDGE_TO_TIBIAL_ROTATION,
  LATERAL_WEDGE_TO_REARFOOT_EVERSION,
  LATERAL_WEDGE_TO_TIBIAL_ROTATION,
  EVERSION_TO_PELVIC_TILT,
  UNILATERAL_EVERSION_TO_PELVIC_OBLIQUITY,
  LLD_TO_PELVIC_OBLIQUITY,
  PRONATION_TO_LORDOSIS,
  PELVIC_TILT_TO_LORDOSIS,
];

import type { BodySide } from '../intake/body-side.js';
import { openSimName } from './chain-anatomy.js';
import {
  LATERAL_WEDGE_TO_REARFOOT_EVERSION,
  LATERAL_WEDGE_TO_TIBIAL_ROTATION,
  MEDIAL_WEDGE_TO_REARFOOT_EVERSION,
  MEDIAL_WEDGE_TO_TIBIAL_ROTATION,
} from './chain-link.js';
import { applyLink, type ChainEstimate, type ChainInput } from './estimate-chain.js';

/** A proposed device for one side: a rearfoot post (+ varus/medial, − valgus/lateral) and a heel lift. */
export interface ProposedDevice {
  readonly side: BodySide;
  /** Rearfoot post, degrees; + varus (medial side raised), − valgus. */
  readonly rearfootPostDeg?: number;
  /** Heel lift on this side, mm. */
  readonly heelLiftMm?: number;
}

/** The estimated change from a device. */
export interface DeviceWhatIf {
  readonly kind: 'DeviceWhatIf';
  readonly device: ProposedDevice;
  /** Estimated changes at the foot and shin (from wedge studies in running). */
  readonly changes: readonly ChainEstimate[];
  /** The leg-length difference left after the lift (arithmetic on the measured difference), or null. */
  readonly residualLegLengthDifferenceMm: number | null;
  /** What is not estimated, and why. */
  readonly notEstimated: readonly string[];
}

/**
 * A "what if": the estimated change from a proposed device, using only links measured in that direction
 * (wedges in running, Sinclair 2017). The pelvis is not estimated for a corrective post: the standing studies
 * induced eversion with medial-down wedges, they did not correct it.
 *
 * @param device - the proposed post and lift on one side
 * @param input - the chain input (for the leg-length difference)
 * @returns the estimated changes, the residual leg-length difference and what is not estimated
 */
export function whatIfDevice(device: ProposedDevice, input: ChainInput): DeviceWhatIf {
  const changes: ChainEstimate[] = [];
  const notEstimated: string[] = [];
  const post = device.rearfootPostDeg ?? 0;
  const calcn = openSimName('calcn', device.side);
  if (post !== 0) {
    const medial = post > 0;
    const degrees = Math.abs(post);
    const what = `${degrees}° ${medial ? 'medial (varus)' : 'lateral (valgus)'} rearfoot post, taken as a wedge of that angle (assumption)`;
    changes.push(
      applyLink(
        medial ? MEDIAL_WEDGE_TO_REARFOOT_EVERSION : LATERAL_WEDGE_TO_REARFOOT_EVERSION,
        degrees,
        calcn,
        calcn,
        what,
      ),
      applyLink(
        medial ? MEDIAL_WEDGE_TO_TIBIAL_ROTATION : LATERAL_WEDGE_TO_TIBIAL_ROTATION,
        degrees,
        calcn,
        openSimName('tibia', device.side),
        what,
      ),
    );
    notEstimated.push(
      'Pelvis and lumbar spine: the standing studies induced eversion with medial-down wedges; the effect of a ' +
        'corrective post on the pelvis was not measured, so none is estimated.',
    );
  }
  let residual: number | null = null;
  const lift = device.heelLiftMm ?? 0;
  if (lift > 0) {
    const lld = input.legLength;
    if (lld === null) {
      notEstimated.push('Leg-length difference: not measured, so the lift cannot be set against it.');
    } else {
      const onShortSide = lld.shortSide === device.side;
      residual = Math.round((onShortSide ? lld.differenceMm - lift : lld.differenceMm + lift) * 10) / 10;
      notEstimated.push(
        'Pelvic obliquity after the lift: no published coefficient links millimetres of lift to degrees of pelvic ' +
          'obliquity; only the residual difference is given.',
      );
    }
  }
  return { kind: 'DeviceWhatIf', device, changes, residualLegLengthDifferenceMm: residual, notEstimated };
}

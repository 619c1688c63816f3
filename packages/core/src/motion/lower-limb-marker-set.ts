import type { GaitSide } from './gait-events.js';

/** Marker names of one leg for {@link calibrateLowerLimb}. */
export interface LegMarkerNames {
  readonly kneeLateral: string;
  readonly kneeMedial: string;
  readonly ankleLateral: string;
  readonly ankleMedial: string;
  readonly heel: string;
  readonly toe: string;
  /** Markers on the thigh, tracked as a rigid cluster (three or more, present in static and dynamic trials). */
  readonly thighCluster: readonly string[];
  readonly shankCluster: readonly string[];
  readonly footCluster: readonly string[];
  /** Markers on the calcaneus alone (three or more) for the rearfoot angle; empty when the set has none. */
  readonly calcaneusCluster: readonly string[];
}

/** Marker names for the pelvis and both legs. */
export interface LowerLimbMarkerSet {
  readonly kind: 'LowerLimbMarkerSet';
  readonly name: string;
  readonly rightAsis: string;
  readonly leftAsis: string;
  /** One sacral marker (taken as the mid-point of the PSIS), or the two PSIS markers. */
  readonly sacrum: readonly string[];
  readonly pelvisCluster: readonly string[];
  readonly legs: { readonly [S in GaitSide]: LegMarkerNames };
}

function leg(p: 'R' | 'L'): LegMarkerNames {
  return {
    kneeLateral: `${p}.Knee.Lat`,
    kneeMedial: `${p}.Knee.Med`,
    ankleLateral: `${p}.Ankle.Lat`,
    ankleMedial: `${p}.Ankle.Med`,
    heel: `${p}.Heel`,
    toe: `${p}.Toe.Tip`,
    thighCluster: [`${p}.Thigh.Upper`, `${p}.Thigh.Front`, `${p}.Thigh.Rear`],
    shankCluster: [`${p}.Shank.Upper`, `${p}.Shank.Front`, `${p}.Shank.Rear`],
    footCluster: [`${p}.Heel`, `${p}.Midfoot.Sup`, `${p}.Midfoot.Lat`, `${p}.Toe.Tip`, `${p}.Toe.Lat`, `${p}.Toe.Med`],
    calcaneusCluster: [],
  };
}

/**
 * The OpenSim Gait2354 marker set (`gait2354_Scale_MarkerSet.xml`): ASIS and a sacral marker, three-marker
 * thigh and shank clusters, medial and lateral knee and ankle markers in the static trial only, and six
 * markers on a single rigid foot (no separate calcaneus cluster, so no rearfoot angle).
 */
export const GAIT2354_MARKER_SET: LowerLimbMarkerSet = {
  kind: 'LowerLimbMarkerSet',
  name: 'OpenSim Gait2354',
  rightAsis: 'R.ASIS',
  leftAsis: 'L.ASIS',
  sacrum: ['V.Sacral'],
  pelvisCluster: ['R.ASIS', 'L.ASIS', 'V.Sacral'],
  legs: { right: leg('R'), left: leg('L') },
};

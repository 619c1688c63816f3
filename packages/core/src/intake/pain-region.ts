/** A body region on the pain map (the lower-limb kinetic chain, foot to lower back). */
export type PainRegion = 'foot' | 'forefoot' | 'arch' | 'heel' | 'ankle' | 'knee' | 'hip' | 'lower-back';

/** Every pain-map region, from the ground up. */
export const PAIN_REGIONS: readonly PainRegion[] = [
  'foot',
  'forefoot',
  'arch',
  'heel',
  'ankle',
  'knee',
  'hip',
  'lower-back',
];

/** The foot and ankle regions. */
export const FOOT_AND_ANKLE_REGIONS: readonly PainRegion[] = ['foot', 'forefoot', 'arch', 'heel', 'ankle'];

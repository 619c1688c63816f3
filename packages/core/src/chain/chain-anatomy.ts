import type { BodySide } from '../intake/body-side.js';

/** Segments of the lower-limb chain, named as the OpenSim gait models name their bodies (without side suffix). */
export type ChainSegment = 'calcn' | 'talus' | 'tibia' | 'femur' | 'pelvis' | 'lumbar';

/** Joints of the chain, named as OpenSim names them (`subtalar_r`, `ankle_r`, `knee_r`, `hip_r`; lumbar). */
export type ChainJoint = 'subtalar' | 'ankle' | 'knee' | 'hip' | 'lumbar';

/** A segment: its name, plain-language label and whether it is paired (one per side). */
export interface ChainSegmentDefinition {
  readonly id: ChainSegment;
  readonly label: string;
  readonly paired: boolean;
}

/** A joint between two segments. */
export interface ChainJointDefinition {
  readonly id: ChainJoint;
  readonly label: string;
  readonly proximal: ChainSegment;
  readonly distal: ChainSegment;
  readonly paired: boolean;
}

/** The segments, foot first (OpenSim vocabulary, gait2354 / Rajagopal models). */
export const CHAIN_SEGMENTS: readonly ChainSegmentDefinition[] = [
  { id: 'calcn', label: 'heel bone (calcaneus)', paired: true },
  { id: 'talus', label: 'ankle bone (talus)', paired: true },
  { id: 'tibia', label: 'shin (tibia)', paired: true },
  { id: 'femur', label: 'thigh (femur)', paired: true },
  { id: 'pelvis', label: 'pelvis', paired: false },
  { id: 'lumbar', label: 'lower back (lumbar spine)', paired: false },
];

/** The joints, foot first. */
export const CHAIN_JOINTS: readonly ChainJointDefinition[] = [
  { id: 'subtalar', label: 'subtalar joint', proximal: 'talus', distal: 'calcn', paired: true },
  { id: 'ankle', label: 'ankle', proximal: 'tibia', distal: 'talus', paired: true },
  { id: 'knee', label: 'knee', proximal: 'femur', distal: 'tibia', paired: true },
  { id: 'hip', label: 'hip', proximal: 'pelvis', distal: 'femur', paired: true },
  { id: 'lumbar', label: 'lumbosacral joint', proximal: 'lumbar', distal: 'pelvis', paired: false },
];

/**
 * The OpenSim body name of a segment on one side (`calcn_r`, `tibia_l`; `pelvis` and `lumbar` are unpaired).
 *
 * @param segment - the segment
 * @param side - the body side
 * @returns the OpenSim-style name
 */
export function openSimName(segment: ChainSegment | ChainJoint, side: BodySide): string {
  if (segment === 'pelvis' || segment === 'lumbar') return segment;
  return `${segment}_${side === 'left' ? 'l' : 'r'}`;
}

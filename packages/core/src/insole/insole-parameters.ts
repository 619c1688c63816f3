import type { Side } from '../scan/foot-frame.js';
import type { ShoeWidth } from '../intake/patient-profile.js';
import type { DeviceLength, ShellMaterial, TopCoverMaterial } from '../prescription/prescription.js';

/**
 * Where the device's outline comes from, in the foot frame (heel at x = 0, +x to the toes, +y to the left).
 * - `size`: a parametric foot outline of the given foot length and width class.
 * - `scan`: the outline of a scanned foot seen from above (`footOutline`), closed, counter-clockwise.
 */
export type InsoleOutlineSource =
  | { readonly kind: 'size'; readonly footLengthMm: number; readonly width: ShoeWidth }
  | {
      readonly kind: 'scan';
      readonly xsMm: readonly number[];
      readonly ysMm: readonly number[];
      /** How far the device's border sits inside the foot's outline, mm (negative: outside). */
      readonly insetMm: number;
    };

/** The scan's plantar surface as a height map (the `plantarHeightMap` of the aligned scan), null where no foot. */
export interface InsoleHeightMap {
  readonly originXMm: number;
  readonly originYMm: number;
  readonly cellMm: number;
  readonly cols: number;
  readonly rows: number;
  /** Heights above the ground, mm, row-major (row = y index); null outside the foot. */
  readonly heightsMm: readonly (number | null)[];
}

/**
 * The plantar (top) surface.
 * - `scan`: total contact: the scan's plantar surface.
 * - `parametric`: a medial arch of the given height above the heel seat, apex at a fraction of foot length.
 * `fill` (minimal / standard / maximal) lowers the arch away from the medial border (parametric) or
 * under the midfoot (scan): groundup's reading of the lab term, see `ARCH_FILL`.
 */
export type InsoleTopSource =
  | { readonly kind: 'scan'; readonly heightMap: InsoleHeightMap; readonly fill: 'minimal' | 'standard' | 'maximal' }
  | {
      readonly kind: 'parametric';
      readonly archHeightMm: number;
      readonly archApexFraction: number;
      readonly fill: 'minimal' | 'standard' | 'maximal';
    };

/** A teardrop metatarsal pad on the top surface, in the foot frame. */
export interface InsoleMetatarsalPad {
  /** Centre of the pad's dome, mm. */
  readonly centreXMm: number;
  readonly centreYMm: number;
  readonly heightMm: number;
  /** Length along the foot and breadth across it, mm. */
  readonly lengthMm: number;
  readonly widthMm: number;
}

/** The shell: material, thickness, and whether its underside follows the arch or is flat. */
export interface InsoleShell {
  readonly material: ShellMaterial;
  readonly thicknessMm: number;
  /** `shell`: a shell of even thickness under the arch (vacuum-formed); `flat`: solid to the ground (milled or printed). */
  readonly underside: 'shell' | 'flat';
}

/** A top cover laid on the shell, built as a separate body. */
export interface InsoleTopCover {
  readonly material: Exclude<TopCoverMaterial, 'none'>;
  readonly thicknessMm: number;
  readonly length: DeviceLength;
}

/** The shoe the device must fit. */
export interface InsoleShoe {
  /** Largest height of the device under the heel (heel seat, with cover), mm; null = not known. */
  readonly maxHeelHeightMm: number | null;
  /** Inner length of the shoe (its last), mm; null = not known. */
  readonly lastLengthMm: number | null;
  readonly width: ShoeWidth;
}

/**
 * Everything that defines one insole: the source of truth (CONVENTIONS.md §5); the mesh is built from it.
 * Serializable (plain JSON), versioned by `formatVersion`. Lengths mm, angles degrees; posts + varus
 * (medial side raised), − valgus.
 */
export interface InsoleParameters {
  readonly format: 'groundup-insole-parameters';
  readonly formatVersion: 1;
  readonly side: Side;
  readonly outline: InsoleOutlineSource;
  readonly length: DeviceLength;
  readonly top: InsoleTopSource;
  /** Rise of the top surface at the heel's rim above the heel seat, mm. */
  readonly heelCupDepthMm: number;
  /** Tilt of the heel seat, degrees, + varus. */
  readonly rearfootPostDeg: number;
  /** Bevel of the medial (varus post) or lateral (valgus post) underside of the rearfoot post, degrees. */
  readonly rearfootMotionGrindDeg: number;
  /** Tilt of the forefoot part of the top surface, degrees, + varus. */
  readonly forefootPostDeg: number;
  /** Kirby skive: rise of the medial half of the heel seat toward its border, mm. */
  readonly medialHeelSkiveMm: number;
  readonly lateralHeelSkiveMm: number;
  /** Raise of the whole heel seat, mm. */
  readonly heelLiftMm: number;
  /** Length over which the lift runs out in front of the heel seat, mm. */
  readonly heelLiftTaperMm: number;
  readonly metatarsalPad: InsoleMetatarsalPad | null;
  readonly shell: InsoleShell;
  readonly topCover: InsoleTopCover | null;
  readonly shoe: InsoleShoe | null;
  /** Spacing of the mesh grid, mm. */
  readonly resolutionMm: number;
}

/** Fractions of foot length where device lengths end (groundup's geometric convention for a foot outline). */
export const DEVICE_END_FRACTION: Readonly<Record<DeviceLength, number>> = {
  /** Just proximal to the metatarsal heads (the fifth lies near 63 % of foot length). */
  'three-quarter': 0.6,
  /** At the sulcus (the toe web). */
  sulcus: 0.8,
  full: 1,
};

/** Fraction of foot length where the forefoot post's region begins (metatarsal shafts). */
export const FOREFOOT_POST_START = 0.62;

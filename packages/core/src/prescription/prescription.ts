/**
 * The orthotic prescription (the `rx.json` format): what a clinician orders from a lab, per side,
 * with the fields found on lab prescription forms (biomech-reference.md §3.4, [V2]).
 *
 * It is the contract between the prescription engine (`prescription/`, which fills it from an
 * assessment with rules) and insole design (`insole/`, which builds the device from it). Every
 * field records where its value came from: the rule that set it (`ruleId`) or a clinician's
 * override (`override.reason`). Units are in the field names (mm, degrees).
 *
 * Sign conventions: posts are in degrees, positive = varus (medial side raised),
 * negative = valgus (lateral side raised), 0 = no post.
 */

import type { FootwearType } from '../intake/footwear.js';
import type { ShoeSize } from '../intake/patient-profile.js';

/** Who set a field's value: a rule of the engine, or a clinician with a reason. */
export interface RxProvenance {
  /** Id of the rule that set the value (a rule id from the engine's rule set). */
  readonly ruleId?: string;
  /** Present when a clinician changed the value; the reason is required. */
  readonly override?: { readonly reason: string; readonly by?: string; readonly previousValue?: unknown };
}

/** One prescription field: the value, its unit where it has one, and who set it. */
export interface RxField<T> extends RxProvenance {
  readonly value: T;
  readonly unit?: 'mm' | 'deg';
}

export type ShellMaterial = 'polypropylene' | 'subortholen' | 'polyethylene' | 'eva' | 'graphite' | 'fiberglass';
export type DeviceLength = 'three-quarter' | 'sulcus' | 'full';
export type DeviceWidth = 'narrow' | 'standard' | 'wide';
export type ArchFill = 'minimal' | 'standard' | 'maximal';
export type TopCoverMaterial = 'none' | 'eva' | 'poron' | 'spenco' | 'plastazote-1' | 'plastazote-2' | 'plastazote-3';
export type RxAddition =
  | 'first-ray-cut-out'
  | 'mortons-extension'
  | 'reverse-mortons-extension'
  | 'plantar-fascial-groove'
  | 'heel-spur-pad'
  | 'medial-flange'
  | 'lateral-flange'
  | 'deep-heel-cup';

/** A teardrop metatarsal pad just proximal to the painful metatarsal head (§3.3). */
export interface MetatarsalPad {
  /** The metatarsal head it unloads, 1–5 (2 is typical). */
  readonly metatarsal: 1 | 2 | 3 | 4 | 5;
  /** Pad height above the shell top, mm. */
  readonly heightMm: number;
  /** Distance of the pad's distal edge proximal to the metatarsal head, mm (0 = at the head). */
  readonly proximalOffsetMm: number;
}

export interface TopCover {
  readonly material: TopCoverMaterial;
  readonly thicknessMm: number;
  readonly length: DeviceLength;
}

/** The fields for one foot. */
export interface SidePrescription {
  readonly shellMaterial: RxField<ShellMaterial>;
  readonly shellThicknessMm: RxField<number>;
  readonly length: RxField<DeviceLength>;
  readonly width: RxField<DeviceWidth>;
  readonly archFill: RxField<ArchFill>;
  /** Height of the arch apex of the device above the heel seat, mm; null = from the scan. */
  readonly archHeightMm: RxField<number | null>;
  readonly heelCupDepthMm: RxField<number>;
  /** Rearfoot post, degrees, + varus / − valgus. */
  readonly rearfootPostDeg: RxField<number>;
  /** Motion grind of the rearfoot post, degrees (the second 4 of "4/4"). */
  readonly rearfootMotionGrindDeg: RxField<number>;
  /** Forefoot post, degrees, + varus / − valgus. */
  readonly forefootPostDeg: RxField<number>;
  readonly medialHeelSkiveMm: RxField<number>;
  readonly lateralHeelSkiveMm: RxField<number>;
  /** Heel lift on this side, mm (0 = none). */
  readonly heelLiftMm: RxField<number>;
  readonly metatarsalPad: RxField<MetatarsalPad | null>;
  readonly topCover: RxField<TopCover>;
  readonly additions: RxField<readonly RxAddition[]>;
  /**
   * External full-length sole build-up on this shoe, mm: the part of a heel-lift correction that does not fit
   * inside the shoe (biomech-reference.md §2.4). Optional for older documents; the engine always sets it.
   */
  readonly shoeBuildUpMm?: RxField<number>;
}

/** The footwear the device must fit. */
export interface RxFootwear {
  readonly type: FootwearType;
  /** Heel-to-forefoot drop of the shoe, mm. */
  readonly heelHeightMm?: number;
  readonly removableInsole?: boolean;
  /** The intake's shoe size without its `kind` tag; conversion to length lives in `insole/`. */
  readonly size?: Omit<ShoeSize, 'kind'>;
  /** Largest total device height under the heel that fits this shoe, mm. */
  readonly maxHeelHeightInShoeMm?: number;
}

/** A whole prescription, as stored and exchanged (`rx.json`). No patient name. */
export interface Prescription {
  readonly format: 'groundup-prescription';
  /** Format version of this document. */
  readonly formatVersion: 1;
  /** Increases with every saved change (the design records which revision it was made from). */
  readonly revision: number;
  /** Opaque reference to the patient or case, never a name. */
  readonly caseRef?: string;
  /** Body mass, kg (shell thickness scales with it). */
  readonly bodyMassKg?: number;
  readonly footwear: RxFootwear;
  /** One entry per side prescribed; at least one. */
  readonly sides: { readonly left?: SidePrescription; readonly right?: SidePrescription };
  readonly notes?: readonly string[];
}

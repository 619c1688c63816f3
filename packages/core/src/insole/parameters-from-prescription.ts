import type { Issue } from '../issue.js';
import type { Validated } from '../intake/validated.js';
import type { ShoeWidth } from '../intake/patient-profile.js';
import type { Prescription, ShellMaterial } from '../prescription/prescription.js';
import type { FootAlignment } from '../scan/align-foot.js';
import type { Side } from '../scan/foot-frame.js';
import { footOutline, plantarHeightMap } from '../scan/foot-outline.js';
import { canonicalFootOutline } from './build-insole.js';
import type { InsoleHeightMap, InsoleMetatarsalPad, InsoleParameters } from './insole-parameters.js';
import { bordersAt } from './insole-outline.js';
import { shoeSizeLengths } from './shoe-size.js';
import { validateInsoleParameters } from './validate-insole-parameters.js';

/** What design takes from a foot scan: its side, outline and plantar height map, in the foot frame. */
export interface DesignScan {
  readonly side: Side;
  readonly outline: { readonly xsMm: readonly number[]; readonly ysMm: readonly number[] };
  readonly heightMap: InsoleHeightMap;
}

/** Outline sampling along the foot and height map cell, mm. */
const SCAN_OUTLINE_STEP_MM = 2;
const SCAN_HEIGHT_CELL_MM = 2;
/** How far inside a scanned foot's outline the device's border sits, by width (groundup's convention). */
export const SCAN_OUTLINE_INSET_MM = { narrow: 3, standard: 1, wide: 0 } as const;
/** Teardrop metatarsal pad size, mm (groundup's default; the reference gives its place, not its size). */
export const METATARSAL_PAD_SIZE_MM = { length: 40, width: 25 } as const;
/**
 * Metatarsal heads as fractions of foot length (first at 72 %, fifth at 63 %) and of the breadth from the
 * lateral border (fifth at 15 %, first at 85 %): groundup's geometric approximation of a foot's plan.
 */
const MTH_AT = { first: 0.72, fifth: 0.63 } as const;
/** Full-depth heel cup for `deep-heel-cup`, mm: "high heel cups (≥ 21 mm)" (biomech-reference.md §3.1, Blake [V2]). */
const DEEP_HEEL_CUP_MM = 21;
const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * Reads what design needs from an aligned foot scan: the outline seen from above (every 2 mm) and the
 * plantar height map (2 mm cells), rounded to 0.01 mm so that the parameters serialize compactly.
 *
 * @param alignment - the scan in the foot frame (`scanFoot(...).value.alignment`)
 * @returns the design scan
 */
export function designScanFromAlignment(alignment: FootAlignment): DesignScan {
  const outline = footOutline(alignment.mesh, SCAN_OUTLINE_STEP_MM);
  const map = plantarHeightMap(alignment.mesh, SCAN_HEIGHT_CELL_MM);
  return {
    side: alignment.side,
    outline: { xsMm: Array.from(outline.xs, round2), ysMm: Array.from(outline.ys, round2) },
    heightMap: {
      originXMm: map.originXMm,
      originYMm: map.originYMm,
      cellMm: map.cellMm,
      cols: map.cols,
      rows: map.rows,
      heightsMm: Array.from(map.heightsMm, (h) => (Number.isFinite(h) ? round2(h) : null)),
    },
  };
}

/** Mirrors a design scan across y = 0 (a right foot's scan used for the left, or the reverse). */
function mirrorScan(scan: DesignScan): DesignScan {
  const map = scan.heightMap;
  const heights: (number | null)[] = [];
  for (let r = map.rows - 1; r >= 0; r--)
    for (let c = 0; c < map.cols; c++) heights.push(map.heightsMm[r * map.cols + c] ?? null);
  return {
    side: scan.side === 'left' ? 'right' : 'left',
    outline: { xsMm: [...scan.outline.xsMm].reverse(), ysMm: scan.outline.ysMm.map((y) => -y).reverse() },
    heightMap: { ...map, originYMm: -(map.originYMm + (map.rows - 1) * map.cellMm), heightsMm: heights },
  };
}

/**
 * Turns one side of a prescription (and optionally a foot scan) into insole parameters. Without a scan the
 * outline comes from the shoe size and the device width, and the top from the prescribed arch height; with
 * a scan, the outline is the scan's (inset by width) and, when the arch height is null, the top is the
 * scan's plantar surface (total contact). Additions that the builder does not make yet are warnings.
 *
 * @param rx - the prescription (read with `readPrescription`)
 * @param side - which side to design
 * @param scan - the foot scan, if any (a scan of the other foot is mirrored, with a warning)
 * @param options - `resolutionMm` of the mesh grid (default 2)
 * @returns the parameters, or issues whose paths name the prescription fields
 */
export function parametersFromPrescription(
  rx: Prescription,
  side: Side,
  scan?: DesignScan,
  options: { readonly resolutionMm?: number } = {},
): Validated<InsoleParameters> {
  const issues: Issue[] = [];
  const base = `sides.${side}`;
  const s = rx.sides[side];
  if (s === undefined) {
    return {
      kind: 'invalid',
      issues: [
        {
          severity: 'error',
          code: 'side_not_prescribed',
          path: base,
          message: `The prescription has no ${side} side.`,
        },
      ],
    };
  }
  let usedScan = scan;
  if (scan !== undefined && scan.side !== side) {
    usedScan = mirrorScan(scan);
    issues.push({
      severity: 'warning',
      code: 'scan_mirrored',
      path: 'scan',
      message: `The scan is of the ${scan.side} foot; its mirror image is used for the ${side} device.`,
    });
  }
  const size = rx.footwear.size;
  const lengths = size === undefined ? null : shoeSizeLengths(size.system, size.size);
  const shoeWidth: ShoeWidth = size?.width ?? 'standard';
  let outline: InsoleParameters['outline'];
  if (usedScan !== undefined) {
    outline = {
      kind: 'scan',
      xsMm: usedScan.outline.xsMm,
      ysMm: usedScan.outline.ysMm,
      insetMm: SCAN_OUTLINE_INSET_MM[s.width.value],
    };
  } else if (lengths !== null) {
    const width: ShoeWidth = s.width.value === 'standard' ? shoeWidth : s.width.value;
    outline = { kind: 'size', footLengthMm: round2(lengths.footLengthMm), width };
  } else {
    issues.push({
      severity: 'error',
      code: 'no_outline',
      path: 'footwear.size',
      message: 'Without a scan, the device outline comes from the shoe size: give footwear.size or a scan.',
    });
    return { kind: 'invalid', issues };
  }
  let top: InsoleParameters['top'];
  if (s.archHeightMm.value !== null) {
    top = { kind: 'parametric', archHeightMm: s.archHeightMm.value, archApexFraction: 0.42, fill: s.archFill.value };
  } else if (usedScan !== undefined) {
    top = { kind: 'scan', heightMap: usedScan.heightMap, fill: s.archFill.value };
  } else {
    issues.push({
      severity: 'error',
      code: 'no_arch_height',
      path: `${base}.archHeightMm`,
      message: 'archHeightMm is null ("from the scan") but no scan was given: give a scan or an arch height.',
    });
    return { kind: 'invalid', issues };
  }
  const additions = s.additions.value;
  for (const addition of additions) {
    if (addition === 'deep-heel-cup') continue;
    issues.push({
      severity: 'warning',
      code: 'addition_not_built',
      path: `${base}.additions`,
      message: `The addition "${addition}" is not built into the 3D model yet; the lab adds it by hand.`,
    });
  }
  const cover = s.topCover.value;
  const material: ShellMaterial = s.shellMaterial.value;
  const params: InsoleParameters = {
    format: 'groundup-insole-parameters',
    formatVersion: 1,
    side,
    outline,
    length: s.length.value,
    top,
    heelCupDepthMm: additions.includes('deep-heel-cup')
      ? Math.max(DEEP_HEEL_CUP_MM, s.heelCupDepthMm.value)
      : s.heelCupDepthMm.value,
    rearfootPostDeg: s.rearfootPostDeg.value,
    rearfootMotionGrindDeg: s.rearfootMotionGrindDeg.value,
    forefootPostDeg: s.forefootPostDeg.value,
    medialHeelSkiveMm: s.medialHeelSkiveMm.value,
    lateralHeelSkiveMm: s.lateralHeelSkiveMm.value,
    heelLiftMm: s.heelLiftMm.value,
    heelLiftTaperMm: 60,
    metatarsalPad: null,
    shell: {
      material,
      thicknessMm: s.shellThicknessMm.value,
      underside: material === 'eva' ? 'flat' : 'shell',
    },
    topCover:
      cover.material === 'none' || cover.thicknessMm === 0
        ? null
        : { material: cover.material, thicknessMm: cover.thicknessMm, length: cover.length },
    shoe: {
      maxHeelHeightMm: rx.footwear.maxHeelHeightInShoeMm ?? null,
      lastLengthMm: lengths === null ? null : round2(lengths.lastLengthMm),
      width: shoeWidth,
    },
    resolutionMm: options.resolutionMm ?? 2,
  };
  const rxPad = s.metatarsalPad.value;
  const withPad: InsoleParameters =
    rxPad === null
      ? params
      : { ...params, metatarsalPad: padPlacement(params, rxPad.metatarsal, rxPad.heightMm, rxPad.proximalOffsetMm) };
  issues.push(...validateInsoleParameters(withPad).map((issue) => ({ ...issue, path: rxPath(base, issue.path) })));
  if (issues.some((issue) => issue.severity === 'error')) return { kind: 'invalid', issues };
  return { kind: 'valid', value: withPad, issues };
}

/** Maps a parameter path to the prescription field it came from. */
function rxPath(base: string, path: string): string {
  if (path.startsWith('outline')) return path.includes('footLength') ? 'footwear.size' : 'scan';
  if (path.startsWith('top.archHeightMm')) return `${base}.archHeightMm`;
  if (path.startsWith('shell.thicknessMm')) return `${base}.shellThicknessMm`;
  if (path.startsWith('topCover')) return `${base}.topCover`;
  if (path.startsWith('metatarsalPad')) return `${base}.metatarsalPad`;
  return `${base}.${path}`;
}

/**
 * Where a metatarsal pad goes: its distal edge `proximalOffsetMm` behind the head of the given metatarsal,
 * its centre across the foot at that head.
 */
function padPlacement(
  params: InsoleParameters,
  metatarsal: number,
  heightMm: number,
  proximalOffsetMm: number,
): InsoleMetatarsalPad {
  const outline = canonicalFootOutline(params, params.side === 'left');
  const x0 = outline.xs[0] ?? 0;
  const length = (outline.xs[outline.xs.length - 1] ?? 0) - x0;
  const k = (metatarsal - 1) / 4;
  const headX = x0 + (MTH_AT.first + (MTH_AT.fifth - MTH_AT.first) * k) * length;
  const b = bordersAt(outline, headX);
  const fromLateral = 0.85 - 0.7 * k;
  const centreYCanonical = b.low + fromLateral * (b.high - b.low);
  const centreX = headX - proximalOffsetMm - 0.4 * METATARSAL_PAD_SIZE_MM.length;
  return {
    centreXMm: round2(centreX),
    centreYMm: round2(params.side === 'left' ? -centreYCanonical : centreYCanonical),
    heightMm,
    lengthMm: METATARSAL_PAD_SIZE_MM.length,
    widthMm: METATARSAL_PAD_SIZE_MM.width,
  };
}

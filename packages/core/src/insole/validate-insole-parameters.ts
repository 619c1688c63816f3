import type { Issue } from '../issue.js';
import { DEVICE_END_FRACTION, FOREFOOT_POST_START, type InsoleParameters } from './insole-parameters.js';
import { SHELL_MATERIALS, TOP_COVER_THICKNESS_MM } from './insole-materials.js';

/** An inclusive range with where it comes from. */
export interface ParameterRange {
  readonly min: number;
  readonly max: number;
  readonly unit: 'mm' | 'deg' | 'ratio';
  /** The source of the limits (biomech-reference.md section) or `groundup` for a geometric limit of the builder. */
  readonly source: string;
}

/** Accepted ranges of the numeric parameters. */
export const INSOLE_PARAMETER_RANGES = {
  footLengthMm: { min: 150, max: 350, unit: 'mm', source: 'groundup: adult and adolescent feet (ANSUR II max 286 mm)' },
  heelCupDepthMm: {
    min: 0,
    max: 30,
    unit: 'mm',
    source: 'biomech-reference.md §3.1: options 0–30 mm (KevinRoot) [V2]',
  },
  rearfootPostDeg: {
    min: -10,
    max: 10,
    unit: 'deg',
    source: 'biomech-reference.md §3.1: customary 4°, sometimes 6°, historic up to 9° varus [V2]',
  },
  rearfootMotionGrindDeg: { min: 0, max: 10, unit: 'deg', source: 'biomech-reference.md §3.1: "4/4" [V2]' },
  forefootPostDeg: {
    min: -20,
    max: 5,
    unit: 'deg',
    source: 'biomech-reference.md §3.2: Root balancing limit about 5° varus / 20° valgus [V2]',
  },
  heelSkiveMm: {
    min: 0,
    max: 8,
    unit: 'mm',
    source: 'biomech-reference.md §3.1: 2 mm standard, up to 6 mm, 8 mm extreme (Kirby) [V2]',
  },
  heelLiftMm: {
    min: 0,
    max: 12,
    unit: 'mm',
    source: 'biomech-reference.md §2.4: above 12 mm heel lifts alone are unsuitable [V2]',
  },
  heelLiftTaperMm: { min: 0, max: 150, unit: 'mm', source: 'groundup: runs out before the toes' },
  archHeightMm: { min: 0, max: 40, unit: 'mm', source: 'groundup: geometric limit' },
  archApexFraction: {
    min: 0.3,
    max: 0.55,
    unit: 'ratio',
    source: 'groundup: the medial arch lies at 30–55 % of length',
  },
  metatarsalPadHeightMm: { min: 1, max: 10, unit: 'mm', source: 'groundup: geometric limit' },
  outlineInsetMm: { min: -5, max: 10, unit: 'mm', source: 'groundup' },
  resolutionMm: { min: 0.5, max: 5, unit: 'mm', source: 'groundup: mesh spacing' },
} as const satisfies Record<string, ParameterRange>;

/**
 * Checks parameters before building: every number finite and in range (ranges with their sources), the
 * shell thickness within the material's range, and no contradictions (a forefoot post on a device that
 * ends behind the forefoot, a heel lift that does not fit under the shoe).
 *
 * @param params - the parameters
 * @param path - prefix of the issue paths (e.g. `right`)
 * @returns the issues; any `error` means the insole is not built
 */
export function validateInsoleParameters(params: InsoleParameters, path = ''): Issue[] {
  const issues: Issue[] = [];
  const at = (field: string) => (path === '' ? field : `${path}.${field}`);
  const range = (field: string, value: number, r: ParameterRange) => {
    if (!Number.isFinite(value)) {
      issues.push({ severity: 'error', code: 'not_a_number', path: at(field), message: `${field} must be a number.` });
    } else if (value < r.min || value > r.max) {
      issues.push({
        severity: 'error',
        code: 'out_of_range',
        path: at(field),
        message: `${field} is ${value} ${r.unit}; it must lie within ${r.min}–${r.max} ${r.unit} (${r.source}).`,
      });
    }
  };
  const R = INSOLE_PARAMETER_RANGES;
  if (params.outline.kind === 'size') range('outline.footLengthMm', params.outline.footLengthMm, R.footLengthMm);
  else {
    range('outline.insetMm', params.outline.insetMm, R.outlineInsetMm);
    if (params.outline.xsMm.length < 8 || params.outline.xsMm.length !== params.outline.ysMm.length) {
      issues.push({
        severity: 'error',
        code: 'bad_outline',
        path: at('outline'),
        message: 'The scan outline needs at least 8 points, with as many x as y values.',
      });
    }
  }
  if (params.top.kind === 'parametric') {
    range('top.archHeightMm', params.top.archHeightMm, R.archHeightMm);
    range('top.archApexFraction', params.top.archApexFraction, R.archApexFraction);
  }
  range('heelCupDepthMm', params.heelCupDepthMm, R.heelCupDepthMm);
  range('rearfootPostDeg', params.rearfootPostDeg, R.rearfootPostDeg);
  range('rearfootMotionGrindDeg', params.rearfootMotionGrindDeg, R.rearfootMotionGrindDeg);
  range('forefootPostDeg', params.forefootPostDeg, R.forefootPostDeg);
  range('medialHeelSkiveMm', params.medialHeelSkiveMm, R.heelSkiveMm);
  range('lateralHeelSkiveMm', params.lateralHeelSkiveMm, R.heelSkiveMm);
  range('heelLiftMm', params.heelLiftMm, R.heelLiftMm);
  range('heelLiftTaperMm', params.heelLiftTaperMm, R.heelLiftTaperMm);
  range('resolutionMm', params.resolutionMm, R.resolutionMm);
  const material = SHELL_MATERIALS[params.shell.material];
  range('shell.thicknessMm', params.shell.thicknessMm, {
    min: material.minThicknessMm,
    max: material.maxThicknessMm,
    unit: 'mm',
    source: `biomech-reference.md §3.2 for ${params.shell.material} [V2]`,
  });
  if (params.topCover !== null) {
    range('topCover.thicknessMm', params.topCover.thicknessMm, {
      ...TOP_COVER_THICKNESS_MM,
      unit: 'mm',
      source: 'biomech-reference.md §3.2–3.3: covers 1–3 mm, ¼" Plastazote [V2]',
    });
  }
  if (params.metatarsalPad !== null) {
    range('metatarsalPad.heightMm', params.metatarsalPad.heightMm, R.metatarsalPadHeightMm);
    for (const field of ['centreXMm', 'centreYMm', 'lengthMm', 'widthMm'] as const) {
      const value = params.metatarsalPad[field];
      if (!Number.isFinite(value) || (field.endsWith('thMm') && value <= 0)) {
        issues.push({
          severity: 'error',
          code: 'out_of_range',
          path: at(`metatarsalPad.${field}`),
          message: `metatarsalPad.${field} must be a finite number${field.endsWith('thMm') ? ' above 0' : ''}.`,
        });
      }
    }
  }
  if (params.forefootPostDeg !== 0 && DEVICE_END_FRACTION[params.length] <= FOREFOOT_POST_START) {
    issues.push({
      severity: 'error',
      code: 'contradictory',
      path: at('forefootPostDeg'),
      message: `A forefoot post of ${params.forefootPostDeg}° needs a device under the forefoot; a ${params.length} device ends behind the metatarsal heads. Use sulcus or full length, or no forefoot post.`,
    });
  }
  if (params.metatarsalPad !== null && params.length === 'three-quarter') {
    const footLength = outlineFootLength(params);
    if (params.metatarsalPad.centreXMm > DEVICE_END_FRACTION['three-quarter'] * footLength - 5) {
      issues.push({
        severity: 'error',
        code: 'contradictory',
        path: at('metatarsalPad.centreXMm'),
        message: 'The metatarsal pad lies beyond the end of the three-quarter device.',
      });
    }
  }
  if (params.shoe?.maxHeelHeightMm != null && Number.isFinite(params.shoe.maxHeelHeightMm)) {
    const heel = heelSeatHeightMm(params);
    if (heel > params.shoe.maxHeelHeightMm) {
      issues.push({
        severity: 'error',
        code: 'heel_too_high_for_shoe',
        path: at('heelLiftMm'),
        message: `Under the heel the device is ${heel.toFixed(1)} mm high (shell ${params.shell.thicknessMm} mm + heel lift ${params.heelLiftMm} mm${params.topCover === null ? '' : ` + cover ${params.topCover.thicknessMm} mm`}${params.rearfootPostDeg === 0 ? '' : ' + rearfoot post'}); the shoe takes at most ${params.shoe.maxHeelHeightMm} mm.`,
      });
    }
  }
  return issues;
}

/** Foot length the parameters describe, mm. */
export function outlineFootLength(params: InsoleParameters): number {
  if (params.outline.kind === 'size') return params.outline.footLengthMm;
  let min = Infinity;
  let max = -Infinity;
  for (const x of params.outline.xsMm) {
    min = Math.min(min, x);
    max = Math.max(max, x);
  }
  return max - min;
}

/** Half the heel breadth assumed for the rise of a post when checking parameters alone: 0.13 × foot length. */
const HEEL_HALF_WIDTH_RATIO = 0.13;

/**
 * Height of the heel seat's highest point before building: shell + lift + cover + the rise of the post across
 * the heel (a heel breadth of 0.26 × foot length) + the larger skive. The built insole's check measures it.
 *
 * @param params - the parameters
 * @returns mm
 */
export function heelSeatHeightMm(params: InsoleParameters): number {
  const heelWidth = 2 * HEEL_HALF_WIDTH_RATIO * outlineFootLength(params);
  const post = Math.tan((Math.abs(params.rearfootPostDeg) * Math.PI) / 180) * heelWidth;
  return (
    params.shell.thicknessMm +
    params.heelLiftMm +
    post +
    Math.max(params.medialHeelSkiveMm, params.lateralHeelSkiveMm) +
    (params.topCover?.thicknessMm ?? 0)
  );
}

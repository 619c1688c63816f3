import type { Issue } from '../issue.js';
import { errorAt, isRecord, joinPath, readChoice, readNumber, warningAt } from './field-checks.js';
import { PAIN_REGIONS, type PainRegion } from './pain-region.js';
import { validated, type Validated } from './validated.js';

/** Where on the body a pain is: one side, both, or on the midline (lower back only). */
export type PainSide = 'left' | 'right' | 'both' | 'midline';

/** Every pain side name. */
export const PAIN_SIDES: readonly PainSide[] = ['left', 'right', 'both', 'midline'];

/** One marked area of pain. */
export interface PainMapEntry {
  readonly kind: 'PainMapEntry';
  readonly region: PainRegion;
  readonly side: PainSide;
  /** Pain intensity for this area, 0–10 NRS, or null when not rated. */
  readonly nrs: number | null;
}

/** The pain map of an intake. */
export interface PainMap {
  readonly kind: 'PainMap';
  readonly entries: readonly PainMapEntry[];
}

/**
 * The sides a region accepts: the lower back may be midline; a limb region is left, right or both.
 *
 * @param region - the region
 * @returns the accepted side names
 */
export function sidesForRegion(region: PainRegion): readonly PainSide[] {
  return region === 'lower-back' ? PAIN_SIDES : ['left', 'right', 'both'];
}

/**
 * Reads a pain map: a list of `{ region, side, nrs? }`. Unknown regions or side names, `midline` on a
 * limb, and NRS outside 0–10 are errors; the same area twice, or `both` beside `left`/`right`, are warnings.
 *
 * @param input - the list as entered
 * @param path - where it sits (e.g. `painMap`)
 * @returns the map, or the issues with the path of each field (e.g. `painMap.1.side`)
 */
export function readPainMap(input: unknown, path = ''): Validated<PainMap> {
  if (!Array.isArray(input)) {
    return { kind: 'invalid', issues: [errorAt('invalid_type', path, 'The pain map must be a list of areas.')] };
  }
  const issues: Issue[] = [];
  const entries: PainMapEntry[] = [];
  input.forEach((raw: unknown, index) => {
    const at = joinPath(path, index);
    if (!isRecord(raw)) {
      issues.push(errorAt('invalid_type', at, 'Each pain area must be an object { region, side, nrs? }.'));
      return;
    }
    const region = readChoice(raw, 'region', joinPath(at, 'region'), PAIN_REGIONS, true, issues);
    const side = readChoice(raw, 'side', joinPath(at, 'side'), PAIN_SIDES, true, issues);
    const nrs = readNumber(raw, 'nrs', joinPath(at, 'nrs'), { min: 0, max: 10, integer: true }, issues);
    if (region === undefined || side === undefined) return;
    if (!sidesForRegion(region).includes(side)) {
      issues.push(
        errorAt('invalid_value', joinPath(at, 'side'), `${region} pain is left, right or both, not ${side}.`),
      );
      return;
    }
    const overlap = entries.find(
      (entry) => entry.region === region && (entry.side === side || entry.side === 'both' || side === 'both'),
    );
    if (overlap !== undefined) {
      issues.push(
        warningAt('duplicate', at, `${region} (${side}) overlaps ${region} (${overlap.side}) already on the map.`),
      );
    }
    entries.push({ kind: 'PainMapEntry', region, side, nrs: nrs ?? null });
  });
  return validated(issues, () => ({ kind: 'PainMap', entries }));
}

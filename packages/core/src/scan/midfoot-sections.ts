import type { Mesh } from '../mesh/mesh.js';
import { sectionQuarterLow, sliceStationsX } from './mesh-slice.js';
import { meshBounds } from '../mesh/mesh-bounds.js';

/** Sections across the midfoot (30–60 % of length) of a foot in the foot frame, shared by side detection and the arch height. */
export interface MidfootSections {
  readonly minZ: number;
  /** Interleaved `y, z` section points, one array per station, heel to toes. */
  readonly sections: readonly Float64Array[];
}

/**
 * Stations over 30–60 % of length (every 1 mm for a 260 mm foot); a fixed count, so results scale
 * with the foot. Station 52 lies exactly at 50 % of length.
 */
const STATIONS = 79;
const AT_HALF_LENGTH = 52;

/**
 * Cuts the midfoot of an aligned foot.
 *
 * @param mesh - a foot in the foot frame
 * @returns the sections and the ground height
 */
export function midfootSections(mesh: Mesh): MidfootSections {
  const p = mesh.positions;
  const {
    min: [minX, , minZ],
    max: [maxX],
  } = meshBounds(mesh);
  const length = maxX - minX;
  return {
    minZ,
    sections: sliceStationsX(p, mesh.triangles, minX + 0.3 * length, (0.3 * length) / (STATIONS - 1), STATIONS),
  };
}

/**
 * Mean height of the plantar surface above the ground in the outer quarter of the breadth on each
 * side (+y, −y) across the midfoot: the medial arch lifts one side.
 *
 * @param midfoot - the sections
 * @returns the mean lift on the +y and the −y side, mm
 */
export function archLift(midfoot: MidfootSections): { readonly plusY: number; readonly minusY: number } {
  let plusY = 0;
  let minusY = 0;
  let counted = 0;
  for (const section of midfoot.sections) {
    const plus = sectionQuarterLow(section, 1, midfoot.minZ);
    const minus = sectionQuarterLow(section, -1, midfoot.minZ);
    if (plus === null || minus === null) continue;
    plusY += plus;
    minusY += minus;
    counted++;
  }
  return counted === 0 ? { plusY: 0, minusY: 0 } : { plusY: plusY / counted, minusY: minusY / counted };
}

/**
 * Plantar arch height: over the midfoot sections, the lowest point of the medial quarter of each;
 * the highest of those.
 *
 * @param midfoot - the sections
 * @param medial - +1 when medial is +y (a right foot), −1 otherwise
 * @returns height above the ground, mm
 */
export function plantarArchHeight(midfoot: MidfootSections, medial: 1 | -1): number {
  let best = 0;
  for (const section of midfoot.sections) {
    const low = sectionQuarterLow(section, medial, midfoot.minZ);
    if (low !== null) best = Math.max(best, low);
  }
  return best;
}

/**
 * Height of the highest point of the section at 50 % of foot length above the ground (the dorsal
 * arch height of the arch height index), or null for an empty section.
 *
 * @param midfoot - the sections
 * @returns height, mm
 */
export function dorsalHeightAtHalfLength(midfoot: MidfootSections): number | null {
  const section = midfoot.sections[AT_HALF_LENGTH];
  if (section === undefined || section.length === 0) return null;
  let top = -Infinity;
  for (let i = 1; i < section.length; i += 2) top = Math.max(top, section[i] ?? -Infinity);
  return top - midfoot.minZ;
}

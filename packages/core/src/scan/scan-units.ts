import type { Issue } from '../issue.js';
import type { Mesh } from '../mesh/mesh.js';

/** Length units a scan may be saved in. */
export type LengthUnit = 'mm' | 'cm' | 'm';

const TO_MM: Record<LengthUnit, number> = { mm: 1, cm: 10, m: 1000 };
/** Plausible foot lengths, mm (a small child's foot to well beyond ANSUR II's largest, 286 mm). */
const PLAUSIBLE_MM = { min: 80, max: 450 } as const;

/**
 * Chooses the unit of a scan: the given one, or the one that makes its longest extent a plausible
 * foot length (with a `units_detected` warning saying so).
 *
 * @param longestExtent - the mesh's longest bounding-box extent in file units
 * @param given - the unit the user named, if any
 * @returns the unit and its warnings; null unit when no unit makes it a plausible foot
 */
export function chooseUnit(longestExtent: number, given?: LengthUnit): { unit: LengthUnit | null; warnings: Issue[] } {
  if (given !== undefined) return { unit: given, warnings: [] };
  for (const unit of ['mm', 'cm', 'm'] as const) {
    const mm = longestExtent * TO_MM[unit];
    if (mm >= PLAUSIBLE_MM.min && mm <= PLAUSIBLE_MM.max) {
      return {
        unit,
        warnings: [
          {
            severity: 'warning',
            code: 'units_detected',
            path: 'units',
            message: `No units given: the scan is ${longestExtent.toPrecision(4)} units long, read as ${unit} (${mm.toFixed(0)} mm). Pass --units to be sure.`,
          },
        ],
      };
    }
  }
  return { unit: null, warnings: [] };
}

/**
 * Converts a mesh to millimetres.
 *
 * @param mesh - coordinates in `unit`
 * @param unit - the file's unit
 * @returns the mesh in mm (the same object when already mm)
 */
export function toMillimetres(mesh: Mesh, unit: LengthUnit): Mesh {
  const factor = TO_MM[unit];
  if (factor === 1) return mesh;
  const positions = new Float32Array(mesh.positions.length);
  for (let i = 0; i < positions.length; i++) positions[i] = (mesh.positions[i] ?? 0) * factor;
  return { positions, triangles: mesh.triangles };
}

import type { ShellMaterial, TopCoverMaterial } from '../prescription/prescription.js';

/** What groundup assumes about a shell material. */
export interface ShellMaterialData {
  /** Density, g/cm³: generic handbook mid-range values for the polymer or composite, not a named datasheet. */
  readonly densityGPerCm3: number;
  /** Thinnest shell accepted, mm (biomech-reference.md §3.2: thermoplastic sheets 2–9 mm, graphite 1–2, fiberglass 2–3). */
  readonly minThicknessMm: number;
  /** Thickest shell accepted, mm (same source). */
  readonly maxThicknessMm: number;
}

/**
 * Shell materials. Thickness limits from biomech-reference.md §3.2 ([V2]: Dorchester Physio, Huppin, KLM);
 * EVA has no sheet range there and takes the thermoplastic one. Densities are generic material data
 * (typical handbook values: PP 0.90–0.91, PE 0.92–0.96, orthotic EVA foam 0.1–0.3, carbon and glass
 * fibre laminates about 1.5–1.6 and 1.8–2.0 g/cm³), so masses are estimates, ±20 %.
 */
export const SHELL_MATERIALS: Readonly<Record<ShellMaterial, ShellMaterialData>> = {
  polypropylene: { densityGPerCm3: 0.905, minThicknessMm: 2, maxThicknessMm: 9 },
  subortholen: { densityGPerCm3: 0.95, minThicknessMm: 2, maxThicknessMm: 9 },
  polyethylene: { densityGPerCm3: 0.94, minThicknessMm: 2, maxThicknessMm: 9 },
  eva: { densityGPerCm3: 0.2, minThicknessMm: 2, maxThicknessMm: 9 },
  graphite: { densityGPerCm3: 1.55, minThicknessMm: 1, maxThicknessMm: 2 },
  fiberglass: { densityGPerCm3: 1.9, minThicknessMm: 2, maxThicknessMm: 3 },
};

/**
 * Top cover densities, g/cm³: generic values for the foam families (EVA and PU foams 0.15–0.4, closed-cell
 * polyethylene foams such as Plastazote 0.03–0.2 by grade), not a named datasheet: estimates, ±30 %.
 */
export const TOP_COVER_DENSITY_G_PER_CM3: Readonly<Record<Exclude<TopCoverMaterial, 'none'>, number>> = {
  eva: 0.2,
  poron: 0.32,
  spenco: 0.3,
  'plastazote-1': 0.05,
  'plastazote-2': 0.1,
  'plastazote-3': 0.15,
};

/** Top cover thickness accepted, mm: covers are 1–3 mm; a ¼" (6.35 mm) Plastazote layer is the thickest cited (biomech-reference.md §3.2, §3.3). */
export const TOP_COVER_THICKNESS_MM = { min: 1, max: 6.5 } as const;

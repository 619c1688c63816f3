import { encodeUtf8 } from '../mesh/utf8.js';
import type { Issue } from '../issue.js';
import { meshBounds } from '../mesh/mesh-bounds.js';
import { writeBinaryStl } from '../mesh/write-stl.js';
import { writeObj } from '../mesh/write-obj.js';
import { write3mf, type ThreeMfObject } from '../mesh/write-3mf.js';
import type { Prescription } from '../prescription/prescription.js';
import type { Side } from '../scan/foot-frame.js';
import { GROUNDUP_VERSION } from '../version.js';
import { buildInsole, type BuiltInsole, type InsoleBody } from './build-insole.js';
import { checkInsole, type InsoleReport } from './check-insole.js';
import type { DesignRecord } from './design-record.js';
import type { GeometryKernel } from './geometry-kernel.js';
import type { InsoleParameters } from './insole-parameters.js';
import { parametersFromPrescription, type DesignScan } from './parameters-from-prescription.js';

/** One side's design: parameters, the built bodies and their checks. */
export interface InsoleDesign {
  readonly side: Side;
  readonly parameters: InsoleParameters;
  readonly built: BuiltInsole;
  readonly report: InsoleReport;
}

/** Outcome of designing: every requested side, or the issues that stopped it (nothing built to be written). */
export type DesignOutcome =
  | { readonly kind: 'designed'; readonly designs: readonly InsoleDesign[]; readonly issues: readonly Issue[] }
  | { readonly kind: 'invalid'; readonly issues: readonly Issue[]; readonly designs: readonly InsoleDesign[] };

/**
 * Designs insoles from a prescription (and optionally a scan): parameters per side, the build, and the
 * checks. A failed `error` check (not manifold, too thin, too high for the shoe, not fitting the shoe)
 * makes the outcome invalid, with an issue per failure: such a design is never presented as good.
 *
 * @param rx - the prescription
 * @param sides - the sides to design
 * @param options - `scan` (from `designScanFromAlignment`), `kernel` (manifold-3d check), `resolutionMm`
 * @returns the designs, or the issues
 */
export function designInsoles(
  rx: Prescription,
  sides: readonly Side[],
  options: { readonly scan?: DesignScan; readonly kernel?: GeometryKernel; readonly resolutionMm?: number } = {},
): DesignOutcome {
  const issues: Issue[] = [];
  const designs: InsoleDesign[] = [];
  for (const side of sides) {
    const read = parametersFromPrescription(
      rx,
      side,
      options.scan,
      options.resolutionMm === undefined ? {} : { resolutionMm: options.resolutionMm },
    );
    issues.push(...read.issues);
    if (read.kind === 'invalid') continue;
    const building = buildInsole(read.value);
    if (!building.ok) {
      issues.push(...building.issues.filter((issue) => issue.severity === 'error'));
      continue;
    }
    const built = building.value;
    const report = checkInsole(built, options.kernel === undefined ? {} : { kernel: options.kernel });
    for (const check of report.checks) {
      // Failed warnings stay in the report's checks; failed errors stop the design.
      if (check.ok || check.severity !== 'error') continue;
      issues.push({
        severity: check.severity,
        code: check.code,
        path: `sides.${side}`,
        message: check.message,
      });
    }
    designs.push({ side, parameters: read.value, built, report });
  }
  const failed = issues.some((issue) => issue.severity === 'error');
  return failed ? { kind: 'invalid', issues, designs } : { kind: 'designed', designs, issues };
}

function bodies(design: InsoleDesign): InsoleBody[] {
  return [design.built.shell, ...(design.built.topCover === null ? [] : [design.built.topCover])];
}

/** Space between two insoles placed side by side in a 3MF build, and from the build plate's origin, mm. */
const BUILD_GAP_MM = 10;

/**
 * Writes designs as one 3MF: one object per body (`insole-right-shell`, `insole-right-top-cover`, …), the
 * build placing the insoles side by side from (10, 10) mm on the plate (a pair of adult insoles fits a
 * 300 × 300 mm bed as placed; a top cover sits on its shell), with the design id, sides, prescription
 * revision and software version as metadata. No patient name or case reference.
 *
 * @param designs - the designs
 * @param record - the design record (its id and revision go into the metadata)
 * @returns the .3mf bytes, deterministic
 */
export function designTo3mf(designs: readonly InsoleDesign[], record: DesignRecord): Uint8Array {
  const objects: ThreeMfObject[] = [];
  let nextMinY = BUILD_GAP_MM;
  for (const design of [...designs].sort((a, b) => (a.side === b.side ? 0 : a.side === 'right' ? -1 : 1))) {
    const box = meshBounds(design.built.shell.mesh);
    const shift: [number, number, number] = [BUILD_GAP_MM - box.min[0], nextMinY - box.min[1], -box.min[2]];
    nextMinY = box.max[1] + shift[1] + BUILD_GAP_MM;
    for (const body of bodies(design))
      objects.push({ name: `insole-${design.side}-${body.name}`, mesh: body.mesh, translationMm: shift });
  }
  return write3mf(objects, {
    Title: `groundup insole design ${record.designId}`,
    Application: `groundup ${GROUNDUP_VERSION}`,
    designId: record.designId,
    sides: designs.map((d) => d.side).join(','),
    prescriptionRevision: String(record.inputs.prescriptionRevision),
    prescriptionSha256: record.inputs.prescriptionSha256,
    softwareVersion: GROUNDUP_VERSION,
  });
}

/**
 * One file per body for STL or OBJ: the shell, and the top cover as `…-top-cover`.
 *
 * @param design - one side's design
 * @param format - `stl` (binary) or `obj`
 * @param record - the design record
 * @returns suffix (`''` for the shell, `-top-cover`) and bytes of each file
 */
export function designToMeshFiles(
  design: InsoleDesign,
  format: 'stl' | 'obj',
  record: DesignRecord,
): { readonly suffix: string; readonly bytes: Uint8Array }[] {
  return bodies(design).map((body) => {
    const label = `groundup insole ${record.designId} ${design.side} ${body.name} rx r${record.inputs.prescriptionRevision} mm`;
    return {
      suffix: body.name === 'shell' ? '' : `-${body.name}`,
      bytes: format === 'stl' ? writeBinaryStl(body.mesh, label) : encodeUtf8(writeObj(body.mesh, label)),
    };
  });
}

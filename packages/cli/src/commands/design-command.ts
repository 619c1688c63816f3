import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Issue } from '@groundup/core';
import {
  createDesignRecord,
  designInsoles,
  designScanFromAlignment,
  designTo3mf,
  designToMeshFiles,
  loadGeometryKernel,
  type DesignOverride,
  type DesignRecord,
  type DesignScan,
  type InsoleDesign,
} from '@groundup/core/insole';
import { readMesh } from '@groundup/core/mesh';
import { readPrescription, type Prescription } from '@groundup/core/prescription';
import { scanFoot, type Side } from '@groundup/core/scan';
import { CliError, EXIT_USAGE } from '../cli-error.js';
import { parseUnits } from '../parse-units.js';
import { readInputFile } from '../read-input.js';
import { sizeThatFits } from './design/size-that-fits.js';
import type { Io } from '../io.js';

const OPTIONS = {
  rx: { type: 'string' },
  scan: { type: 'string' },
  side: { type: 'string' },
  out: { type: 'string' },
  record: { type: 'string' },
  resolution: { type: 'string' },
  units: { type: 'string' },
  allow: { type: 'string', multiple: true },
  'kernel-check': { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

/**
 * `groundup design --rx <rx.json> [--scan <scan>] [--side left|right|both] --out <file.stl|.3mf|.obj>`:
 * designs insoles from a prescription (and a foot scan), checks them, and writes them with a design record.
 *
 * @param args - the arguments after `design`
 * @param io - output streams and working directory
 * @returns the exit code: 0 written, 1 bad input or failed checks (nothing written), 2 usage
 */
export async function execute(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: OPTIONS,
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length > 0)
    throw new CliError('usage', `design takes no positional arguments (got '${positionals[0] ?? ''}')`, EXIT_USAGE);
  if (values.rx === undefined) throw new CliError('usage', 'design needs --rx <rx.json>', EXIT_USAGE);
  if (values.out === undefined)
    throw new CliError('usage', 'design needs --out <file.stl|file.3mf|file.obj>', EXIT_USAGE);
  const out = path.resolve(io.cwd, values.out);
  const format = path.extname(out).toLowerCase().slice(1);
  if (format !== 'stl' && format !== '3mf' && format !== 'obj')
    throw new CliError('usage', `--out must end in .stl, .3mf or .obj (got '${values.out}')`, EXIT_USAGE);
  const sideOption = values.side ?? 'both';
  if (sideOption !== 'left' && sideOption !== 'right' && sideOption !== 'both')
    throw new CliError('usage', `--side must be left, right or both (got '${sideOption}')`, EXIT_USAGE);
  const resolution = values.resolution === undefined ? undefined : Number(values.resolution);
  if (resolution !== undefined && !(resolution >= 0.5 && resolution <= 5))
    throw new CliError(
      'usage',
      `--resolution must be a number of mm within 0.5–5 (got '${values.resolution}')`,
      EXIT_USAGE,
    );

  const units = parseUnits(values.units);
  if (units !== undefined && values.scan === undefined)
    throw new CliError('usage', '--units is the unit of the scan: it needs --scan', EXIT_USAGE);
  const allowed = new Set<string>();
  for (const code of values.allow ?? []) {
    if (!OVERRIDABLE.includes(code))
      throw new CliError(
        'usage',
        `--allow takes ${OVERRIDABLE.join(', ')} (got '${code}'); a design that is not manifold, too thin or too high for the shoe is never written`,
        EXIT_USAGE,
      );
    allowed.add(code);
  }

  const rxFile = path.resolve(io.cwd, values.rx);
  const rxBytes = readInputFile(rxFile);
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(rxBytes));
  } catch (error) {
    throw new CliError('invalid_json', `${values.rx}: not JSON (${(error as Error).message})`);
  }
  const read = readPrescription(parsed);
  if (read.kind === 'invalid') return fail(read.issues, values.json === true, io);
  const rx = read.value;
  const sides: Side[] =
    sideOption === 'both' ? (['left', 'right'] as const).filter((side) => rx.sides[side] !== undefined) : [sideOption];

  let scan: DesignScan | undefined;
  let scanBytes: Uint8Array | undefined;
  const scanIssues: Issue[] = [];
  if (values.scan !== undefined) {
    scanBytes = readInputFile(path.resolve(io.cwd, values.scan));
    const mesh = readMesh(scanBytes);
    if (!mesh.ok) {
      return fail(
        mesh.issues
          .filter((issue) => issue.severity === 'error')
          .map((issue) => ({ ...issue, path: 'scan', message: `${values.scan}: ${issue.message}` })),
        values.json === true,
        io,
      );
    }
    const scanned = scanFoot(mesh.value.mesh, units === undefined ? {} : { units });
    if (!scanned.ok) {
      return fail(
        scanned.issues
          .filter((issue) => issue.severity === 'error')
          .map((issue) => ({ ...issue, path: 'scan', message: `${values.scan}: ${issue.message}` })),
        values.json === true,
        io,
      );
    }
    // A cropped impression's outline is the crop, not the foot: no device can be cut to it.
    const crop = scanned.issues.find((w) => w.code === 'outline_is_crop');
    if (crop !== undefined) return fail([{ ...crop, severity: 'error', path: 'scan' }], values.json === true, io);
    scan = designScanFromAlignment(scanned.value.alignment);
    scanIssues.push(...scanned.issues.map((w) => ({ ...w, path: 'scan' })));
  }

  // groundup's own check is exact for closed 2-manifolds; manifold-3d (loaded only when asked) checks again.
  const kernel = values['kernel-check'] === true ? await loadGeometryKernel() : undefined;
  const outcome = designInsoles(rx, sides, {
    ...(kernel === undefined ? {} : { kernel }),
    ...(scan === undefined ? {} : { scan }),
    ...(resolution === undefined ? {} : { resolutionMm: resolution }),
  });
  // A failed check the user allowed (--allow fits_shoe) is written anyway, as a warning and in the record.
  const overrides: DesignOverride[] = [];
  const issues: Issue[] = [...scanIssues];
  for (const issue of outcome.issues) {
    const side = issue.path.replace(/^sides\./, '');
    if (issue.severity === 'error' && allowed.has(issue.code) && (side === 'left' || side === 'right')) {
      overrides.push({
        check: issue.code as DesignOverride['check'],
        side,
        message: issue.message,
        by: `--allow ${issue.code}`,
      });
      issues.push({
        ...issue,
        severity: 'warning',
        message: `${issue.message} Written anyway: --allow ${issue.code} (recorded in the design record).`,
      });
    } else issues.push(issue);
  }
  const designed = outcome.designs.length === sides.length && !issues.some((i) => i.severity === 'error');
  if (!designed) return fail(withFitAdvice(issues, outcome.designs, rx), values.json === true, io, outcome.designs);

  const record = createDesignRecord(
    {
      prescriptionSha256: sha256(rxBytes),
      prescriptionRevision: rx.revision,
      ...(scanBytes === undefined ? {} : { scanSha256: sha256(scanBytes) }),
    },
    Object.fromEntries(outcome.designs.map((d) => [d.side, { parameters: d.parameters, report: d.report }])),
    overrides,
  );
  const files = writeDesign(outcome.designs, record, out, format, outcome.designs.length > 1);
  const recordFile =
    values.record === undefined ? withSuffix(out, '.design.json', true) : path.resolve(io.cwd, values.record);
  write(recordFile, new TextEncoder().encode(`${JSON.stringify(record, null, 2)}\n`));
  const summary = {
    designId: record.designId,
    files,
    record: recordFile,
    sides: Object.fromEntries(outcome.designs.map((d) => [d.side, sideJson(d)])),
    overrides,
    warnings: issues.filter((i) => i.severity === 'warning'),
  };
  io.stdout(values.json === true ? `${JSON.stringify(summary)}\n` : formatSummary(summary, outcome.designs));
  return 0;
}

/** The failed checks `--allow` may override: the device is sound, only the shoe is in doubt. */
const OVERRIDABLE: readonly string[] = ['fits_shoe'];

/**
 * A `fits_shoe` failure says which size of the prescription's system fits, and how to write the design anyway.
 *
 * @returns the issues, a failed fit's message extended
 */
function withFitAdvice(issues: readonly Issue[], designs: readonly InsoleDesign[], rx: Prescription): Issue[] {
  const size = rx.footwear.size;
  return issues.map((issue) => {
    if (issue.code !== 'fits_shoe' || issue.severity !== 'error') return issue;
    const design = designs.find((d) => `sides.${d.side}` === issue.path);
    const fits = design === undefined || size === undefined ? null : sizeThatFits(design, size);
    const advice =
      fits === null
        ? size === undefined
          ? ''
          : ` No longer ${size.system} size within ten sizes fits: the width (footwear.size.width), not the length, is too small.`
        : ` ${fits.system} size ${fits.size} (last ${fits.lastLengthMm.toFixed(0)} mm) fits: set footwear.size.size to ${fits.size} in the prescription.`;
    return {
      ...issue,
      message: `${issue.message}${advice} To write this design for the shoe as prescribed anyway, pass --allow fits_shoe (recorded in the design record).`,
    };
  });
}

/** SHA-256 by node:crypto (native; the same digest as core's sha256Hex, which a test checks). */
function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function write(file: string, bytes: Uint8Array): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  } catch (error) {
    throw new CliError('file_unwritable', `cannot write ${file}: ${(error as Error).message}`);
  }
}

/** `dir/name.ext` → `dir/name<suffix>.ext` (or `dir/name<suffix>` replacing the extension). */
function withSuffix(file: string, suffix: string, replaceExtension = false): string {
  const extension = path.extname(file);
  const stem = file.slice(0, file.length - extension.length);
  return replaceExtension ? `${stem}${suffix}` : `${stem}${suffix}${extension}`;
}

function writeDesign(
  designs: readonly InsoleDesign[],
  record: DesignRecord,
  out: string,
  format: 'stl' | 'obj' | '3mf',
  bothSides: boolean,
): string[] {
  // Everything is computed before the first byte is written.
  const pending: [string, Uint8Array][] = [];
  if (format === '3mf') pending.push([out, designTo3mf(designs, record)]);
  else {
    for (const design of designs) {
      for (const file of designToMeshFiles(design, format, record)) {
        pending.push([withSuffix(out, `${bothSides ? `-${design.side}` : ''}${file.suffix}`), file.bytes]);
      }
    }
  }
  for (const [file, bytes] of pending) write(file, bytes);
  return pending.map(([file]) => file);
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

function sideJson(design: InsoleDesign) {
  const r = design.report;
  return {
    triangleCount: r.triangleCount,
    volumeMm3: round(r.volumeMm3, 0),
    massG: round(r.massG, 1),
    manifold: r.manifold,
    minThicknessMm: round(r.minThicknessMm),
    heelSeatHeightMm: round(r.heelSeatHeightMm),
    bboxMm: { min: r.bboxMm.min.map((v) => round(v)), max: r.bboxMm.max.map((v) => round(v)) },
    bodies: r.bodies.map((b) => ({ ...b, volumeMm3: round(b.volumeMm3, 0), massG: round(b.massG, 1) })),
    checks: r.checks.map((c) => ({ code: c.code, ok: c.ok, severity: c.severity, message: c.message })),
  };
}

function fail(issues: readonly Issue[], json: boolean, io: Io, designs: readonly InsoleDesign[] = []): number {
  if (json) {
    io.stdout(
      `${JSON.stringify({
        error: { code: issues.find((i) => i.severity === 'error')?.code ?? 'invalid', message: 'No design written.' },
        files: [],
        issues,
        sides: Object.fromEntries(designs.map((d) => [d.side, sideJson(d)])),
      })}\n`,
    );
  }
  for (const issue of issues)
    io.stderr(`groundup design: ${issue.severity} ${issue.code} at ${issue.path || '(document)'}: ${issue.message}\n`);
  io.stderr('groundup design: no design written\n');
  return 1;
}

function formatSummary(
  summary: { designId: string; files: string[]; record: string; warnings: Issue[]; overrides: DesignOverride[] },
  designs: readonly InsoleDesign[],
): string {
  const lines = [`design ${summary.designId}`];
  for (const d of designs) {
    const r = d.report;
    lines.push(
      `  ${d.side}: ${r.triangleCount.toLocaleString('en')} triangles, ${(r.volumeMm3 / 1000).toFixed(1)} cm³, about ${r.massG.toFixed(0)} g, thinnest ${r.minThicknessMm.toFixed(2)} mm, heel seat ${r.heelSeatHeightMm.toFixed(1)} mm, ${r.manifold ? 'manifold' : 'NOT manifold'}`,
    );
    for (const c of r.checks)
      lines.push(`    ${c.ok ? 'ok  ' : c.severity === 'error' ? 'FAIL' : 'warn'} ${c.code}: ${c.message}`);
  }
  const overridden = (w: Issue) => summary.overrides.some((o) => o.check === w.code && w.path === `sides.${o.side}`);
  for (const w of summary.warnings) if (!overridden(w)) lines.push(`  warning (${w.code}) at ${w.path}: ${w.message}`);
  for (const o of summary.overrides) lines.push(`  OVERRIDDEN ${o.side} ${o.check} (${o.by}): ${o.message}`);
  lines.push(...summary.files.map((f) => `  wrote ${f}`), `  wrote ${summary.record}`);
  return `${lines.join('\n')}\n`;
}

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readMesh, writeBinaryStl, writeObj, writePly, type Mesh } from '@groundup/core/mesh';
import { scanFoot, type FootScan, type LengthUnit, type Measurement, type Side } from '@groundup/core/scan';
import { firstError } from '@groundup/core/result';
import { CliError, EXIT_USAGE } from '../cli-error.js';
import { readInputFile } from '../read-input.js';
import { parseUnits } from '../parse-units.js';
import { runBatch } from '../run-batch.js';
import type { Io } from '../io.js';

const OPTIONS = {
  side: { type: 'string' },
  units: { type: 'string' },
  out: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/**
 * `groundup scan measure|align <file> …`: reads a foot scan (STL, OBJ, PLY), aligns it into the
 * foot frame and measures it, or writes the aligned mesh.
 *
 * @param args - the arguments after `scan`
 * @param io - output streams and working directory
 * @returns the exit code
 */
export function execute(args: readonly string[], io: Io): Promise<number> {
  return Promise.resolve().then(() => run(args, io));
}

function run(args: readonly string[], io: Io): number {
  const [subcommand, ...rest] = args;
  if (subcommand !== 'measure' && subcommand !== 'align') {
    throw new CliError(
      'usage',
      subcommand === undefined
        ? "scan needs a subcommand: measure or align; see 'groundup scan --help'"
        : `unknown scan subcommand '${subcommand}'; use measure or align`,
      EXIT_USAGE,
    );
  }
  const { values, positionals } = parseArgs({ args: rest, options: OPTIONS, strict: true, allowPositionals: true });
  if (positionals.length === 0 || (subcommand === 'align' && positionals.length !== 1)) {
    throw new CliError(
      'usage',
      subcommand === 'align'
        ? `scan align takes one scan file (got ${positionals.length})`
        : 'scan measure needs at least one scan file',
      EXIT_USAGE,
    );
  }
  if (subcommand === 'align' && values.out === undefined) {
    throw new CliError('usage', 'scan align needs --out <file.stl|file.obj|file.ply>', EXIT_USAGE);
  }
  const side = parseSide(values.side);
  const units = parseUnits(values.units);
  const json = values.json === true;
  if (subcommand === 'align') {
    const { result, file, format, warnings } = measureFile(positionals[0] ?? '', side, units, io);
    return align(result, values.out, file, format, warnings, json, io);
  }
  return runBatch({
    files: positionals,
    json,
    verb: 'measured',
    io,
    each: (name) => {
      const { result, file, format, mesh, warnings } = measureFile(name, side, units, io);
      const report = measureReport(result, file, format, mesh, warnings);
      return { report, text: () => formatReport(report) };
    },
  });
}

function measureFile(name: string, side: Side | undefined, units: LengthUnit | undefined, io: Io) {
  const file = path.resolve(io.cwd, name);
  const { mesh, format, readWarnings } = readScan(file);
  const scanned = scanFoot(mesh, {
    ...(side === undefined ? {} : { side }),
    ...(units === undefined ? {} : { units }),
  });
  if (!scanned.ok) {
    const error = firstError(scanned.issues);
    throw new CliError(error?.code ?? 'not_a_foot', `${name}: ${error?.message ?? 'not a measurable foot'}`);
  }
  const result = scanned.value;
  const warnings = [...readWarnings, ...scanned.issues].map((w) => ({ code: w.code, message: w.message }));
  return { result, file, format, mesh, warnings };
}

function parseSide(value: string | undefined): Side | undefined {
  if (value === undefined || value === 'left' || value === 'right') return value;
  throw new CliError('usage', `--side must be left or right (got '${value}')`, EXIT_USAGE);
}

function readScan(file: string) {
  const read = readMesh(readInputFile(file));
  if (!read.ok) {
    const error = firstError(read.issues);
    throw new CliError(
      error?.code ?? 'unreadable',
      `${file}: ${error?.message ?? 'unreadable'} (at ${error?.path ?? 'file'})`,
    );
  }
  return { mesh: read.value.mesh, format: read.value.format, readWarnings: read.issues };
}

const round = (value: number | null, digits = 1) => (value === null ? null : Number(value.toFixed(digits)));

function measurementJson(m: Measurement) {
  return {
    value: round(m.value, m.unit === 'ratio' ? 3 : 1),
    unit: m.unit,
    accuracy: round(m.accuracy, m.unit === 'ratio' ? 3 : 1),
    method: m.method,
    ...(m.note === undefined ? {} : { note: m.note }),
  };
}

function measureReport(
  result: FootScan,
  file: string,
  format: string,
  mesh: Mesh,
  warnings: { code: string; message: string }[],
) {
  const m = result.measurements;
  const a = result.alignment;
  return {
    file,
    format,
    side: a.side,
    sideSource: a.sideSource,
    sideConfidence: round(a.sideConfidence, 2),
    units: 'mm' as const,
    sourceUnit: result.sourceUnit,
    surface: a.surface,
    lengthMm: round(m.length.value),
    ballWidthMm: round(m.ballWidth.value),
    heelWidthMm: round(m.heelWidth.value),
    ballGirthMm: round(m.ballGirth.value),
    instepHeightMm: round(m.instepHeight.value),
    archHeightMm: round(m.archHeight.value),
    plantarArchHeightMm: round(m.plantarArchHeight.value),
    truncatedLengthMm: round(m.truncatedLength.value),
    archHeightIndex: round(m.archHeightIndex.value, 3),
    toeBoxHeightMm: round(m.toeBoxHeight.value),
    // Counts of the file as read (after merging duplicate vertices); a full edge analysis
    // (`analyseMesh`) would cost more than the measuring itself on a large scan.
    triangleCount: mesh.triangles.length / 3,
    vertexCount: mesh.positions.length / 3,
    resolutionMm: round(m.resolutionMm, 2),
    measurements: {
      length: measurementJson(m.length),
      ballWidth: measurementJson(m.ballWidth),
      heelWidth: measurementJson(m.heelWidth),
      ballGirth: measurementJson(m.ballGirth),
      instepHeight: measurementJson(m.instepHeight),
      archHeight: measurementJson(m.archHeight),
      plantarArchHeight: measurementJson(m.plantarArchHeight),
      truncatedLength: measurementJson(m.truncatedLength),
      archHeightIndex: measurementJson(m.archHeightIndex),
      toeBoxHeight: measurementJson(m.toeBoxHeight),
    },
    accuracyNote:
      'Accuracies are groundup estimates (mesh resolution plus the landmark method), not a validation against manual measurement.',
    warnings,
  };
}

type MeasureReport = ReturnType<typeof measureReport>;

const LABELS: [keyof MeasureReport['measurements'], string][] = [
  ['length', 'Foot length'],
  ['ballWidth', 'Ball width'],
  ['heelWidth', 'Heel width'],
  ['ballGirth', 'Ball girth'],
  ['instepHeight', 'Instep height'],
  ['archHeight', 'Arch height (dorsal, 50 %)'],
  ['plantarArchHeight', 'Arch height (plantar, medial)'],
  ['truncatedLength', 'Truncated foot length'],
  ['archHeightIndex', 'Arch height index'],
  ['toeBoxHeight', 'Toe-box height'],
];

function formatReport(report: MeasureReport): string {
  const lines = [
    `${path.basename(report.file)}: ${report.side} foot (${report.sideSource === 'given' ? 'as given' : `detected, confidence ${report.sideConfidence ?? 0}`}), ${report.surface}, ${report.triangleCount.toLocaleString('en')} triangles (${report.format}, read as ${report.sourceUnit})`,
    '',
  ];
  for (const [key, label] of LABELS) {
    const m = report.measurements[key];
    const value =
      m.value === null
        ? 'not measured'
        : `${m.value}${m.unit === 'mm' ? ' mm' : ''} ± ${m.accuracy}${m.unit === 'mm' ? ' mm' : ''}`;
    lines.push(`  ${label.padEnd(30)} ${value.padEnd(22)} ${m.value === null ? (m.note ?? '') : m.method}`);
  }
  lines.push('', `  ${report.accuracyNote}`);
  for (const warning of report.warnings) lines.push(`  warning (${warning.code}): ${warning.message}`);
  return `${lines.join('\n')}\n`;
}

function align(
  result: FootScan,
  out: string | undefined,
  file: string,
  format: string,
  warnings: { code: string; message: string }[],
  json: boolean,
  io: Io,
): number {
  if (out === undefined) throw new CliError('usage', 'scan align needs --out <file.stl|file.obj|file.ply>', EXIT_USAGE);
  const target = path.resolve(io.cwd, out);
  const mesh = result.alignment.mesh;
  const extension = path.extname(target).toLowerCase();
  const bytes =
    extension === '.stl'
      ? writeBinaryStl(mesh, `groundup aligned ${result.alignment.side} foot, mm`)
      : extension === '.obj'
        ? new TextEncoder().encode(writeObj(mesh))
        : extension === '.ply'
          ? writePly(mesh)
          : null;
  if (bytes === null) throw new CliError('usage', `--out must end in .stl, .obj or .ply (got '${out}')`, EXIT_USAGE);
  try {
    writeFileSync(target, bytes);
  } catch (error) {
    throw new CliError('file_unwritable', `cannot write ${target}: ${(error as Error).message}`);
  }
  const summary = {
    file,
    format,
    out: target,
    side: result.alignment.side,
    sideSource: result.alignment.sideSource,
    surface: result.alignment.surface,
    units: 'mm' as const,
    sourceUnit: result.sourceUnit,
    triangleCount: mesh.triangles.length / 3,
    transform: result.alignment.transform,
    warnings,
  };
  if (json) {
    io.stdout(`${JSON.stringify(summary)}\n`);
  } else {
    io.stdout(
      `${path.basename(file)} aligned (${summary.side} foot, ${summary.surface}) → ${target}\n${warnings.map((w) => `  warning (${w.code}): ${w.message}\n`).join('')}`,
    );
  }
  return 0;
}

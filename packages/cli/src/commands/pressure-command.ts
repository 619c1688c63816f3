import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  analyzePressure,
  pressureHeatmapSvg,
  pressureReport,
  readPressure,
  type PressureFormat,
  type PressureReport,
} from '@groundup/core/pressure';
import { firstError } from '@groundup/core/result';
import { CliError, EXIT_USAGE } from '../cli-error.js';
import { readInputFile } from '../read-input.js';
import { runBatch, type BatchResult } from '../run-batch.js';
import type { Io } from '../io.js';

const OPTIONS = {
  format: { type: 'string' },
  svg: { type: 'string' },
  json: { type: 'boolean' },
} as const;

const FORMATS = ['auto', 'pedar', 'gaitpdb', 'grid'] as const;

/**
 * `groundup pressure analyze <file> [--format auto|pedar|gaitpdb|grid] [--svg out.svg] [--json]`: reads a plantar
 * pressure recording, finds the steps and prints the loading figures (and footprint indices for plate prints).
 *
 * @param args - the arguments after `pressure`
 * @param io - output streams and working directory
 * @returns the exit code
 */
export function execute(args: readonly string[], io: Io): Promise<number> {
  return Promise.resolve().then(() => run(args, io));
}

function run(args: readonly string[], io: Io): number {
  const [sub, ...rest] = args;
  if (sub !== 'analyze') {
    throw new CliError(
      'usage',
      sub === undefined
        ? "pressure needs a subcommand: analyze; see 'groundup pressure --help'"
        : `unknown pressure subcommand '${sub}'; use analyze`,
      EXIT_USAGE,
    );
  }
  const { values, positionals } = parseArgs({ args: rest, options: OPTIONS, strict: true, allowPositionals: true });
  if (positionals.length === 0) throw new CliError('usage', 'pressure analyze needs at least one file', EXIT_USAGE);
  if (positionals.length > 1 && values.svg !== undefined) {
    throw new CliError(
      'usage',
      `--svg writes one heat map, for one file (got ${positionals.length} files)`,
      EXIT_USAGE,
    );
  }
  const format = values.format ?? 'auto';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new CliError('usage', `--format must be one of ${FORMATS.join(', ')} (got '${format}')`, EXIT_USAGE);
  }
  const json = values.json === true;
  return runBatch({
    files: positionals,
    json,
    verb: 'analyzed',
    io,
    each: (_, file) => analyzeFile(file, format as 'auto' | PressureFormat, values.svg, io),
  });
}

function analyzeFile(file: string, format: 'auto' | PressureFormat, svg: string | undefined, io: Io): BatchResult {
  const bytes = readInputFile(file);
  const read = readPressure(bytes, format);
  if (!read.ok) {
    const error = firstError(read.issues);
    throw new CliError(
      error?.code ?? 'unreadable',
      `${path.basename(file)}: ${error?.message ?? 'unreadable'} (${error?.path ?? 'file'})`,
    );
  }
  const analysis = analyzePressure(read.value);
  const report = pressureReport(read.value, analysis, read.issues);
  let svgPath: string | null = null;
  if (svg !== undefined) {
    svgPath = path.resolve(io.cwd, svg);
    try {
      writeFileSync(svgPath, pressureHeatmapSvg(read.value, analysis, { title: path.basename(file) }));
    } catch {
      throw new CliError('write_failed', `cannot write ${svgPath}`);
    }
  }
  return { report: { file, ...report, svg: svgPath }, text: () => formatReport(path.basename(file), report, svgPath) };
}

function num(v: number | null | undefined, digits = 1): string {
  return v === null || v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(digits);
}

function formatReport(name: string, r: PressureReport, svg: string | null): string {
  const lines = [
    `${name}: ${r.format} ${r.kind}, ${r.frames} frame(s) at ${r.hz} Hz (${num(r.durationS, 2)} s)` +
      (r.static ? ', static print' : ''),
  ];
  const unit = r.quantity === 'force_n' ? 'N' : 'kPa';
  for (const foot of r.feet) {
    const peak = foot.peakPressureKpa ?? foot.peakForceN;
    lines.push(
      `  ${foot.side}: ${foot.steps.length} step(s), peak ${num(peak)} ${unit} at sensor ${foot.peakSensor}, ` +
        `mean contact ${num(foot.meanContactTimeS, 2)} s, ${foot.sensorCount} sensors`,
    );
    lines.push(
      `    regions (peak ${unit}): ${foot.regions.map((g) => `${g.name} ${g.note === 'no_sensor' ? 'no sensor' : num(g.peakKpa ?? g.peakN, 0)}`).join(', ')}`,
    );
    const integral = r.quantity === 'force_n' ? 'force–time integral, N·s' : 'pressure–time integral, kPa·s';
    // A static print is one frame: its "integral" is the peak times one frame's duration, not loading over time.
    lines.push(
      r.static
        ? `    regions (${integral}): none, a static print has no time course`
        : `    regions (${integral} per step): ${foot.regions.map((g) => `${g.name} ${g.note === 'no_sensor' ? 'no sensor' : num(g.ptiKpaS ?? g.ftiNS, 1)}`).join(', ')}`,
    );
    if (foot.footType !== undefined) {
      lines.push(
        `    Arch Index ${num(foot.archIndex, 3)}, Chippaux-Smirak ${num(foot.chippauxSmirakPct)} %, ` +
          `Staheli ${num(foot.staheliIndex, 2)}, CPEI ${num(foot.cpeiPct)} %; contact area ${num((foot.contactAreaMm2 ?? 0) / 100)} cm²; toes by ${foot.toeMethod ?? '—'}`,
      );
      for (const v of foot.footType.votes) {
        const tag = v.verification === 'unverified' ? ' [U]' : '';
        lines.push(
          `      ${v.index}: ${v.call ?? 'no call'} (${v.label}${v.bands === null ? '' : `; ${v.bands}`}${tag})`,
        );
      }
      lines.push(`    foot type: ${foot.footType.consensus ?? 'not available'}`);
    }
  }
  lines.push(
    `  cadence ${num(r.cadenceStepsPerMin)} steps/min; symmetry contact time ${num(r.symmetry.contactTimePct)} %, ` +
      `peak ${num(r.symmetry.peakPct)} %`,
  );
  for (const w of r.warnings) lines.push(`  warning ${w.code} (${w.path}): ${w.message}`);
  if (svg !== null) lines.push(`  wrote ${svg}`);
  return `${lines.join('\n')}\n`;
}

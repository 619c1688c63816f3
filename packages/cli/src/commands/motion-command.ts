import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  eventsFromForce,
  forcePlatforms,
  markerGaitEvents,
  readC3d,
  readMot,
  readTrc,
  spatiotemporal,
  writeMot,
  writeTrc,
  type C3dFile,
  type GaitEvent,
  type Issue,
  type MarkerTrajectories,
} from '@groundup/core';
import { CliError, EXIT_USAGE } from '../cli-error.js';
import type { Io } from '../io.js';

const OPTIONS = {
  to: { type: 'string' },
  out: { type: 'string' },
  grf: { type: 'string' },
  static: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/**
 * `groundup motion convert|analyze <file> …`: converts C3D markers to TRC and forces to MOT, or finds gait
 * events and temporal parameters.
 *
 * @param args - the arguments after `motion`
 * @param io - output streams and working directory
 * @returns the exit code
 */
export function execute(args: readonly string[], io: Io): Promise<number> {
  return Promise.resolve().then(() => run(args, io));
}

function run(args: readonly string[], io: Io): number {
  const [sub, ...rest] = args;
  if (sub !== 'convert' && sub !== 'analyze') {
    throw new CliError(
      'usage',
      sub === undefined
        ? "motion needs a subcommand: convert or analyze; see 'groundup motion --help'"
        : `unknown motion subcommand '${sub}'`,
      EXIT_USAGE,
    );
  }
  const { values, positionals } = parseArgs({ args: rest, options: OPTIONS, strict: true, allowPositionals: true });
  if (positionals.length !== 1)
    throw new CliError('usage', `motion ${sub} takes one file (got ${String(positionals.length)})`, EXIT_USAGE);
  const file = path.resolve(io.cwd, positionals[0] ?? '');
  if (sub === 'convert') return convert(file, values.to, values.out, values.json === true, io);
  if (values.static !== undefined) {
    io.stderr('warning: --static (joint angles) is not implemented yet; ignored\n');
  }
  return analyze(
    file,
    values.grf === undefined ? undefined : path.resolve(io.cwd, values.grf),
    values.json === true,
    io,
  );
}

function readBytes(file: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(file));
  } catch {
    throw new CliError('not_found', `cannot read ${file}`);
  }
}

function loadC3d(file: string): { c3d: C3dFile; warnings: readonly Issue[] } {
  const r = readC3d(readBytes(file));
  if (!r.ok) throw new CliError(r.error.code, `${path.basename(file)}: ${r.error.message} (${r.error.where})`);
  return { c3d: r.c3d, warnings: r.warnings };
}

function c3dMarkers(c3d: C3dFile): MarkerTrajectories {
  return {
    kind: 'MarkerTrajectories',
    rateHz: c3d.pointRateHz,
    units: c3d.pointUnits,
    markerNames: c3d.pointLabels,
    timeS: Float64Array.from({ length: c3d.frames }, (_, f) => f / c3d.pointRateHz),
    xyz: c3d.points,
  };
}

function convert(file: string, to: string | undefined, out: string | undefined, json: boolean, io: Io): number {
  if (to !== 'trc' && to !== 'mot') throw new CliError('usage', '--to must be trc or mot', EXIT_USAGE);
  if (out === undefined) throw new CliError('usage', 'motion convert needs --out <file>', EXIT_USAGE);
  const { c3d, warnings } = loadC3d(file);
  const outPath = path.resolve(io.cwd, out);
  let text: string;
  if (to === 'trc') {
    text = writeTrc(c3dMarkers(c3d), path.basename(outPath));
  } else {
    const { plates } = forcePlatforms(c3d);
    const n = plates[0] === undefined ? 0 : plates[0].forceN.length / 3;
    const names = ['time'];
    const columns: Float64Array[] = [Float64Array.from({ length: n }, (_, s) => s / c3d.analogRateHz)];
    for (const p of plates) {
      const pre = p.platform === 1 ? '' : `${String(p.platform - 1)}_`;
      const pick = (arr: Float64Array, axis: number, scale: number): Float64Array =>
        Float64Array.from({ length: n }, (_, s) => (arr[s * 3 + axis] ?? NaN) * scale);
      for (const [a, ax] of ['x', 'y', 'z'].entries()) {
        names.push(`${pre}ground_force_v${ax}`);
        columns.push(pick(p.forceN, a, 1));
      }
      for (const [a, ax] of ['x', 'y', 'z'].entries()) {
        names.push(`${pre}ground_force_p${ax}`);
        columns.push(pick(p.copMm, a, 0.001));
      }
      names.push(`${pre}ground_torque_z`);
      columns.push(Float64Array.from(p.freeMomentNmm, (v) => v * 0.001));
    }
    text = writeMot({ columnNames: names, columns }, path.basename(outPath), false);
  }
  writeFileSync(outPath, text);
  const report = {
    out: outPath,
    to,
    frames: c3d.frames,
    warnings: warnings.map((w) => ({ code: w.code, message: w.message })),
  };
  io.stdout(json ? `${JSON.stringify(report)}\n` : `wrote ${outPath} (${String(c3d.frames)} frames)\n`);
  return 0;
}

function analyze(file: string, grf: string | undefined, json: boolean, io: Io): number {
  let markers: MarkerTrajectories;
  const warnings: Issue[] = [];
  let events: GaitEvent[] = [];
  if (file.toLowerCase().endsWith('.c3d')) {
    const { c3d, warnings: w } = loadC3d(file);
    warnings.push(...w);
    markers = c3dMarkers(c3d);
  } else {
    const r = readTrc(new TextDecoder().decode(readBytes(file)));
    if (!r.ok) throw new CliError(r.error.code, `${path.basename(file)}: ${r.error.message} (${r.error.where})`);
    warnings.push(...r.warnings);
    markers = r.markers;
  }
  if (grf !== undefined) {
    const r = readMot(new TextDecoder().decode(readBytes(grf)));
    if (!r.ok) throw new CliError(r.error.code, `${path.basename(grf)}: ${r.error.message} (${r.error.where})`);
    warnings.push(...r.warnings);
    const t = r.table.columns[0] ?? new Float64Array(0);
    const rate = t.length > 1 ? (t.length - 1) / ((t[t.length - 1] ?? 1) - (t[0] ?? 0)) : 0;
    for (const [side, col] of [
      ['right', 'ground_force_vy'],
      ['left', '1_ground_force_vy'],
    ] as const) {
      const c = r.table.columns[r.table.columnNames.indexOf(col)];
      if (c === undefined) {
        warnings.push({
          severity: 'warning',
          code: 'missing_column',
          path: col,
          message: `${col} is not in the GRF file.`,
        });
        continue;
      }
      events.push(...eventsFromForce(c, rate, side).map((e) => ({ ...e, timeS: e.timeS + (t[0] ?? 0) })));
    }
  }
  if (events.length === 0) {
    const m = markerGaitEvents(markers);
    warnings.push(...m.warnings);
    events = [...m.events];
  }
  events.sort((a, b) => a.timeS - b.timeS);
  const st = spatiotemporal(events);
  const num = (v: number): number | null => (Number.isFinite(v) ? v : null);
  const report = {
    file,
    hz: markers.rateHz,
    frames: markers.timeS.length,
    events: events.map((e) => ({ side: e.side, kind: e.kind, timeS: e.timeS, source: e.source })),
    spatiotemporal: {
      cadenceStepsPerMin: num(st.cadenceStepsPerMin),
      strideTimeS: { left: num(st.strideTimeS.left), right: num(st.strideTimeS.right) },
      stepTimeS: { left: num(st.stepTimeS.left), right: num(st.stepTimeS.right) },
      stancePct: { left: num(st.stancePct.left), right: num(st.stancePct.right) },
      stepTimeSymmetryPct: num(st.stepTimeSymmetryPct),
    },
    angles: {},
    warnings: warnings.map((w) => ({ code: w.code, path: w.path, message: w.message })),
  };
  if (json) {
    io.stdout(`${JSON.stringify(report)}\n`);
  } else {
    const lines = [`${path.basename(file)}: ${String(report.frames)} frames at ${String(report.hz)} Hz`];
    for (const e of report.events) lines.push(`  ${e.timeS.toFixed(3)} s  ${e.side} ${e.kind} (${e.source})`);
    lines.push(`  cadence ${report.spatiotemporal.cadenceStepsPerMin?.toFixed(1) ?? '—'} steps/min`);
    for (const w of report.warnings) lines.push(`  warning ${w.code}: ${w.message}`);
    io.stdout(`${lines.join('\n')}\n`);
  }
  return 0;
}

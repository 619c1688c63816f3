import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Issue } from '@groundup/core';
import {
  GAIT2354_MARKER_SET,
  JOINT_ANGLE_NAMES,
  c3dMarkerTrajectories,
  calibrateLowerLimb,
  fillMarkerGaps,
  forcePlatforms,
  jointAngles,
  readC3d,
  readMot,
  readTrc,
  spatialParameters,
  spatiotemporal,
  stanceSummary,
  writeMot,
  writeTrc,
  type C3dFile,
  type MarkerTrajectories,
  selectGaitEvents,
  type MotionTable,
} from '@groundup/core/motion';
import { CliError, EXIT_USAGE } from '../cli-error.js';
import { readInputFile } from '../read-input.js';
import { runBatch, type BatchResult } from '../run-batch.js';
import type { Io } from '../io.js';

const OPTIONS = {
  to: { type: 'string' },
  out: { type: 'string' },
  grf: { type: 'string' },
  static: { type: 'string' },
  'fill-gaps': { type: 'string' },
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
  if (sub === 'convert') {
    if (positionals.length !== 1)
      throw new CliError('usage', `motion convert takes one file (got ${String(positionals.length)})`, EXIT_USAGE);
    return convert(path.resolve(io.cwd, positionals[0] ?? ''), values.to, values.out, values.json === true, io);
  }
  if (positionals.length === 0) throw new CliError('usage', 'motion analyze needs at least one file', EXIT_USAGE);
  // A GRF file belongs to one trial; a static trial calibrates the subject, so it serves every trial given.
  if (positionals.length > 1 && values.grf !== undefined)
    throw new CliError(
      'usage',
      `--grf belongs to one trial; analyze the ${String(positionals.length)} trials without it, or one at a time`,
      EXIT_USAGE,
    );
  const fillGaps = values['fill-gaps'] === undefined ? 0 : Number(values['fill-gaps']);
  if (!Number.isInteger(fillGaps) || fillGaps < 0)
    throw new CliError('usage', '--fill-gaps takes a whole number of frames', EXIT_USAGE);
  const grf = values.grf === undefined ? undefined : path.resolve(io.cwd, values.grf);
  const staticFile = values.static === undefined ? undefined : path.resolve(io.cwd, values.static);
  return runBatch({
    files: positionals,
    json: values.json === true,
    verb: 'analyzed',
    io,
    each: (_, file) => analyze(file, grf, staticFile, fillGaps),
  });
}

function loadC3d(file: string): { c3d: C3dFile; warnings: readonly Issue[] } {
  const r = readC3d(readInputFile(file));
  if (!r.ok) throw new CliError(r.error.code, `${path.basename(file)}: ${r.error.message} (${r.error.where})`);
  return { c3d: r.c3d, warnings: r.warnings };
}

function convert(file: string, to: string | undefined, out: string | undefined, json: boolean, io: Io): number {
  if (to !== 'trc' && to !== 'mot') throw new CliError('usage', '--to must be trc or mot', EXIT_USAGE);
  if (out === undefined) throw new CliError('usage', 'motion convert needs --out <file>', EXIT_USAGE);
  const { c3d, warnings } = loadC3d(file);
  const outPath = path.resolve(io.cwd, out);
  let text: string;
  if (to === 'trc') {
    text = writeTrc(c3dMarkerTrajectories(c3d), path.basename(outPath));
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
  io.stdout(
    json
      ? `${JSON.stringify(report)}\n`
      : `wrote ${outPath} (${String(c3d.frames)} frames)\n${formatWarnings(report.warnings)}`,
  );
  return 0;
}

function loadMarkers(file: string, warnings: Issue[]): { markers: MarkerTrajectories; c3d: C3dFile | null } {
  if (file.toLowerCase().endsWith('.c3d')) {
    const { c3d, warnings: w } = loadC3d(file);
    warnings.push(...w);
    return { markers: c3dMarkerTrajectories(c3d), c3d };
  }
  const r = readTrc(new TextDecoder().decode(readInputFile(file)));
  if (!r.ok) throw new CliError(r.error.code, `${path.basename(file)}: ${r.error.message} (${r.error.where})`);
  warnings.push(...r.warnings);
  return { markers: r.markers, c3d: null };
}

const round = (v: number, digits: number): number | null => (Number.isFinite(v) ? Number(v.toFixed(digits)) : null);

/** Every warning, one line each, for the text output (the same list `--json` gives). */
function formatWarnings(warnings: readonly { code: string; path?: string; message: string }[]): string {
  return warnings
    .map((w) => `  warning ${w.code}${w.path === undefined || w.path === '' ? '' : ` (${w.path})`}: ${w.message}\n`)
    .join('');
}

function analyze(file: string, grf: string | undefined, staticFile: string | undefined, fillGaps: number): BatchResult {
  const warnings: Issue[] = [];
  const loaded = loadMarkers(file, warnings);
  const { c3d } = loaded;
  let markers = loaded.markers;
  if (fillGaps > 0) {
    const filled = fillMarkerGaps(markers, fillGaps);
    warnings.push(...filled.warnings);
    markers = filled.markers;
  }
  let grfTable: MotionTable | null = null;
  if (grf !== undefined) {
    const r = readMot(new TextDecoder().decode(readInputFile(grf)));
    if (!r.ok) throw new CliError(r.error.code, `${path.basename(grf)}: ${r.error.message} (${r.error.where})`);
    warnings.push(...r.warnings);
    grfTable = r.table;
  }
  const selection = selectGaitEvents({ markers, c3d, grf: grfTable });
  warnings.push(...selection.warnings);
  const { events, contacts, source: eventSource } = selection;
  const st = spatiotemporal(events);
  const sp = spatialParameters(markers, events);
  warnings.push(...sp.warnings);

  const angles: Record<string, (number | null)[]> = {};
  let stance: Record<string, Record<string, Record<string, number | string | null>>> | null = null;
  if (staticFile === undefined) {
    warnings.push({
      severity: 'warning',
      code: 'no_static',
      path: '--static',
      message:
        'Joint angles (pelvis tilt/obliquity/rotation; hip, knee and ankle in three planes; foot progression) need a static calibration trial: pass --static.',
    });
  } else {
    const { markers: staticMarkers } = loadMarkers(staticFile, warnings);
    const cal = calibrateLowerLimb(staticMarkers, GAIT2354_MARKER_SET);
    if (!cal.ok) throw new CliError(cal.error.code, `${path.basename(staticFile)}: ${cal.error.message}`);
    warnings.push(...cal.warnings);
    const curves = jointAngles(markers, cal.model);
    warnings.push(...curves.warnings);
    angles['timeS'] = Array.from(curves.timeS, (t) => round(t, 6));
    const summary = stanceSummary(curves, events);
    stance = {};
    for (const side of ['left', 'right'] as const) {
      const sd = summary.sides[side];
      const fig = (x: { meanDeg: number; minDeg: number; maxDeg: number; stances: number }) => ({
        meanDeg: round(x.meanDeg, 2),
        minDeg: round(x.minDeg, 2),
        maxDeg: round(x.maxDeg, 2),
        stances: x.stances,
      });
      stance[side] = {
        footProgression: fig(sd.footProgression),
        inversion: { ...fig(sd.inversion), source: sd.inversion.source },
        kneeAdduction: fig(sd.kneeAdduction),
        pelvisObliquity: fig(sd.pelvisObliquity),
      };
    }
    for (const name of JOINT_ANGLE_NAMES) {
      const c = curves.angles[name];
      if (c !== undefined) angles[name] = Array.from(c, (v) => round(v, 3));
    }
  }
  const num = (v: number): number | null => (Number.isFinite(v) ? v : null);
  const sides = (v: { left: number; right: number }) => ({ left: num(v.left), right: num(v.right) });
  const report = {
    file,
    hz: markers.rateHz,
    frames: markers.timeS.length,
    eventSource,
    events: events.map((e) => ({ side: e.side, kind: e.kind, timeS: e.timeS, source: e.source })),
    forcePlates: contacts.map((c) => ({
      platform: c.platform,
      side: c.side,
      strikeS: num(c.strikeS),
      offS: num(c.offS),
      distanceMm: num(c.distanceMm),
    })),
    spatiotemporal: {
      cadenceStepsPerMin: num(st.cadenceStepsPerMin),
      strideTimeS: sides(st.strideTimeS),
      stepTimeS: sides(st.stepTimeS),
      stancePct: sides(st.stancePct),
      stepTimeSymmetryPct: num(st.stepTimeSymmetryPct),
      strideLengthM: sides(sp.spatial.strideLengthM),
      stepLengthM: sides(sp.spatial.stepLengthM),
      stepWidthM: num(sp.spatial.stepWidthM),
      walkingSpeedMps: num(sp.spatial.walkingSpeedMps),
      surfaceSpeedMps: num(sp.spatial.surfaceSpeedMps),
      stepLengthSymmetryPct: num(sp.spatial.stepLengthSymmetryPct),
    },
    angles,
    stance,
    warnings: warnings.map((w) => ({ code: w.code, path: w.path, message: w.message })),
  };
  const text = (): string => {
    const s = report.spatiotemporal;
    const f = (v: number | null, d: number): string => (v === null ? '—' : v.toFixed(d));
    const lines = [
      `${path.basename(file)}: ${String(report.frames)} frames at ${String(report.hz)} Hz, events from ${eventSource}`,
    ];
    for (const e of report.events) lines.push(`  ${e.timeS.toFixed(3)} s  ${e.side} ${e.kind} (${e.source})`);
    lines.push(`  cadence ${f(s.cadenceStepsPerMin, 1)} steps/min, speed ${f(s.walkingSpeedMps, 2)} m/s`);
    lines.push(
      `  stride ${f(s.strideLengthM.left, 2)} / ${f(s.strideLengthM.right, 2)} m (L/R), step ${f(s.stepLengthM.left, 2)} / ${f(s.stepLengthM.right, 2)} m, width ${f(s.stepWidthM, 2)} m`,
      `  stride time ${f(s.strideTimeS.left, 2)} / ${f(s.strideTimeS.right, 2)} s (L/R), step time ${f(s.stepTimeS.left, 2)} / ${f(s.stepTimeS.right, 2)} s, stance ${f(s.stancePct.left, 1)} / ${f(s.stancePct.right, 1)} % of the stride`,
      `  step asymmetry: time ${f(s.stepTimeSymmetryPct, 1)} %, length ${f(s.stepLengthSymmetryPct, 1)} %` +
        (s.surfaceSpeedMps === null
          ? ''
          : `; surface speed ${f(s.surfaceSpeedMps, 2)} m/s (${Math.abs(s.surfaceSpeedMps) > 0.2 ? 'a treadmill belt' : 'overground'})`),
    );
    for (const c of report.forcePlates)
      lines.push(
        `  force plate ${String(c.platform)}: ${c.side ?? 'no'} foot, strike ${f(c.strikeS, 3)} s, off ${f(c.offS, 3)} s, centre of pressure ${f(c.distanceMm, 0)} mm from the heel–toe line`,
      );
    const named = Object.keys(angles).filter((k) => k !== 'timeS');
    if (named.length > 0) {
      lines.push('  joint angles (deg, min … max over the trial):');
      for (const k of named) {
        const vals = (angles[k] ?? []).filter((v): v is number => v !== null);
        if (vals.length > 0)
          lines.push(`    ${k.padEnd(22)} ${Math.min(...vals).toFixed(1)} … ${Math.max(...vals).toFixed(1)}`);
      }
    }
    if (stance !== null) {
      lines.push('  over stance (deg, mean [min … max]):');
      for (const side of ['left', 'right'] as const) {
        const st = stance[side] ?? {};
        const show = (k: string): string => {
          const x = st[k] ?? {};
          return `${f(x['meanDeg'] as number | null, 1)} [${f(x['minDeg'] as number | null, 1)} … ${f(x['maxDeg'] as number | null, 1)}]`;
        };
        lines.push(
          `    ${side.padEnd(5)} foot progression ${show('footProgression')}, inversion (${String(st['inversion']?.['source'] ?? '')}) ${show('inversion')}, knee adduction ${show('kneeAdduction')}, pelvis obliquity ${show('pelvisObliquity')}`,
        );
      }
    }
    return `${lines.join('\n')}\n${formatWarnings(report.warnings)}`;
  };
  return { report, text };
}

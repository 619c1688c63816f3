import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  assess,
  assessReport,
  loadCaseCaptures,
  parseCase,
  prescribe,
  type AssessReport,
  type CaseFileContent,
  type Issue,
} from '@groundup/core';
import { CliError, EXIT_USAGE } from '../cli-error.js';
import { readInputFile } from '../read-input.js';
import type { Io } from '../io.js';
import { formatAssessText } from './assess/assess-text.js';

const OPTIONS = {
  json: { type: 'boolean' },
  pdf: { type: 'string' },
  report: { type: 'string' },
  clinic: { type: 'string' },
  clinician: { type: 'string' },
} as const;

/**
 * `groundup assess <case.json> [--json] [--pdf rx.pdf] [--report report.pdf]`: reads a case, its scan, pressure
 * and motion files (the walking trial and its static calibration trial; relative to the case file), assesses it
 * and prescribes.
 *
 * @param args - the arguments after `assess`
 * @param io - output streams and working directory
 * @returns 0 assessed (prescribed or referred), 1 invalid case or file, or an incomplete prescription
 */
export async function execute(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: OPTIONS,
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length !== 1) {
    throw new CliError('usage', `assess takes one case file (got ${positionals.length})`, EXIT_USAGE);
  }
  const json = values.json === true;
  const given = positionals[0] ?? '';
  const file = path.resolve(io.cwd, given);
  const text = new TextDecoder().decode(readInputFile(file));
  const kase = parseCase(text);
  if (kase.kind === 'invalid') return invalid(given, 'invalid_case', kase.issues, json, io);
  const dir = path.dirname(file);
  const refs = [
    kase.value.captures.scan.left,
    kase.value.captures.scan.right,
    kase.value.captures.pressure,
    kase.value.captures.motion,
    kase.value.captures.motion?.static ?? null,
    kase.value.captures.motion?.grf ?? null,
  ];
  const files = new Map<string, CaseFileContent>();
  for (const ref of refs) {
    if (ref === null || files.has(ref.file)) continue;
    try {
      files.set(ref.file, new Uint8Array(readFileSync(path.resolve(dir, ref.file))));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      files.set(ref.file, {
        error: code === 'ENOENT' ? `no such file (${path.resolve(dir, ref.file)})` : (error as Error).message,
      });
    }
  }
  const captures = loadCaseCaptures(kase.value, files);
  if (captures.kind === 'invalid') return invalid(given, 'invalid_file', captures.issues, json, io);
  const assessment = assess(kase.value, captures.value);
  const result = prescribe(assessment);
  const report = assessReport(given, assessment, result, [...kase.issues, ...captures.issues]);
  if (values.pdf !== undefined || values.report !== undefined) {
    const pdf = await import('./assess/assess-pdf.js');
    const provider = { clinic: values.clinic ?? null, clinician: values.clinician ?? null };
    if (values.pdf !== undefined) await pdf.writeLabForm(report, path.resolve(io.cwd, values.pdf), provider);
    if (values.report !== undefined)
      await pdf.writePatientReport(report, path.resolve(io.cwd, values.report), provider);
  }
  io.stdout(json ? `${JSON.stringify(report)}\n` : formatAssessText(report));
  if (result.kind === 'not-cleared') {
    io.stderr(`groundup: no prescription: ${result.reasons.map((issue) => issue.message).join(' ')}\n`);
    return 1;
  }
  if (result.kind === 'incomplete') {
    io.stderr(
      `groundup: the prescription is incomplete: ${result.pending.map((p) => `${p.side} ${p.field}: ${p.reason}`).join('; ')}\n`,
    );
    return 1;
  }
  return 0;
}

function invalid(file: string, code: string, issues: readonly Issue[], json: boolean, io: Io): number {
  const errors = issues.filter((issue) => issue.severity === 'error');
  io.stderr(`groundup: ${file}: ${errors.length} problem(s); no assessment or prescription\n`);
  for (const issue of errors)
    io.stderr(`  ${issue.path === '' ? '(file)' : issue.path}: ${issue.message} [${issue.code}]\n`);
  if (json) {
    const document: Pick<AssessReport, 'prescription'> & Record<string, unknown> = {
      error: { code, message: `${file}: ${errors.length} problem(s)` },
      issues,
      prescription: null,
    };
    io.stdout(`${JSON.stringify(document)}\n`);
  }
  return 1;
}

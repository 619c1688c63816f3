import path from 'node:path';
import { parseArgs } from 'node:util';
import { detectCaptureFormat, type CaptureFormatReport } from '@groundup/core';
import { CliError, EXIT_USAGE } from '../cli-error.js';
import type { Io } from '../io.js';
import { readInputFile } from '../read-input.js';

/**
 * `groundup inspect <file>... [--json]`: says what capture each file holds, with core's own readers
 * (`detectCaptureFormat`, the detection the server's analysis uses). Each file is reported in its place; the exit
 * code is 1 when any file is not a readable capture.
 *
 * @param args - the arguments after `inspect`
 * @param io - output streams and working directory
 * @returns the exit code
 */
export function execute(args: readonly string[], io: Io): Promise<number> {
  return Promise.resolve().then(() => run(args, io));
}

function run(args: readonly string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { json: { type: 'boolean' } },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length === 0) {
    throw new CliError('usage', 'groundup inspect needs at least one file; see --help', EXIT_USAGE);
  }
  const reports = positionals.map((file) => {
    const report = detectCaptureFormat(readInputFile(path.resolve(io.cwd, file), file));
    return { file, ...report };
  });
  if (values.json === true) {
    io.stdout(`${JSON.stringify(reports.length === 1 ? reports[0] : reports)}\n`);
  } else {
    for (const report of reports) io.stdout(`${describe(report.file, report)}\n`);
  }
  return reports.some((report) => report.format.kind === 'unknown') ? 1 : 0;
}

function describe(file: string, report: CaptureFormatReport): string {
  const { format } = report;
  const size = `${report.sizeBytes.toLocaleString('en')} bytes`;
  switch (format.family) {
    case 'scan':
      return `${file}: ${format.kind} scan, ${format.triangleCount.toLocaleString('en')} triangles, ${format.vertexCount.toLocaleString('en')} vertices (${size})`;
    case 'pressure':
      return `${file}: ${format.kind} pressure recording, ${format.frameCount.toLocaleString('en')} frames (${size})`;
    case 'motion':
      return `${file}: ${format.kind} motion file (${size})`;
    case 'unknown': {
      const issue = report.issues[0];
      return `${file}: not a capture groundup reads: ${issue === undefined ? 'unknown format' : `${issue.message} [${issue.code} at ${issue.path}]`}`;
    }
  }
}

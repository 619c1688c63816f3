import path from 'node:path';
import { CliError } from './cli-error.js';
import type { Io } from './io.js';

/** What a command makes of one file: the JSON report, and the text a person reads (formatted only when asked). */
export interface BatchResult {
  readonly report: object;
  readonly text: () => string;
}

/** How {@link runBatch} runs a command over its files. */
export interface BatchOptions {
  /** The files as given on the command line. */
  readonly files: readonly string[];
  /** One JSON document on stdout instead of text. */
  readonly json: boolean;
  /** What a file that went through is called in the summary: `measured`, `analyzed`. */
  readonly verb: string;
  readonly io: Io;
  /**
   * Reads and analyzes one file; throws a {@link CliError} when the file cannot be read or analyzed.
   *
   * @param name - the file as given
   * @param file - its absolute path
   */
  readonly each: (name: string, file: string) => BatchResult;
}

/**
 * Runs a command over one file or many in one process. One file prints its report (text or JSON) and a failure
 * is the command's error. Several files print each report in turn (text) or one document `{files: [report |
 * {file, error: {code, message}}], <verb>, failed}` (JSON); a file that fails is reported in its place and
 * the rest go on; progress goes to stderr (a bar on a terminal, a line per file otherwise) with a summary.
 *
 * @param options - the files, output mode and what to do with each
 * @returns the exit code: 0 when every file went through, else 1
 */
export function runBatch(options: BatchOptions): number {
  const { files, json, verb, io } = options;
  if (files.length === 1) {
    const name = files[0] ?? '';
    const result = options.each(name, path.resolve(io.cwd, name));
    io.stdout(json ? `${JSON.stringify(result.report)}\n` : ensureNewline(result.text()));
    return 0;
  }
  const progress = new Progress(files.length, io);
  const reports: object[] = [];
  const failures: string[] = [];
  for (const [index, name] of files.entries()) {
    const file = path.resolve(io.cwd, name);
    progress.start(index, name);
    const started = performance.now();
    try {
      const result = options.each(name, file);
      reports.push(result.report);
      if (!json) io.stdout(`${ensureNewline(result.text())}\n`);
      progress.done(index, name, `${verb} in ${((performance.now() - started) / 1000).toFixed(2)} s`);
    } catch (error) {
      // A file groundup cannot handle (even by a bug: code "internal") is reported in its place; the rest go on.
      const code = error instanceof CliError ? error.code : 'internal';
      const message = error instanceof Error ? error.message : String(error);
      failures.push(name);
      reports.push({ file, error: { code, message } });
      if (!json) io.stdout(`${path.basename(file)}: error ${code}: ${message}\n\n`);
      progress.done(index, name, `error ${code}`);
    }
  }
  const ok = files.length - failures.length;
  const summary = `${ok} ${verb}, ${failures.length} failed${failures.length === 0 ? '' : ` (${failures.join(', ')})`}`;
  progress.finish(summary);
  if (json) io.stdout(`${JSON.stringify({ files: reports, [verb]: ok, failed: failures.length })}\n`);
  else io.stdout(`${summary}\n`);
  return failures.length === 0 ? 0 : 1;
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

const BAR_WIDTH = 24;

/** Progress on stderr: a bar redrawn in place on a terminal, else one line per file (for logs and CI). */
class Progress {
  readonly #total: number;
  readonly #io: Io;
  readonly #terminal: boolean;

  constructor(total: number, io: Io) {
    this.#total = total;
    this.#io = io;
    this.#terminal = io.stderrIsTerminal === true;
  }

  start(index: number, name: string): void {
    if (!this.#terminal) return;
    const filled = Math.round((index / this.#total) * BAR_WIDTH);
    this.#io.stderr(
      `\r\x1b[2K[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${index}/${this.#total} ${path.basename(name)}`,
    );
  }

  done(index: number, name: string, outcome: string): void {
    if (this.#terminal) return;
    this.#io.stderr(`groundup: [${index + 1}/${this.#total}] ${name}: ${outcome}\n`);
  }

  finish(summary: string): void {
    this.#io.stderr(`${this.#terminal ? '\r\x1b[2K' : ''}groundup: ${summary}\n`);
  }
}

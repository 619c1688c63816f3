/** A failure the CLI reports as one line on stderr (and as JSON on stdout with `--json`), with an exit code. */
export class CliError extends Error {
  readonly code: string;
  readonly exitCode: number;

  constructor(code: string, message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.code = code;
    this.exitCode = exitCode;
  }
}

/** Exit code for a command line that could not be understood. */
export const EXIT_USAGE = 2;

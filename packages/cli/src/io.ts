/** Where a command writes: injectable so tests can capture output. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** Whether stderr is a terminal (progress is then a bar redrawn in place, else a line per file). */
  readonly stderrIsTerminal?: boolean;
}

/** The process's real streams. */
export function processIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    stderrIsTerminal: process.stderr.isTTY,
  };
}

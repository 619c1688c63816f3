import type { Io } from './io.js';

/** One `groundup` command. Its module is loaded only when it runs, so `groundup --help` stays fast. */
export interface CommandSpec {
  readonly name: string;
  readonly summary: string;
  /** Full help text, shown by `groundup <name> --help`. */
  readonly help: string;
  readonly load: () => Promise<CommandModule>;
}

export interface CommandModule {
  /**
   * Runs the command.
   *
   * @param args - the arguments after the command name
   * @param io - output streams and environment
   * @returns the exit code (long-running commands resolve when they stop)
   */
  execute(args: readonly string[], io: Io): Promise<number>;
}

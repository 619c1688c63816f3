// The version alone: importing the whole core would load every module before `--help` answers.
import { GROUNDUP_VERSION } from '@groundup/core/version';
import { CliError, EXIT_USAGE } from './cli-error.js';
import type { CommandSpec } from './command.js';
import { COMMANDS } from './commands/index.js';
import { processIo, type Io } from './io.js';

/** Top-level help. */
export function mainHelp(commands: readonly CommandSpec[] = COMMANDS): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return `groundup ${GROUNDUP_VERSION}: custom foot orthotics around the lower-limb kinetic chain

Usage: groundup <command> [options]

Commands:
${commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n')}

Options:
  --help       show help (also: groundup <command> --help)
  --version    print the version
  --json       one JSON document on stdout (every command)

Exit codes: 0 success, 1 failure, 2 the command line was not understood.
`;
}

/**
 * Runs the CLI.
 *
 * @param argv - arguments after `node groundup`
 * @param io - output and environment (the process's by default)
 * @returns the exit code; the bin sets it on the process
 */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const json = argv.includes('--json');
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      const topic = first === 'help' ? rest[0] : undefined;
      const command = topic === undefined ? undefined : findCommand(topic);
      const text = command?.help ?? mainHelp();
      io.stdout(json ? `${JSON.stringify({ help: text })}\n` : `${text.trimEnd()}\n`);
      return first === undefined ? EXIT_USAGE : 0;
    }
    if (first === '--version' || first === '-v') {
      io.stdout(json ? `${JSON.stringify({ version: GROUNDUP_VERSION })}\n` : `groundup ${GROUNDUP_VERSION}\n`);
      return 0;
    }
    if (first === '--json' && rest.length > 0) return await run([...rest, '--json'], io);
    const command = findCommand(first);
    if (command === undefined) {
      throw new CliError(
        'unknown_command',
        `unknown command '${first}'; run 'groundup --help' for the list`,
        EXIT_USAGE,
      );
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(json ? `${JSON.stringify({ help: command.help })}\n` : `${command.help.trimEnd()}\n`);
      return 0;
    }
    const module = await command.load();
    return await module.execute(rest, io);
  } catch (error) {
    return reportError(error, json, io);
  }
}

function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((command) => command.name === name);
}

/**
 * Prints an error as one line on stderr (and as JSON on stdout with `--json`).
 *
 * @returns the exit code to use
 */
export function reportError(error: unknown, json: boolean, io: Io): number {
  const { code, message, exitCode } = describe(error);
  io.stderr(`groundup: ${message}\n`);
  if (json) io.stdout(`${JSON.stringify({ error: { code, message } })}\n`);
  return exitCode;
}

function describe(error: unknown): { code: string; message: string; exitCode: number } {
  if (error instanceof CliError) return { code: error.code, message: error.message, exitCode: error.exitCode };
  if (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.name === 'StartupError') {
    return { code: error.code, message: error.message, exitCode: 1 };
  }
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    return { code: 'usage', message: `${error.message}; see --help`, exitCode: EXIT_USAGE };
  }
  return { code: 'internal', message: error instanceof Error ? error.message : String(error), exitCode: 1 };
}

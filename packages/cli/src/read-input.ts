import { readFileSync } from 'node:fs';
import { CliError } from './cli-error.js';

/**
 * Reads an input file named on the command line. A file that is missing fails with `file_not_found`, any other
 * failure (a directory, no permission) with `file_unreadable`; both exit 1 with one line naming the file.
 *
 * @param file - the path (resolved by the caller)
 * @param shown - how to name it in the message (default the path)
 * @returns the bytes
 */
export function readInputFile(file: string, shown = file): Uint8Array {
  try {
    // The Buffer is a Uint8Array already: a view of its bytes, not a copy (a scan is tens of megabytes).
    const buffer = readFileSync(file);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError('file_not_found', `cannot read ${shown}: no such file`);
    if (code === 'EISDIR') throw new CliError('file_unreadable', `cannot read ${shown}: it is a directory`);
    throw new CliError('file_unreadable', `cannot read ${shown}: ${(error as Error).message}`);
  }
}

import { parseArgs } from 'node:util';
import { configFromEnv, JOB_NAMES, startWorker } from '@groundup/server';
import type { Io } from '../io.js';
import { untilSignal } from './server-options.js';

export async function execute(args: readonly string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: { json: { type: 'boolean' } },
    strict: true,
    allowPositionals: false,
  });
  const config = configFromEnv(io.env, io.cwd);
  const runtime = await startWorker(config, (message) => io.stderr(`${message}\n`));
  if (values.json === true) {
    io.stdout(
      `${JSON.stringify({
        database: runtime.database.kind,
        databaseDescription: runtime.database.description,
        files: runtime.files.description,
        queues: JOB_NAMES,
      })}\n`,
    );
  } else {
    io.stdout(
      `groundup worker taking jobs (${JOB_NAMES.join(', ')}) from ${runtime.database.description}, files in ${runtime.files.description}\nPress Ctrl-C to stop.\n`,
    );
  }
  await untilSignal(io);
  await runtime.close();
  return 0;
}

import type { ServerConfig } from './config.js';
import { openRuntime, type Runtime } from './runtime.js';
import { StartupError } from './startup-error.js';

/**
 * Starts a worker process: takes design and analysis jobs from the PostgreSQL database that the
 * servers use. On the embedded database the server works its jobs itself, so a separate worker is refused.
 *
 * @param config - from the environment; `DATABASE_URL` is required
 * @returns the runtime; close it to stop
 * @throws StartupError `config_invalid` without `DATABASE_URL`, `database_unreachable` when it cannot connect
 */
export async function startWorker(config: ServerConfig, log: (message: string) => void): Promise<Runtime> {
  if (config.databaseUrl === null) {
    throw new StartupError(
      'config_invalid',
      'a worker needs DATABASE_URL (PostgreSQL); on the embedded database the server runs jobs in its own process',
    );
  }
  if (config.storage.kind === 'disk') {
    log(
      `groundup worker: files are read from ${config.storage.root}; a worker on another machine than the server needs the same files (set GROUNDUP_S3_BUCKET on both, see docs/scale-out.md)`,
    );
  }
  return openRuntime(config, { work: true, demo: false, log });
}

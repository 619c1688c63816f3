import { spawn } from 'node:child_process';
import { access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * PGlite's PostgreSQL settings for groundup. `shared_buffers` is 160 MB by default, all of it
 * resident in the WebAssembly heap; 32 MB keeps a clinic's working set (the operating system's page
 * cache still holds the files) and saves about 110 MB of server memory.
 */
export const PGLITE_POSTGRESQL_CONF = 'shared_buffers = 32MB';

/**
 * Whether a PGlite data directory has been initialised (PostgreSQL's `PG_VERSION` file).
 *
 * @param dbDir - the database directory
 * @returns true when it holds a database
 */
export async function isPgliteInitialised(dbDir: string): Promise<boolean> {
  return access(path.join(dbDir, 'PG_VERSION')).then(
    () => true,
    () => false,
  );
}

/**
 * Creates a new PGlite database in a short-lived child process. PGlite's initdb grows the
 * WebAssembly heap to about 800 MB, which a process never gives back; done in its own process,
 * that memory goes back to the system when it exits, and the server opens the finished directory
 * at about a quarter of that.
 *
 * @param dbDir - an empty or missing database directory
 * @throws Error with the child's output when initdb fails
 */
export async function initPgliteInChildProcess(dbDir: string): Promise<void> {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const script = [
    'const { PGlite } = require(process.argv[1]);',
    'PGlite.create(process.argv[2], { postgresqlconf: process.argv[3] })',
    '  .then((db) => db.close())',
    '  .catch((error) => { process.stderr.write(String(error && error.message || error)); process.exit(1); });',
  ].join('\n');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script, entry, dbDir, PGLITE_POSTGRESQL_CONF], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`initdb failed (exit ${code}): ${stderr.trim().slice(0, 500)}`));
    });
  });
}

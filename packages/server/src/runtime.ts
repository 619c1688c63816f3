import type { ServerConfig } from './config.js';
import { openPglite, openPostgres, type DatabaseHandle } from './db/database.js';
import { migrateToLatest } from './db/migrations.js';
import { lockDataDir, type DataDirLock } from './files/data-dir-lock.js';
import { cleanOrphanTemp } from './files/clean-orphan-temp.js';
import type { FileStorage } from './files/file-storage.js';
import { openFileStorage, type OpenFileStorage } from './files/open-file-storage.js';
import { startJobQueue, type JobQueue } from './jobs/job-queue.js';
import { systemClockAndIds, type ServiceDeps } from './deps.js';
import { seedDemo } from './seed/demo-seed.js';
import { StartupError } from './startup-error.js';

/** Everything a server or worker process holds open. */
export interface Runtime {
  readonly database: DatabaseHandle;
  readonly files: FileStorage;
  readonly jobs: JobQueue;
  /** Whether the demo data was seeded by this start. */
  readonly seeded: boolean;
  /** The clock and id generator every service of this process uses. */
  readonly clock: Pick<ServiceDeps, 'now' | 'newId'>;
  close(): Promise<void>;
}

/**
 * Opens the database (PGlite in the locked data directory, or PostgreSQL), migrates it, seeds the
 * demo data when asked, opens the file store and starts pg-boss.
 *
 * @param config - from the environment
 * @param options - `work`: take jobs in this process; `demo`: seed demo data into an empty database;
 *   `clock`: the clock and ids
 * @returns the open runtime; `close()` stops jobs, closes the database and releases the lock
 * @throws StartupError with a one-line message for every failure an operator can fix
 */
export async function openRuntime(
  config: ServerConfig,
  options: {
    readonly work: boolean;
    readonly demo: boolean;
    readonly log: (message: string) => void;
    /** The clock and ids (tests pass one they can move); default the system's. */
    readonly clock?: Pick<ServiceDeps, 'now' | 'newId'>;
  },
): Promise<Runtime> {
  const clock = options.clock ?? systemClockAndIds();
  let lock: DataDirLock | null = null;
  let database: DatabaseHandle | null = null;
  let storage: OpenFileStorage | null = null;
  try {
    if (config.databaseUrl === null) {
      lock = await lockDataDir(config.dataDir);
      database = await openPglite(config.dataDir);
    } else {
      database = await openPostgres(config.databaseUrl);
    }
    try {
      await migrateToLatest(database.db);
    } catch (error) {
      throw new StartupError('database_failed', `${database.description}: ${(error as Error).message}`, {
        cause: error,
      });
    }
    const seeded = options.demo ? await seedDemo(database.db, clock) : false;
    storage = await openFileStorage(config.storage);
    const files = storage.storage;
    try {
      const removed = await cleanOrphanTemp(files, clock.now());
      if (removed > 0)
        options.log(`groundup: removed ${String(removed)} unfinished upload(s) left in ${files.description}`);
    } catch (error) {
      throw new StartupError('storage_failed', `${files.description}: ${(error as Error).message}`, { cause: error });
    }
    let jobs: JobQueue;
    try {
      jobs = await startJobQueue(
        database,
        { db: database.db, files, config, now: clock.now, log: options.log },
        {
          work: options.work,
          concurrency: config.workers,
          soleProcess: config.databaseUrl === null,
          onError: (error) => options.log(`groundup: job queue: ${error.message}`),
        },
      );
    } catch (error) {
      throw new StartupError('database_failed', `job queue on ${database.description}: ${(error as Error).message}`, {
        cause: error,
      });
    }
    if (options.work && config.smtpUrl !== null) {
      // Mail left unsent by an earlier process (its own job may have run out of retries).
      await jobs.enqueue('deliver-outbox', {});
    }
    const opened = database;
    const held = lock;
    const openStorage = storage;
    return {
      database: opened,
      files,
      jobs,
      seeded,
      clock,
      async close() {
        await jobs.stop().catch((error: unknown) => options.log(`groundup: stopping jobs: ${String(error)}`));
        await opened.close();
        openStorage.close();
        await held?.release();
      },
    };
  } catch (error) {
    await database?.close().catch(() => undefined);
    storage?.close();
    await lock?.release().catch(() => undefined);
    throw error;
  }
}

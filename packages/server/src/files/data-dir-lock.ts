import { mkdir, open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { StartupError } from '../startup-error.js';

/** A held lock on a data directory. */
export interface DataDirLock {
  readonly path: string;
  release(): Promise<void>;
}

/**
 * Takes the data directory's lock file (`groundup.lock`, holding the owner's pid), so that two
 * processes never open the same embedded database. A lock left by a process that is gone is taken over.
 *
 * @param dataDir - the data directory (created if missing)
 * @returns the lock
 * @throws StartupError `data_dir_locked` when a live process holds it, `data_dir_unusable` when the directory cannot be written
 */
/** Locks this process holds, so a second open in the same process is refused too. */
const heldHere = new Set<string>();

export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  try {
    await mkdir(dataDir, { recursive: true });
  } catch (error) {
    throw new StartupError('data_dir_unusable', `cannot create data directory ${dataDir}: ${String(error)}`, {
      cause: error,
    });
  }
  const lockPath = path.join(dataDir, 'groundup.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(JSON.stringify({ pid: process.pid }));
      await handle.close();
      heldHere.add(lockPath);
      return {
        path: lockPath,
        async release() {
          heldHere.delete(lockPath);
          await rm(lockPath, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new StartupError('data_dir_unusable', `cannot write ${lockPath}: ${String(error)}`, { cause: error });
      }
    }
    const owner = await readOwner(lockPath);
    const live = owner === process.pid ? heldHere.has(lockPath) : owner !== null && isAlive(owner);
    if (live) {
      throw new StartupError(
        'data_dir_locked',
        `data directory ${dataDir} is in use by another groundup process (pid ${String(owner)}); stop it or set GROUNDUP_DATA_DIR`,
      );
    }
    await rm(lockPath, { force: true }); // stale: its process is gone
  }
  throw new StartupError(
    'data_dir_locked',
    `data directory ${dataDir} is locked (${lockPath}) and the lock could not be taken`,
  );
}

async function readOwner(lockPath: string): Promise<number | null> {
  try {
    const parsed = JSON.parse(await readFile(lockPath, 'utf8')) as { pid?: unknown };
    return typeof parsed.pid === 'number' ? parsed.pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

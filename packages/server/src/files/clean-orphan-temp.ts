import { hostname } from 'node:os';
import { tempOwner, type FileStorage } from './file-storage.js';

/** How old a temporary file of another machine must be before it is taken as abandoned. */
export const FOREIGN_TEMP_MAX_AGE_MS = 60 * 60 * 1000;

/**
 * Removes the temporary files no live writer will finish: those written on this machine by a process that is
 * gone (or by an earlier process with this one's pid), and those of any machine older than an hour. Run at start,
 * before this process writes anything.
 *
 * @param storage - the file storage
 * @param now - the current time
 * @returns how many were removed
 */
export async function cleanOrphanTemp(storage: FileStorage, now: Date): Promise<number> {
  const here = hostname().replace(/[^A-Za-z0-9-]/g, '-');
  let removed = 0;
  for (const temp of await storage.listTemp()) {
    const owner = tempOwner(temp.name);
    const old = now.getTime() - temp.modifiedAt.getTime() > FOREIGN_TEMP_MAX_AGE_MS;
    const deadHere = owner !== null && owner.host === here && (owner.pid === process.pid || !isAlive(owner.pid));
    if (!old && !deadHere) continue;
    await storage.removeTemp(temp.name);
    removed++;
  }
  return removed;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

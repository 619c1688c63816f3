import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { pruneExpiredSessions, type SessionPolicy } from './sessions.js';
import { pruneSignInFailures } from './sign-in-throttle.js';

/** How often expired sessions are pruned while the server runs. */
export const PRUNE_INTERVAL_MS = 3600_000;

/**
 * Prunes expired and idle sessions, and old failed sign-ins, now and then every hour, until stopped.
 *
 * @param db - the database
 * @param now - the clock
 * @param policy - session limits
 * @param log - where a failed prune is reported (the server keeps running)
 * @returns the first prune's promise (how many sessions went) and `stop()`
 */
export function startSessionPruning(
  db: Kysely<Database>,
  now: () => Date,
  policy: SessionPolicy,
  log: (message: string) => void,
): { readonly first: Promise<number>; stop(): void } {
  const prune = async (): Promise<number> => {
    try {
      const at = now();
      const sessions = await pruneExpiredSessions(db, at, policy);
      await pruneSignInFailures(db, at);
      return sessions;
    } catch (error) {
      log(`groundup: pruning expired sessions failed: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    }
  };
  const first = prune();
  const timer = setInterval(() => void prune(), PRUNE_INTERVAL_MS);
  timer.unref();
  return {
    first,
    stop() {
      clearInterval(timer);
    },
  };
}

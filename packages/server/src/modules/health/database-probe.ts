import { sql, type Kysely } from 'kysely';

/**
 * Checks that the database answers, at most once per `maxAgeMs`: callers within that time share the
 * last answer (or the check in flight). A load balancer polling `/api/health` many times a second
 * then costs one `select 1` a second, not one per call (PGlite runs every query on the server's
 * own thread).
 *
 * @param db - the database
 * @param now - the clock, epoch ms
 * @param maxAgeMs - how old an answer may be
 * @returns a function resolving to true when the database answered
 */
export function databaseProbe<DB>(db: Kysely<DB>, now: () => number, maxAgeMs = 1000): () => Promise<boolean> {
  let last: { atMs: number; ok: Promise<boolean> } | null = null;
  return () => {
    const at = now();
    if (last !== null && at - last.atMs < maxAgeMs && at >= last.atMs) return last.ok;
    const ok = sql`select 1`.execute(db).then(
      () => true,
      () => false,
    );
    last = { atMs: at, ok };
    return ok;
  };
}

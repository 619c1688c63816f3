import { hostname } from 'node:os';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** How often a running job's worker touches its heartbeat row. */
export const HEARTBEAT_INTERVAL_MS = 5_000;
/** A running job whose heartbeat is older than this is taken as dead (its process was killed or lost). */
export const HEARTBEAT_STALE_SECONDS = 30;
/** How often each working process looks for dead jobs. */
export const SWEEP_INTERVAL_MS = 10_000;

/** A job found running with no live worker. */
export interface OrphanedJob {
  readonly id: string;
  readonly name: string;
  readonly data: unknown;
  readonly retryCount: number;
  readonly retryLimit: number;
}

/**
 * Keeps a job's heartbeat row while it runs: the first beat (the row's insert) comes after
 * {@link HEARTBEAT_INTERVAL_MS}, then one every interval, and `stop` removes it. A job that ends sooner writes
 * nothing (the sweeper gives a job without a row {@link HEARTBEAT_STALE_SECONDS} from its start before it counts as
 * dead). The times are the database's own clock, so workers whose clocks differ agree on what is stale.
 *
 * @param db - the database
 * @param jobId - the pg-boss job id
 * @param queue - its queue
 * @param onError - where a failed touch is reported (the job goes on)
 * @returns `stop`, which removes the record
 */
export function startHeartbeat(
  db: Kysely<Database>,
  jobId: string,
  queue: string,
  onError: (error: Error) => void,
): { stop(): Promise<void> } {
  const worker = `${hostname()}:${String(process.pid)}`;
  let beats: Promise<unknown> = Promise.resolve();
  let wrote = false;
  const timer = setInterval(() => {
    wrote = true;
    beats = db
      .insertInto('job_heartbeats')
      .values({ job_id: jobId, queue, worker })
      .onConflict((oc) => oc.column('job_id').doUpdateSet({ worker, beat_at: sql`now()` }))
      .execute()
      .catch((error: unknown) => onError(error as Error));
  }, HEARTBEAT_INTERVAL_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await beats;
      if (wrote) await db.deleteFrom('job_heartbeats').where('job_id', '=', jobId).execute();
    },
  };
}

/**
 * Finds pg-boss jobs that are `active` but whose worker stopped beating: no heartbeat row (the process died
 * between taking the job and recording it) or a stale one, past a grace period after the job started.
 *
 * @param db - the database (pg-boss's schema `pgboss` in it)
 * @param queues - the queues to look in
 * @param staleSeconds - how old a heartbeat (or a start without one) must be; 0 at the start of the only process
 *   on an embedded database, where every active job is an orphan
 * @returns the orphaned jobs
 */
export async function findOrphanedJobs(
  db: Kysely<Database>,
  queues: readonly string[],
  staleSeconds: number,
): Promise<OrphanedJob[]> {
  if (queues.length === 0) return [];
  const result = await sql<{
    id: string;
    name: string;
    data: unknown;
    retry_count: number;
    retry_limit: number;
  }>`
    select j.id::text as id, j.name, j.data, j.retry_count, j.retry_limit
    from pgboss.job j
    left join job_heartbeats h on h.job_id = j.id::text
    where j.state = 'active'
      and j.name in (${sql.join(queues)})
      and j.started_on < now() - make_interval(secs => ${staleSeconds})
      and (h.job_id is null or h.beat_at < now() - make_interval(secs => ${staleSeconds}))
  `.execute(db);
  return result.rows.map((row) => ({
    id: row.id,
    name: row.name,
    data: row.data,
    retryCount: row.retry_count,
    retryLimit: row.retry_limit,
  }));
}

/**
 * Removes a heartbeat row (after its job was failed for a retry).
 *
 * @param db - the database
 * @param jobId - the job
 */
export async function forgetHeartbeat(db: Kysely<Database>, jobId: string): Promise<void> {
  await db.deleteFrom('job_heartbeats').where('job_id', '=', jobId).execute();
}

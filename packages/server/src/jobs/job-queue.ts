import { CompiledQuery, type Kysely } from 'kysely';
import type PgBoss from 'pg-boss';
import type { DatabaseHandle } from '../db/database.js';
import type { Database } from '../db/schema.js';
import type { JobContext, JobDefinition, JobDeps } from './define-job.js';
import {
  findOrphanedJobs,
  forgetHeartbeat,
  HEARTBEAT_STALE_SECONDS,
  startHeartbeat,
  SWEEP_INTERVAL_MS,
} from './job-heartbeat.js';
import { JOBS, type JobData, type JobName } from './job-registry.js';

/** The polling interval of a process alone on its (embedded) database. */
const SOLE_PROCESS_POLLING_SECONDS = 5;

/** Options of {@link JobQueue.enqueue}. */
export interface EnqueueOptions {
  /**
   * Queue the job inside this open transaction (it is only queued if the transaction commits):
   * a service writes its rows and queues the work that follows them in one step.
   */
  readonly transaction?: Kysely<Database>;
  /** Seconds to wait before the job may start. */
  readonly startAfterSeconds?: number;
  /** At most one queued job with this key per queue. */
  readonly singletonKey?: string;
  /** The job's id (a UUID), when the caller records it before the job is queued (in the same transaction). */
  readonly jobId?: string;
}

/** A job payload that does not match its job's schema: a programming error, never the user's. */
export class JobDataError extends Error {
  readonly code = 'invalid_job_data';
}

/** How services hand work to the workers, and how a process stops taking work. */
export interface JobQueue {
  /**
   * Queues a registered job; the payload is checked against the job's schema first.
   *
   * @param name - a job in `JOBS`
   * @param data - its payload
   * @param options - a transaction to queue in, a delay, a singleton key
   * @returns the job id
   * @throws JobDataError when the payload does not match the schema
   */
  enqueue<Name extends JobName>(name: Name, data: JobData<Name>, options?: EnqueueOptions): Promise<string>;
  /**
   * Wakes this process's idle workers of a queue, after a transaction that queued a job has committed (without
   * it they find the job at their next poll, within half a second).
   *
   * @param name - the queue
   */
  wake(name: JobName): void;
  /**
   * Fails the running jobs whose worker stopped beating, so pg-boss retries them (or gives them up).
   *
   * @param staleSeconds - how old a heartbeat must be (default 30 s)
   * @returns how many were found
   */
  sweep(staleSeconds?: number): Promise<number>;
  /** Stops working and closes pg-boss (waits up to 10 s for running jobs). */
  stop(): Promise<void>;
}

/** Options of {@link startJobQueue}. */
export interface JobQueueOptions {
  /** Take jobs in this process. */
  readonly work: boolean;
  /** Jobs of each queue run at once in this process. */
  readonly concurrency: number;
  /**
   * Whether this is the only process on its database (the embedded database, under the data directory's lock):
   * then every job still `active` at start belonged to a process that died, and is retried at once.
   */
  readonly soleProcess: boolean;
  /** Where pg-boss and the heartbeats report background errors. */
  readonly onError: (error: Error) => void;
  /** The jobs to run (default every registered job; tests pass their own). */
  readonly jobs?: readonly JobDefinition[];
  /** How often to look for dead jobs (default 10 s). */
  readonly sweepIntervalMs?: number;
}

/**
 * Starts pg-boss on the database (creating its schema on first start), creates a queue for every
 * registered job and, when `work` is set, runs their handlers in this process, `concurrency` at once per queue,
 * each run with a heartbeat; a sweeper fails (for a retry) the runs whose process died.
 *
 * @param handle - the open database; pg-boss uses the same PGlite connection, or its own pool on PostgreSQL
 * @param deps - what handlers get
 * @param options - whether to work, how many at once, where errors go
 * @returns the queue
 */
export async function startJobQueue(
  handle: DatabaseHandle,
  deps: JobDeps,
  options: JobQueueOptions,
): Promise<JobQueue> {
  const { default: PgBossClass } = await import('pg-boss');
  const boss: PgBoss = new PgBossClass({
    ...handle.boss,
    schema: 'pgboss',
    // PGlite has one connection: keep the background maintenance light. Dead workers are found by the
    // heartbeat sweeper below, not by pg-boss's expiry.
    monitorStateIntervalSeconds: 60,
    maintenanceIntervalSeconds: 120,
  });
  boss.on('error', options.onError);
  await boss.start();
  const jobs: readonly JobDefinition[] = options.jobs ?? JOBS;
  for (const job of jobs) {
    await boss.createQueue(job.name, {
      name: job.name,
      retryLimit: job.settings.retryLimit,
      retryDelay: job.settings.retryDelaySeconds,
      expireInSeconds: job.settings.expireInSeconds,
    });
  }

  const sweep = async (staleSeconds = HEARTBEAT_STALE_SECONDS): Promise<number> => {
    const orphans = await findOrphanedJobs(
      handle.db,
      jobs.map((job) => job.name),
      staleSeconds,
    );
    for (const orphan of orphans) {
      await boss.fail(orphan.name, orphan.id, { message: 'its worker stopped (no heartbeat)' });
      await forgetHeartbeat(handle.db, orphan.id);
      const job = jobs.find((candidate) => candidate.name === orphan.name);
      if (job !== undefined && orphan.retryCount >= orphan.retryLimit) {
        await giveUp(job, orphan.data, 'Its worker stopped on every try.', deps);
      }
    }
    // Retried after the job's retry delay: look again then rather than at the next poll.
    for (const name of new Set(orphans.map((orphan) => orphan.name))) {
      const job = jobs.find((candidate) => candidate.name === name);
      setTimeout(() => wake(name), (job?.settings.retryDelaySeconds ?? 0) * 1000 + 100).unref();
    }
    return orphans.length;
  };

  const workerIds = new Map<string, string[]>();
  // Alone on an embedded database, every job is queued in this process and wakes a worker itself: polling is only
  // the fallback for jobs queued in a transaction, and its queries would compete with the API for PGlite's one
  // connection.
  const pollingSeconds = (job: JobDefinition) =>
    options.soleProcess
      ? Math.max(SOLE_PROCESS_POLLING_SECONDS, job.settings.pollingIntervalSeconds)
      : job.settings.pollingIntervalSeconds;
  // One worker a job: each wakes the next in turn (a busy one fetches again as soon as its run ends).
  let turn = 0;
  const wake = (name: string) => {
    const ids = workerIds.get(name) ?? [];
    const worker = ids[turn++ % Math.max(1, ids.length)];
    if (worker !== undefined) boss.notifyWorker(worker);
  };
  let sweeper: NodeJS.Timeout | null = null;
  if (options.work) {
    await sweep(options.soleProcess ? 0 : HEARTBEAT_STALE_SECONDS);
    for (const job of jobs) {
      const ids: string[] = [];
      const count = Math.max(1, Math.min(options.concurrency, job.settings.maxConcurrency));
      for (let i = 0; i < count; i++) {
        const id = await boss.work<unknown>(
          job.name,
          { pollingIntervalSeconds: pollingSeconds(job), batchSize: 1, includeMetadata: true },
          async ([run]) => {
            if (run === undefined) return;
            try {
              await runJob(job, run, deps, options.onError);
            } finally {
              // More may be waiting: fetch again at once instead of sleeping out the polling interval.
              boss.notifyWorker(id);
            }
          },
        );
        ids.push(id);
      }
      workerIds.set(job.name, ids);
    }
    sweeper = setInterval(() => {
      sweep().catch((error: unknown) => options.onError(error as Error));
    }, options.sweepIntervalMs ?? SWEEP_INTERVAL_MS);
    sweeper.unref();
  }

  return {
    async enqueue(name, data, enqueueOptions = {}) {
      const job = jobs.find((candidate) => candidate.name === name);
      if (job === undefined) throw new JobDataError(`no job is registered as ${name}`);
      const parsed = job.schema.safeParse(data);
      if (!parsed.success) throw new JobDataError(`${name}: ${parsed.error.message}`);
      const id = await boss.send(name, parsed.data as object, {
        ...(enqueueOptions.transaction === undefined ? {} : { db: kyselyExecutor(enqueueOptions.transaction) }),
        ...(enqueueOptions.startAfterSeconds === undefined ? {} : { startAfter: enqueueOptions.startAfterSeconds }),
        ...(enqueueOptions.singletonKey === undefined ? {} : { singletonKey: enqueueOptions.singletonKey }),
        ...(enqueueOptions.jobId === undefined ? {} : { id: enqueueOptions.jobId }),
      });
      if (id === null) throw new Error(`pg-boss did not accept the ${name} job`);
      // Wake this process's idle workers (others find it at their next poll, within half a second). A job queued
      // in a transaction is not visible until the commit: the caller calls `wake` after it.
      if (enqueueOptions.transaction === undefined) wake(name);
      return id;
    },
    wake,
    sweep,
    async stop() {
      if (sweeper !== null) clearInterval(sweeper);
      await boss.stop({ graceful: true, wait: true, timeout: 10_000, close: true });
    },
  };
}

/**
 * Runs one job: re-checks its payload (a bad payload is dropped, not retried), keeps a heartbeat while the
 * handler runs, and gives the job up when its last try throws.
 */
async function runJob(
  job: JobDefinition,
  run: PgBoss.JobWithMetadata<unknown>,
  deps: JobDeps,
  onError: (error: Error) => void,
): Promise<void> {
  const parsed = job.schema.safeParse(run.data);
  if (!parsed.success) {
    deps.log(`groundup: job ${job.name} ${run.id} dropped: its payload does not match: ${parsed.error.message}`);
    return;
  }
  const heartbeat = startHeartbeat(deps.db, run.id, job.name, onError);
  const context: JobContext = { jobId: run.id, attempt: run.retryCount + 1, deps };
  try {
    await job.handler(parsed.data, context);
  } catch (error) {
    if (run.retryCount >= run.retryLimit) {
      await giveUp(job, parsed.data, `It failed on every try: ${(error as Error).message}`, deps);
    }
    throw error;
  } finally {
    await heartbeat.stop().catch((error: unknown) => onError(error as Error));
  }
}

async function giveUp(job: JobDefinition, data: unknown, reason: string, deps: JobDeps): Promise<void> {
  if (job.onGiveUp === null) return;
  const parsed = job.schema.safeParse(data);
  if (!parsed.success) return;
  try {
    await job.onGiveUp(parsed.data, reason, deps);
  } catch (error) {
    deps.log(`groundup: job ${job.name}: recording that it was given up failed: ${(error as Error).message}`);
  }
}

/** pg-boss's executor over a Kysely connection or transaction, so a job can be queued inside it. */
function kyselyExecutor(db: Kysely<Database>): PgBoss.Db {
  return {
    async executeSql(text, values) {
      const result = await db.executeQuery(CompiledQuery.raw(text, values));
      return { rows: result.rows };
    },
  };
}

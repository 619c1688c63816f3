import { CompiledQuery, type Kysely } from 'kysely';
import type PgBoss from 'pg-boss';
import type { DatabaseHandle } from '../db/database.js';
import type { Database } from '../db/schema.js';
import type { JobContext, JobDefinition, JobDeps } from './define-job.js';
import { JOBS, type JobData, type JobName } from './job-registry.js';

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
  /** Stops working and closes pg-boss (waits up to 10 s for running jobs). */
  stop(): Promise<void>;
}

/** Options of {@link startJobQueue}. */
export interface JobQueueOptions {
  /** Take jobs in this process. */
  readonly work: boolean;
  /** Jobs of each queue run at once in this process. */
  readonly concurrency: number;
  /** Where pg-boss reports background errors. */
  readonly onError: (error: Error) => void;
  /** The jobs to run (default every registered job; tests pass their own). */
  readonly jobs?: readonly JobDefinition[];
}

/**
 * Starts pg-boss on the database (creating its schema on first start), creates a queue for every
 * registered job and, when `work` is set, runs their handlers in this process.
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
    // PGlite has one connection: keep the background maintenance light.
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
  if (options.work) {
    for (const job of jobs) {
      for (let i = 0; i < Math.max(1, options.concurrency); i++) {
        await boss.work<unknown>(
          job.name,
          { pollingIntervalSeconds: 0.5, batchSize: 1, includeMetadata: true },
          async ([run]) => {
            if (run !== undefined) await runJob(job, run, deps);
          },
        );
      }
    }
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
      });
      if (id === null) throw new Error(`pg-boss did not accept the ${name} job`);
      return id;
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000, close: true });
    },
  };
}

/** Runs one job: re-checks its payload (a bad payload is dropped, not retried) and calls the handler. */
async function runJob(job: JobDefinition, run: PgBoss.JobWithMetadata<unknown>, deps: JobDeps): Promise<void> {
  const parsed = job.schema.safeParse(run.data);
  if (!parsed.success) {
    deps.log(`groundup: job ${job.name} ${run.id} dropped: its payload does not match: ${parsed.error.message}`);
    return;
  }
  const context: JobContext = { jobId: run.id, attempt: run.retryCount + 1, deps };
  await job.handler(parsed.data, context);
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

import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ServerConfig } from '../config.js';
import type { Database } from '../db/schema.js';
import type { FileStorage } from '../files/file-storage.js';

/** What every job handler may use: the database, the files, the configuration, the clock and a log. */
export interface JobDeps {
  readonly db: Kysely<Database>;
  readonly files: FileStorage;
  readonly config: ServerConfig;
  readonly now: () => Date;
  readonly log: (message: string) => void;
}

/** What a handler knows about the run it is in. */
export interface JobContext {
  /** The queue's id of this job (the same on every retry). */
  readonly jobId: string;
  /** 1 on the first run, 2 on the first retry, … */
  readonly attempt: number;
  readonly deps: JobDeps;
}

/** How pg-boss keeps a job: retries and how long a run may take before it is given up. */
export interface JobQueueSettings {
  /** Retries after the first run (a run that throws, or whose worker died). */
  readonly retryLimit: number;
  /** Seconds before a retry. */
  readonly retryDelaySeconds: number;
  /** A run that takes longer than this is failed (and retried) even while its worker is alive. */
  readonly expireInSeconds: number;
  /** Runs of this job at once in one process, at most (and never more than `GROUNDUP_WORKERS`). */
  readonly maxConcurrency: number;
  /** How often an idle worker looks for new jobs queued by other processes (a job queued here wakes it at once). */
  readonly pollingIntervalSeconds: number;
}

/** A job: its queue name, the schema its payload must match, and the handler that runs it. */
export interface JobDefinition<Name extends string = string, Schema extends z.ZodType = z.ZodType> {
  readonly name: Name;
  readonly schema: Schema;
  /**
   * Runs one job. Throwing fails the run and pg-boss retries it (up to `retryLimit`); a handler
   * records an expected failure (a bad file) itself and returns.
   */
  readonly handler: (data: z.output<Schema>, context: JobContext) => Promise<void>;
  readonly settings: JobQueueSettings;
  /**
   * Called once when the job will not be tried again: its last run threw, or the worker of its last run died.
   * Records the failure where people see it (an upload's status), so nothing stays `running` for ever.
   */
  readonly onGiveUp: ((data: z.output<Schema>, reason: string, deps: JobDeps) => Promise<void>) | null;
}

/** Options of {@link defineJob}: queue settings, and what to do when the job is given up. */
export interface DefineJobOptions<Schema extends z.ZodType> extends Partial<JobQueueSettings> {
  readonly onGiveUp?: (data: z.output<Schema>, reason: string, deps: JobDeps) => Promise<void>;
}

/** The defaults a job gets when it names none. */
export const DEFAULT_JOB_SETTINGS: JobQueueSettings = {
  retryLimit: 2,
  retryDelaySeconds: 2,
  expireInSeconds: 15 * 60,
  maxConcurrency: 64,
  pollingIntervalSeconds: 0.5,
};

/**
 * Defines a job. Put each in `jobs/handlers/<job>.ts` and add it to `JOBS` in `job-registry.ts`.
 *
 * @param name - the queue name, kebab-case (`analyse-upload`, `send-email`)
 * @param schema - the payload's zod schema: checked when the job is queued and again when it runs
 * @param handler - runs one job
 * @param options - retries and expiry when the defaults do not fit; `onGiveUp` when the job will not be retried
 * @returns the definition
 */
export function defineJob<const Name extends string, Schema extends z.ZodType>(
  name: Name,
  schema: Schema,
  handler: (data: z.output<Schema>, context: JobContext) => Promise<void>,
  options: DefineJobOptions<Schema> = {},
): JobDefinition<Name, Schema> {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`job name ${name} must be kebab-case`);
  const { onGiveUp, ...settings } = options;
  return { name, schema, handler, settings: { ...DEFAULT_JOB_SETTINGS, ...settings }, onGiveUp: onGiveUp ?? null };
}

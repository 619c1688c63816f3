import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ServerConfig } from '../config.js';
import type { Database } from '../db/schema.js';
import type { FileStore } from '../files/file-store.js';

/** What every job handler may use: the database, the files, the configuration, the clock and a log. */
export interface JobDeps {
  readonly db: Kysely<Database>;
  readonly files: FileStore;
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
}

/** The defaults a job gets when it names none. */
export const DEFAULT_JOB_SETTINGS: JobQueueSettings = { retryLimit: 2, retryDelaySeconds: 2, expireInSeconds: 15 * 60 };

/**
 * Defines a job. Put each in `jobs/handlers/<job>.ts` and add it to `JOBS` in `job-registry.ts`.
 *
 * @param name - the queue name, kebab-case (`analyse-upload`, `send-email`)
 * @param schema - the payload's zod schema: checked when the job is queued and again when it runs
 * @param handler - runs one job
 * @param settings - retries and expiry, when the defaults do not fit
 * @returns the definition
 */
export function defineJob<const Name extends string, Schema extends z.ZodType>(
  name: Name,
  schema: Schema,
  handler: (data: z.output<Schema>, context: JobContext) => Promise<void>,
  settings: Partial<JobQueueSettings> = {},
): JobDefinition<Name, Schema> {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`job name ${name} must be kebab-case`);
  return { name, schema, handler, settings: { ...DEFAULT_JOB_SETTINGS, ...settings } };
}

import type { z } from 'zod';
import { analyseUploadJob } from './handlers/analyse-upload.js';
import { deliverOutboxJob } from './handlers/deliver-outbox.js';

/** Every job this server runs. A new job: a file in `handlers/`, and one line here. */
export const JOBS = [analyseUploadJob, deliverOutboxJob] as const;

/** The queue names of every registered job. */
export const JOB_NAMES: readonly string[] = JOBS.map((job) => job.name);

/** A registered job. */
export type RegisteredJob = (typeof JOBS)[number];

/** The name of a registered job. */
export type JobName = RegisteredJob['name'];

/** The payload a registered job takes when it is queued. */
export type JobData<Name extends JobName> = z.input<Extract<RegisteredJob, { readonly name: Name }>['schema']>;

/**
 * Finds a registered job by name.
 *
 * @param name - the queue name
 * @returns the definition, or undefined for a name nobody registered
 */
export function findJob(name: string): RegisteredJob | undefined {
  return JOBS.find((job) => job.name === name);
}

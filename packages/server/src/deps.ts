import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './db/schema.js';

/**
 * What every service needs: the database, the clock and the id generator. Nothing else in the
 * server calls `new Date()` or makes random ids, so tests can move time and predict ids.
 */
export interface ServiceDeps {
  readonly db: Kysely<Database>;
  /** The current time. */
  readonly now: () => Date;
  /** A new primary key (a UUID). */
  readonly newId: () => string;
}

/**
 * The real clock and UUIDs, for the server and worker processes (tests pass their own).
 *
 * @returns `now` = the system time, `newId` = a random UUID
 */
export function systemClockAndIds(): Pick<ServiceDeps, 'now' | 'newId'> {
  return { now: () => new Date(), newId: () => randomUUID() };
}

import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { ServerConfig } from '../config.js';
import type { DatabaseKind } from '../db/database.js';
import type { Database } from '../db/schema.js';
import type { FileStorage } from '../files/file-storage.js';
import type { JobQueue } from '../jobs/job-queue.js';

/** What the HTTP app needs, passed in (the clock too, so tests can move time). */
export interface AppDeps {
  readonly db: Kysely<Database>;
  readonly databaseKind: DatabaseKind;
  readonly files: FileStorage;
  readonly jobs: JobQueue;
  readonly config: Pick<ServerConfig, 'sessionHours' | 'maxUploadBytes'>;
  readonly now: () => Date;
  /** Directory of the built web app, or null to serve only the API. */
  readonly webDir: string | null;
}

/** Hono's environment: the signed-in user is set by the session middleware. */
export interface AppEnv {
  Variables: {
    user: SessionUser;
  };
}

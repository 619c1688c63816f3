import type { Actor } from '../auth/actor.js';
import type { ServerConfig } from '../config.js';
import type { DatabaseKind } from '../db/database.js';
import type { ServiceDeps } from '../deps.js';
import type { FileStorage } from '../files/file-storage.js';
import type { JobQueue } from '../jobs/job-queue.js';

/** What the HTTP app needs, passed in (the clock and ids too, so tests can move time). */
export interface AppDeps extends ServiceDeps {
  readonly databaseKind: DatabaseKind;
  readonly files: FileStorage;
  readonly jobs: JobQueue;
  readonly config: Pick<ServerConfig, 'sessionHours' | 'maxUploadBytes' | 'smtpUrl' | 'mailFrom' | 'publicUrl'>;
  /** Directory of the built web app, or null to serve only the API. */
  readonly webDir: string | null;
}

/** Why a request has no actor: no credentials, or credentials that did not hold. */
export type AuthProblem = 'none' | 'unknown_session' | 'session_expired' | 'invalid_token';

/** Hono's environment: the actor (or why there is none) is set by the actor middleware. */
export interface AppEnv {
  Variables: {
    actor: Actor | null;
    authProblem: AuthProblem;
  };
}

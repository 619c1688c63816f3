import type { CommandSpec } from '../command.js';

const SERVER_ENV = `Environment:
  PORT                 HTTP port (default 5170)
  HOST                 interface to listen on (default 127.0.0.1; 0.0.0.0 for the network)
  GROUNDUP_DATA_DIR    data directory: embedded database, files, lock (default ./.groundup)
  DATABASE_URL         postgres://user:password@host:5432/db to use PostgreSQL instead of PGlite
  GROUNDUP_JOBS        inprocess (default) or off: whether this process also runs jobs
  GROUNDUP_SESSION_HOURS  session lifetime (default 12)
  GROUNDUP_MAX_UPLOAD_MB  largest upload (default 200)`;

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'serve',
    summary: 'start the server: API under /api and the web app at /',
    help: `Usage: groundup serve [--demo] [--port N] [--json]

Starts groundup on http://localhost:5170: the API under /api, the web app at /, and the jobs in the
same process. Runs the database migrations first. Stop it with Ctrl-C.

Options:
  --demo       seed a demo clinic, lab, one user per role and a demo patient into an empty database,
               and print the demo logins
  --port N     listen on port N (overrides PORT; 0 picks a free port)
  --json       print one JSON document {url, database, dataDir, demoLogins} once it is listening

${SERVER_ENV}`,
    load: () => import('./serve-command.js'),
  },
  {
    name: 'worker',
    summary: 'run jobs (design, analysis) from the PostgreSQL database of the servers',
    help: `Usage: groundup worker [--json]

Takes jobs from the database in DATABASE_URL (PostgreSQL) until stopped with Ctrl-C, so design and
analysis jobs can run on other machines. Needs DATABASE_URL: on the embedded database the server
runs its jobs itself.

Options:
  --json       print one JSON document {database, queues} once it is taking jobs

${SERVER_ENV}`,
    load: () => import('./worker-command.js'),
  },
];

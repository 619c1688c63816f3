import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { configFromEnv, type ServerConfig } from '../packages/server/src/index.js';
import { IN_CI, requirement } from './requirements.js';

/** A database the server suites run on: the embedded default, and PostgreSQL when `DATABASE_URL` is set. */
export interface DatabaseTarget {
  readonly name: 'pglite' | 'postgres';
  /** Whether the suite runs here (false: skipped with a message). */
  readonly available: boolean;
}

/**
 * The databases every database suite runs on. PGlite always; PostgreSQL when `DATABASE_URL` is set
 * (required under `CI=true`).
 */
export function databaseTargets(): DatabaseTarget[] {
  const url = process.env['DATABASE_URL'];
  const hasPostgres = url !== undefined && url !== '';
  return [
    { name: 'pglite', available: true },
    {
      name: 'postgres',
      available:
        hasPostgres ||
        requirement(
          'PostgreSQL (DATABASE_URL)',
          false,
          'set DATABASE_URL=postgres://… to run the suites on PostgreSQL too',
        ),
    },
  ];
}

/** A fresh, empty database and data directory for one suite, and how to remove them. */
export interface ScratchDatabase {
  readonly config: ServerConfig;
  readonly dataDir: string;
  dispose(): Promise<void>;
}

/**
 * Makes a scratch database: a temporary data directory, and for PostgreSQL a new database created
 * next to the one in `DATABASE_URL` (dropped again by `dispose`).
 *
 * @param target - which engine
 * @param env - extra environment for the config
 * @returns the scratch database
 */
export async function scratchDatabase(target: DatabaseTarget, env: NodeJS.ProcessEnv = {}): Promise<ScratchDatabase> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'groundup-test-'));
  if (target.name === 'pglite') {
    const config = configFromEnv({ ...env, GROUNDUP_DATA_DIR: dataDir, DATABASE_URL: '' }, dataDir);
    return { config, dataDir, dispose: () => rm(dataDir, { recursive: true, force: true }) };
  }
  const baseUrl = process.env['DATABASE_URL'];
  if (baseUrl === undefined || baseUrl === '') {
    throw new Error(IN_CI ? 'CI=true needs DATABASE_URL' : 'DATABASE_URL is not set');
  }
  const name = `groundup_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const config = configFromEnv({ ...env, GROUNDUP_DATA_DIR: dataDir, DATABASE_URL: url.toString() }, dataDir);
  return {
    config,
    dataDir,
    async dispose() {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

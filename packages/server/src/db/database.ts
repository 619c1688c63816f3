import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import type { Db as BossDb } from 'pg-boss';
import { StartupError } from '../startup-error.js';
import { initPgliteInChildProcess, isPgliteInitialised, PGLITE_POSTGRESQL_CONF } from './pglite-initdb.js';
import type { Database } from './schema.js';

/** Which engine is behind the Kysely instance. */
export type DatabaseKind = 'pglite' | 'postgres';

/** An open database: the Kysely instance, and how pg-boss reaches the same database. */
export interface DatabaseHandle {
  readonly kind: DatabaseKind;
  readonly db: Kysely<Database>;
  /** pg-boss connection: our adapter over PGlite's single connection, or a connection string. */
  readonly boss: { readonly db: BossDb } | { readonly connectionString: string };
  /** A printable description with any password removed. */
  readonly description: string;
  close(): Promise<void>;
}

/** PostgreSQL type OIDs whose text form we keep or convert the same way on both engines. */
const DATE_OID = 1082;
const INT8_OID = 20;

/**
 * Opens PGlite in `<dataDir>/db`, creating the database on first use: in a child process when
 * asked (see pglite-initdb.ts), so a long-running server does not keep initdb's memory.
 *
 * @param dataDir - the groundup data directory; the caller holds its lock
 * @param options - `initdbInChildProcess`: create a new database in a child process
 * @returns the handle
 * @throws StartupError `data_dir_unusable` when PGlite cannot open the directory
 */
export async function openPglite(
  dataDir: string,
  options: { readonly initdbInChildProcess: boolean } = { initdbInChildProcess: false },
): Promise<DatabaseHandle> {
  const dbDir = path.join(dataDir, 'db');
  try {
    await mkdir(dbDir, { recursive: true });
  } catch (error) {
    throw new StartupError('data_dir_unusable', `cannot create ${dbDir}: ${messageOf(error)}`, { cause: error });
  }
  const [{ PGlite }, { PGliteDialect }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('./pglite-dialect.js'),
  ]);
  let pglite;
  try {
    if (options.initdbInChildProcess && !(await isPgliteInitialised(dbDir))) await initPgliteInChildProcess(dbDir);
    pglite = await PGlite.create(dbDir, {
      parsers: { [DATE_OID]: (value: string) => value, [INT8_OID]: (value: string) => Number(value) },
      postgresqlconf: PGLITE_POSTGRESQL_CONF,
    });
  } catch (error) {
    throw new StartupError('data_dir_unusable', `cannot open the embedded database in ${dbDir}: ${messageOf(error)}`, {
      cause: error,
    });
  }
  const dialect = new PGliteDialect(pglite);
  const db = new Kysely<Database>({ dialect });
  return {
    kind: 'pglite',
    db,
    boss: { db: { executeSql: (text, values) => dialect.executeSql(text, values) } },
    description: `PGlite in ${dbDir}`,
    async close() {
      await db.destroy();
      await pglite.close();
    },
  };
}

/**
 * Connects to PostgreSQL and checks that it answers.
 *
 * @param url - `postgres://user:password@host:port/database`
 * @returns the handle
 * @throws StartupError `database_unreachable` when no connection can be made within a few seconds
 */
export async function openPostgres(url: string): Promise<DatabaseHandle> {
  const description = `PostgreSQL at ${redactUrl(url)}`;
  const pg = (await import('pg')).default;
  const defaultParser = pg.types.getTypeParser.bind(pg.types) as (
    oid: number,
    format: 'text',
  ) => (value: string) => unknown;
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: 5000,
    max: 10,
    types: {
      getTypeParser: ((oid: number) => {
        if (oid === DATE_OID) return (value: string) => value;
        if (oid === INT8_OID) return (value: string) => Number(value);
        return defaultParser(oid, 'text');
      }) as typeof pg.types.getTypeParser,
    },
  });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on next use.
  });
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new StartupError('database_unreachable', `cannot reach ${description}: ${messageOf(error)}`, {
      cause: error,
    });
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgres',
    db,
    boss: { connectionString: url },
    description,
    async close() {
      await db.destroy();
    },
  };
}

/**
 * Replaces the password in a database URL with `***`.
 *
 * @param url - a connection URL
 * @returns the URL safe to print
 */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}

function messageOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return messageOf(error.errors[0]);
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

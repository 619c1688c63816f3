import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { S3StorageSettings } from './files/s3-file-storage.js';
import { StartupError } from './startup-error.js';

/** Where uploaded files are kept: a directory (the embedded default) or S3-compatible object storage. */
export type StorageConfig =
  { readonly kind: 'disk'; readonly root: string } | ({ readonly kind: 's3' } & S3StorageSettings);

/** Everything the server and worker read from the environment, parsed once at start. */
export interface ServerConfig {
  /** TCP port for the HTTP server (`PORT`, default 5170). */
  readonly port: number;
  /** Interface to listen on (`HOST`, default 127.0.0.1; `0.0.0.0` to reach it from tablets on the network). */
  readonly host: string;
  /** Data directory for PGlite, files and the lock (`GROUNDUP_DATA_DIR`, default `./.groundup`). */
  readonly dataDir: string;
  /** PostgreSQL URL (`DATABASE_URL`); null means the embedded PGlite database. */
  readonly databaseUrl: string | null;
  /** Session lifetime in hours (`GROUNDUP_SESSION_HOURS`, default 12). */
  readonly sessionHours: number;
  /** Largest accepted upload in bytes (`GROUNDUP_MAX_UPLOAD_MB`, default 200). */
  readonly maxUploadBytes: number;
  /** Whether the server process also works jobs (`GROUNDUP_JOBS=inprocess|off`, default inprocess). */
  readonly inProcessJobs: boolean;
  /** SMTP server for outgoing mail (`GROUNDUP_SMTP_URL`, e.g. `smtp://user:pass@host:587`); null: mail stays in the development mailbox. */
  readonly smtpUrl: string | null;
  /** Sender address for outgoing mail (`GROUNDUP_MAIL_FROM`, default `groundup <no-reply@groundup.invalid>`). */
  readonly mailFrom: string;
  /** The address people reach groundup at, for links in emails (`GROUNDUP_PUBLIC_URL`); null: the request's own origin. */
  readonly publicUrl: string | null;
  /** Jobs of each kind a process runs at once (`GROUNDUP_WORKERS`, default the number of cores). */
  readonly workers: number;
  /** File storage: `<dataDir>/files`, or S3 when `GROUNDUP_S3_BUCKET` is set (see {@link storageFromEnv}). */
  readonly storage: StorageConfig;
}

export const DEFAULT_PORT = 5170;

/**
 * Reads the configuration from environment variables.
 *
 * @param env - usually `process.env`
 * @param cwd - directory that a relative `GROUNDUP_DATA_DIR` is resolved against
 * @returns the configuration
 * @throws StartupError `config_invalid` naming the variable that is wrong
 */
export function configFromEnv(env: NodeJS.ProcessEnv, cwd: string): ServerConfig {
  const databaseUrl = nonEmpty(env['DATABASE_URL']);
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new StartupError('config_invalid', 'DATABASE_URL must start with postgres:// or postgresql://');
  }
  const jobs = nonEmpty(env['GROUNDUP_JOBS']) ?? 'inprocess';
  if (jobs !== 'inprocess' && jobs !== 'off') {
    throw new StartupError('config_invalid', 'GROUNDUP_JOBS must be inprocess or off');
  }
  const dataDir = path.resolve(cwd, nonEmpty(env['GROUNDUP_DATA_DIR']) ?? '.groundup');
  const smtpUrl = nonEmpty(env['GROUNDUP_SMTP_URL']);
  if (smtpUrl !== null && !/^smtps?:\/\//.test(smtpUrl)) {
    throw new StartupError('config_invalid', 'GROUNDUP_SMTP_URL must start with smtp:// or smtps://');
  }
  const publicUrl = nonEmpty(env['GROUNDUP_PUBLIC_URL'])?.replace(/\/+$/, '') ?? null;
  if (publicUrl !== null && !/^https?:\/\/[^/\s]+(\/\S*)?$/.test(publicUrl)) {
    throw new StartupError('config_invalid', 'GROUNDUP_PUBLIC_URL must be an http:// or https:// address');
  }
  return {
    port: integer(env, 'PORT', DEFAULT_PORT, 0, 65535),
    host: nonEmpty(env['HOST']) ?? '127.0.0.1',
    dataDir,
    databaseUrl,
    sessionHours: integer(env, 'GROUNDUP_SESSION_HOURS', 12, 1, 24 * 30),
    maxUploadBytes: integer(env, 'GROUNDUP_MAX_UPLOAD_MB', 200, 1, 2000) * 1024 * 1024,
    inProcessJobs: jobs === 'inprocess',
    smtpUrl,
    mailFrom: nonEmpty(env['GROUNDUP_MAIL_FROM']) ?? 'groundup <no-reply@groundup.invalid>',
    publicUrl,
    workers: integer(env, 'GROUNDUP_WORKERS', availableParallelism(), 1, 64),
    storage: storageFromEnv(env, dataDir),
  };
}

/**
 * Reads the file-storage settings: S3 when `GROUNDUP_S3_BUCKET` is set (`GROUNDUP_S3_ENDPOINT`,
 * `GROUNDUP_S3_REGION` (default us-east-1), `GROUNDUP_S3_ACCESS_KEY_ID` with `GROUNDUP_S3_SECRET_ACCESS_KEY`
 * (or neither, for the AWS SDK's own credential chain), `GROUNDUP_S3_FORCE_PATH_STYLE=true|false`), otherwise
 * `<dataDir>/files`.
 *
 * @param env - usually `process.env`
 * @param dataDir - the resolved data directory
 * @returns the storage settings
 * @throws StartupError `config_invalid` for S3 settings without a bucket, a key without its secret, a bad endpoint
 */
export function storageFromEnv(env: NodeJS.ProcessEnv, dataDir: string): StorageConfig {
  const bucket = nonEmpty(env['GROUNDUP_S3_BUCKET']);
  const s3Names = Object.keys(env).filter((name) => name.startsWith('GROUNDUP_S3_') && nonEmpty(env[name]) !== null);
  if (bucket === null) {
    if (s3Names.length > 0) {
      throw new StartupError('config_invalid', `${s3Names.join(', ')} set without GROUNDUP_S3_BUCKET`);
    }
    return { kind: 'disk', root: path.join(dataDir, 'files') };
  }
  const endpoint = nonEmpty(env['GROUNDUP_S3_ENDPOINT']);
  if (endpoint !== null && !/^https?:\/\/[^\s]+$/.test(endpoint)) {
    throw new StartupError('config_invalid', 'GROUNDUP_S3_ENDPOINT must be an http:// or https:// URL');
  }
  const accessKeyId = nonEmpty(env['GROUNDUP_S3_ACCESS_KEY_ID']);
  const secretAccessKey = nonEmpty(env['GROUNDUP_S3_SECRET_ACCESS_KEY']);
  if ((accessKeyId === null) !== (secretAccessKey === null)) {
    throw new StartupError(
      'config_invalid',
      'GROUNDUP_S3_ACCESS_KEY_ID and GROUNDUP_S3_SECRET_ACCESS_KEY go together (or set neither)',
    );
  }
  const pathStyle = nonEmpty(env['GROUNDUP_S3_FORCE_PATH_STYLE']) ?? 'false';
  if (pathStyle !== 'true' && pathStyle !== 'false') {
    throw new StartupError('config_invalid', 'GROUNDUP_S3_FORCE_PATH_STYLE must be true or false');
  }
  return {
    kind: 's3',
    bucket,
    endpoint,
    region: nonEmpty(env['GROUNDUP_S3_REGION']) ?? 'us-east-1',
    credentials: accessKeyId === null || secretAccessKey === null ? null : { accessKeyId, secretAccessKey },
    forcePathStyle: pathStyle === 'true',
  };
}

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value.trim();
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const text = nonEmpty(env[name]);
  if (text === null) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new StartupError('config_invalid', `${name} must be a whole number from ${min} to ${max} (got "${text}")`);
  }
  return value;
}

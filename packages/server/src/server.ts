import { readFile } from 'node:fs/promises';
import { createServer as createHttpsServer } from 'node:https';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app.js';
import { startSessionPruning } from './auth/session-pruning.js';
import type { ServerConfig } from './config.js';
import { openRuntime, type Runtime } from './runtime.js';
import { StartupError } from './startup-error.js';

/** A running server. */
export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly runtime: Runtime;
  close(): Promise<void>;
}

/**
 * Starts groundup: database, jobs (in this process unless `GROUNDUP_JOBS=off`), and the HTTP server.
 *
 * @param config - from the environment
 * @param options - `demo`: seed demo data on first start; `webDir`: built web app to serve, or null
 * @returns the running server
 * @throws StartupError for a locked data directory, an unreachable database or a port in use
 */
export async function startServer(
  config: ServerConfig,
  options: { readonly demo: boolean; readonly webDir: string | null; readonly log: (message: string) => void },
): Promise<RunningServer> {
  await assertPortFree(config.host, config.port);
  const tls = config.tls === null ? null : await readTlsFiles(config.tls);
  const runtime = await openRuntime(config, {
    work: config.inProcessJobs,
    demo: options.demo,
    log: options.log,
    initdbInChildProcess: true,
  });
  const app = createApp(
    {
      db: runtime.database.db,
      databaseKind: runtime.database.kind,
      files: runtime.files,
      jobs: runtime.jobs,
      config,
      ...runtime.clock,
      webDir: options.webDir,
    },
    options.log,
  );
  const pruning = startSessionPruning(
    runtime.database.db,
    runtime.clock.now,
    { absoluteHours: config.sessionHours, idleMinutes: config.sessionIdleMinutes },
    options.log,
  );
  await pruning.first;
  let server: ServerType;
  let port: number;
  try {
    ({ server, port } = await listen(app.fetch, config.host, config.port, tls));
  } catch (error) {
    pruning.stop();
    await runtime.close();
    throw error;
  }
  const host = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  return {
    url: `${tls === null ? 'http' : 'https'}://${host}:${port}`,
    port,
    runtime,
    async close() {
      pruning.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await runtime.close();
    },
  };
}

/** Reads the PEM certificate and key named by GROUNDUP_TLS_CERT and GROUNDUP_TLS_KEY. */
async function readTlsFiles(paths: NonNullable<ServerConfig['tls']>): Promise<{ cert: Buffer; key: Buffer }> {
  const read = async (file: string, variable: string): Promise<Buffer> => {
    try {
      return await readFile(file);
    } catch (error) {
      throw new StartupError('config_invalid', `${variable}: cannot read ${file}: ${(error as Error).message}`, {
        cause: error,
      });
    }
  };
  return {
    cert: await read(paths.certPath, 'GROUNDUP_TLS_CERT'),
    key: await read(paths.keyPath, 'GROUNDUP_TLS_KEY'),
  };
}

function listen(
  fetch: Parameters<typeof serve>[0]['fetch'],
  hostname: string,
  port: number,
  tls: { cert: Buffer; key: Buffer } | null,
): Promise<{ server: ServerType; port: number }> {
  return new Promise((resolve, reject) => {
    const options =
      tls === null
        ? { fetch, hostname, port }
        : { fetch, hostname, port, createServer: createHttpsServer, serverOptions: { cert: tls.cert, key: tls.key } };
    let server: ServerType;
    try {
      server = serve(options, (info: AddressInfo) => resolve({ server, port: info.port }));
    } catch (error) {
      reject(new StartupError('config_invalid', `cannot start TLS: ${(error as Error).message}`, { cause: error }));
      return;
    }
    server.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, hostname, port)));
  });
}

/** Fails fast, before the database is opened, when the port is taken. */
function assertPortFree(hostname: string, port: number): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, hostname, port)));
    probe.listen({ host: hostname, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

function listenError(error: NodeJS.ErrnoException, hostname: string, port: number): StartupError {
  if (error.code === 'EADDRINUSE') {
    return new StartupError('port_in_use', `port ${port} on ${hostname} is already in use; set PORT to another port`);
  }
  return new StartupError('config_invalid', `cannot listen on ${hostname}:${port}: ${error.message}`, { cause: error });
}

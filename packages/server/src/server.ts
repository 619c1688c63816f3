import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app.js';
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
  const runtime = await openRuntime(config, { work: config.inProcessJobs, demo: options.demo, log: options.log });
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
  let server: ServerType;
  let port: number;
  try {
    ({ server, port } = await listen(app.fetch, config.host, config.port));
  } catch (error) {
    await runtime.close();
    throw error;
  }
  const host = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  return {
    url: `http://${host}:${port}`,
    port,
    runtime,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await runtime.close();
    },
  };
}

function listen(
  fetch: Parameters<typeof serve>[0]['fetch'],
  hostname: string,
  port: number,
): Promise<{ server: ServerType; port: number }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname, port }, (info: AddressInfo) => resolve({ server, port: info.port }));
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

export { configFromEnv, DEFAULT_PORT, type ServerConfig } from './config.js';
export { startServer, type RunningServer } from './server.js';
export { startWorker } from './worker.js';
export { openRuntime, type Runtime } from './runtime.js';
export { createApp } from './app.js';
export type { AppDeps } from './http/app-env.js';
export { DEMO_LOGINS, DEMO_ORGANIZATIONS, DEMO_PATIENTS, seedDemo, type DemoLogin } from './seed/demo-seed.js';
export { StartupError, type StartupErrorCode } from './startup-error.js';
export { redactUrl, type DatabaseKind } from './db/database.js';

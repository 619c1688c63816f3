import { randomUUID } from 'node:crypto';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createApp } from '../app.js';
import type { AppEnv } from '../http/app-env.js';
import { openRuntime, type Runtime } from '../runtime.js';
import { DEMO_LOGINS, type DemoLogin, type DemoOrganizationKey } from '../seed/demo-seed.js';
import type { Role } from '../db/schema.js';
import { scratchDatabase, type DatabaseTarget, type ScratchDatabase } from '../../../../test-support/databases.js';

/** A real runtime (database, files, pg-boss working in process) behind the Hono app, with a clock tests can move. */
export interface TestApp {
  readonly app: OpenAPIHono<AppEnv>;
  readonly runtime: Runtime;
  readonly scratch: ScratchDatabase;
  /** Moves the app's clock forward. */
  advanceClock(ms: number): void;
  /**
   * Signs in as a demo user and returns the Cookie header value.
   *
   * @param role - the demo user's role
   * @param org - which demo organization (default: the lab for a lab technician, else Northside)
   */
  login(role: Role, org?: DemoOrganizationKey): Promise<string>;
  /** The demo login of a role in an organization. */
  demoLogin(role: Role, org?: DemoOrganizationKey): DemoLogin;
  /** A JSON request; returns status and parsed body. */
  call(
    method: string,
    path: string,
    options?: { cookie?: string; json?: unknown; body?: string | Uint8Array; headers?: Record<string, string> },
  ): Promise<{ status: number; body: any; headers: Headers }>;
  close(): Promise<void>;
}

/**
 * Starts a test app on a scratch database of the given engine, seeded with the demo data.
 *
 * @param target - PGlite or PostgreSQL
 * @returns the app; close it in `afterAll`
 */
export async function startTestApp(target: DatabaseTarget): Promise<TestApp> {
  const scratch = await scratchDatabase(target);
  let offset = 0;
  const clock = { now: () => new Date(Date.now() + offset), newId: () => randomUUID() };
  const runtime = await openRuntime(scratch.config, { work: true, demo: true, log: () => undefined, clock });
  const errors: string[] = [];
  const app = createApp(
    {
      db: runtime.database.db,
      databaseKind: runtime.database.kind,
      files: runtime.files,
      jobs: runtime.jobs,
      config: scratch.config,
      ...clock,
      webDir: null,
    },
    (message) => errors.push(message),
  );
  const demoLogin: TestApp['demoLogin'] = (role, org) => {
    const key = org ?? (role === 'lab_technician' ? 'lab' : 'north');
    const login = DEMO_LOGINS.find((l) => l.role === role && l.organizationKey === key);
    if (login === undefined) throw new Error(`no demo ${role} in ${key}`);
    return login;
  };
  const call: TestApp['call'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.cookie !== undefined) headers['cookie'] = options.cookie;
    let body = options.body;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    }
    const response = await app.request(path, { method, headers, ...(body === undefined ? {} : { body }) });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text === '' ? null : JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed, headers: response.headers };
  };
  return {
    app,
    runtime,
    scratch,
    advanceClock(ms) {
      offset += ms;
    },
    demoLogin,
    async login(role, org) {
      const login = demoLogin(role, org);
      const response = await call('POST', '/api/auth/login', {
        json: { email: login.email, password: login.password },
      });
      const cookie = response.headers.get('set-cookie');
      if (response.status !== 200 || cookie === null)
        throw new Error(`login as ${role} failed: ${JSON.stringify(response.body)}`);
      return cookie.split(';')[0] ?? '';
    },
    call,
    async close() {
      await runtime.close();
      await scratch.dispose();
      if (errors.length > 0) throw new Error(`unexpected server errors:\n${errors.join('\n')}`);
    },
  };
}

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_LOGINS } from '../packages/server/src/index.js';
import { requirement } from './requirements.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** The compiled CLI (`node scripts/build.mjs` makes it); the process tests run what users run. */
export const GROUNDUP_BIN = path.join(ROOT, 'packages/cli/bin/groundup.js');

/**
 * Whether the compiled build is there (the suites that start a server process skip without it, and fail under CI).
 *
 * @returns true to run
 */
export function builtServerAvailable(): boolean {
  return requirement(
    'the compiled build (packages/*/dist)',
    existsSync(path.join(ROOT, 'packages/server/dist/index.js')) && existsSync(path.join(ROOT, 'packages/cli/dist')),
    'run node scripts/build.mjs',
  );
}

/** A `groundup serve` child process. */
export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  readonly pid: number;
  /** What the process wrote to stderr so far. */
  stderr(): string;
  /** Resident memory now, in bytes (Linux `/proc/<pid>/status` VmRSS). */
  rssBytes(): number;
  /** Peak resident memory since start, in bytes (VmHWM). */
  peakRssBytes(): number;
  /** SIGKILL: no shutdown code runs, as when the machine loses power to the process. */
  kill9(): Promise<void>;
  /** SIGTERM, and wait for the exit. */
  stop(): Promise<void>;
}

/**
 * Starts `groundup serve --json --port 0` with the given environment and waits until it listens.
 *
 * @param env - the child's environment (GROUNDUP_DATA_DIR, DATABASE_URL or not, …), over the current one minus DATABASE_URL
 * @param args - extra arguments (`--demo`)
 * @returns the running process
 */
export async function startServerProcess(
  env: Record<string, string>,
  args: readonly string[] = ['--demo'],
): Promise<ServerProcess> {
  const { DATABASE_URL: _unused, ...inherited } = process.env;
  const child = spawn(process.execPath, [GROUNDUP_BIN, 'serve', '--json', '--port', '0', ...args], {
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const newline = stdout.indexOf('\n');
      if (newline >= 0) resolve((JSON.parse(stdout.slice(0, newline)) as { url: string }).url);
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${String(code)} before listening:\n${stderr}`)));
  });
  const pid = child.pid ?? 0;
  const status = (field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${String(pid)}/status`, 'utf8'));
    return Number(match?.[1] ?? Number.NaN) * 1024;
  };
  return {
    url,
    child,
    pid,
    stderr: () => stderr,
    rssBytes: () => status('VmRSS'),
    peakRssBytes: () => status('VmHWM'),
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * Signs in as the first demo clinician and returns the session cookie.
 *
 * @param url - the server (started with `--demo`)
 * @returns the `name=value` cookie
 */
export async function signInAsClinician(url: string): Promise<string> {
  const login = DEMO_LOGINS.find((candidate) => candidate.role === 'clinician');
  if (login === undefined) throw new Error('no demo clinician');
  const { email, password } = login;
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-groundup-request': '1' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = response.headers.get('set-cookie');
  if (response.status !== 200 || cookie === null) throw new Error(`sign-in failed: ${String(response.status)}`);
  return cookie.split(';')[0] ?? '';
}

/**
 * The id of the first patient the signed-in clinician sees.
 *
 * @param url - the server
 * @param cookie - a clinician's session
 * @returns the patient id
 */
export async function firstPatientId(url: string, cookie: string): Promise<string> {
  const response = await fetch(`${url}/api/patients`, { headers: { cookie } });
  const body = (await response.json()) as { patients: { id: string }[] };
  const id = body.patients[0]?.id;
  if (id === undefined) throw new Error('no patient');
  return id;
}

/** What {@link streamUpload} got back. */
export interface StreamedUploadResponse {
  readonly status: number;
  readonly body: unknown;
}

/**
 * Uploads `totalBytes` to a patient, generated chunk by chunk (never whole in this process either), with chunked
 * transfer encoding unless `declareLength` is set. Stops sending once the server has answered.
 *
 * @param url - the server
 * @param cookie - a clinician's session
 * @param patientId - whose upload
 * @param totalBytes - how much to send
 * @param options - `declareLength`: send Content-Length; `fill`: the byte value of every byte (default 0)
 * @returns the status and parsed body
 */
export async function streamUpload(
  url: string,
  cookie: string,
  patientId: string,
  totalBytes: number,
  options: { readonly declareLength?: boolean; readonly fill?: number } = {},
): Promise<StreamedUploadResponse> {
  const { request } = await import('node:http');
  const chunk = Buffer.alloc(1024 * 1024, options.fill ?? 0);
  const target = new URL(`${url}/api/patients/${patientId}/uploads?filename=big.bin`);
  return new Promise((resolve, reject) => {
    const state = { answered: false };
    const req = request(
      target,
      {
        method: 'POST',
        headers: {
          cookie,
          'content-type': 'application/octet-stream',
          'x-groundup-request': '1',
          ...(options.declareLength === true ? { 'content-length': String(totalBytes) } : {}),
        },
      },
      (res) => {
        state.answered = true;
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (part: string) => (text += part));
        res.on('end', () => {
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // not JSON
          }
          resolve({ status: res.statusCode ?? 0, body });
        });
      },
    );
    req.on('error', (error) => {
      if (!state.answered) reject(error);
    });
    void (async () => {
      let sent = 0;
      while (sent < totalBytes && !state.answered && !req.destroyed) {
        const part = totalBytes - sent >= chunk.byteLength ? chunk : chunk.subarray(0, totalBytes - sent);
        sent += part.byteLength;
        if (!req.write(part)) await new Promise((resolveDrain) => req.once('drain', resolveDrain));
      }
      if (!req.destroyed) req.end();
    })().catch(() => undefined);
  });
}

/**
 * Starts an upload that sends `bytesBeforeStall` and then stalls (as a client on a dead network would).
 *
 * @param url - the server
 * @param cookie - a clinician's session
 * @param patientId - whose upload
 * @param bytesBeforeStall - how much to send first
 * @returns `abort` to drop the connection
 */
export async function startStalledUpload(
  url: string,
  cookie: string,
  patientId: string,
  bytesBeforeStall: number,
): Promise<{ abort(): void }> {
  const { request } = await import('node:http');
  const req = request(new URL(`${url}/api/patients/${patientId}/uploads?filename=stalled.bin`), {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/octet-stream', 'x-groundup-request': '1' },
  });
  req.on('error', () => undefined);
  req.write(Buffer.alloc(bytesBeforeStall, 7));
  return { abort: () => req.destroy() };
}

/**
 * Polls until `check` answers a value, or fails after `timeoutMs`.
 *
 * @param check - returns the value, or undefined to go on waiting
 * @param timeoutMs - the limit
 * @param intervalMs - between polls
 * @returns the value
 */
export async function waitFor<T>(check: () => Promise<T | undefined>, timeoutMs: number, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not there after ${String(timeoutMs)} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

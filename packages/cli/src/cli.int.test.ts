import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUNDUP_VERSION } from '@groundup/core';
import { databaseTargets, scratchDatabase } from '../../../test-support/databases.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = path.join(ROOT, 'packages/cli/bin/groundup.js');

/** Environment for a child: no DATABASE_URL unless given, so it runs on the embedded database. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  return { ...env, ...extra };
}

function groundup(args: string[], extra: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    env: childEnv(extra),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts `groundup serve --json` and resolves with its first JSON line (printed once it listens). */
function startServe(args: string[], extra: Record<string, string>) {
  const child = spawn(process.execPath, [BIN, 'serve', '--json', '--port', '0', ...args], {
    env: childEnv(extra),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = new Promise<{
    url: string;
    database: string;
    seeded: boolean;
    logins: { email: string; password: string; role: string; organization: string }[];
  }>((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n')[0];
      if (stdout.includes('\n') && line !== undefined) resolve(JSON.parse(line));
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${String(code)} before listening: ${stderr}`)));
  });
  const stop = () =>
    new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) resolve(child.exitCode);
      child.once('exit', (code) => resolve(code));
      child.kill('SIGTERM');
    });
  return { child, ready, stop, stderr: () => stderr };
}

describe('the groundup command', () => {
  beforeAll(() => {
    if (!existsSync(path.join(ROOT, 'packages/cli/dist/main.js'))) {
      throw new Error('the CLI is not built: run `npm run build` (npm test does it first)');
    }
  });

  it('reports the same version as every package.json', () => {
    for (const pkg of [
      'package.json',
      'packages/core/package.json',
      'packages/server/package.json',
      'packages/cli/package.json',
    ]) {
      expect((JSON.parse(readFileSync(path.join(ROOT, pkg), 'utf8')) as { version: string }).version, pkg).toBe(
        GROUNDUP_VERSION,
      );
    }
  });

  it('prints help and the version, as text and as JSON', () => {
    const help = groundup(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('serve');
    expect(help.stdout).toContain('worker');
    expect(groundup(['--version']).stdout.trim()).toBe(`groundup ${GROUNDUP_VERSION}`);
    const version = groundup(['--version', '--json']);
    expect(version.code).toBe(0);
    expect(JSON.parse(version.stdout)).toEqual({ version: GROUNDUP_VERSION });
    const serveHelp = groundup(['serve', '--help']);
    expect(serveHelp.stdout).toContain('DATABASE_URL');
  });

  it('exits 2 with one clear line for an unknown command or option, and with no command', () => {
    const unknown = groundup(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toEqual([expect.stringContaining("unknown command 'frobnicate'")]);
    const json = groundup(['frobnicate', '--json']);
    expect(JSON.parse(json.stdout).error.code).toBe('unknown_command');
    const badOption = groundup(['serve', '--colour']);
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain('--colour');
    expect(groundup([]).code).toBe(2);
  });

  it('refuses to run a worker on the embedded database, with one line', () => {
    const result = groundup(['worker']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining('needs DATABASE_URL')]);
  });

  it('refuses a bad PORT and an unreachable database with one line and exit 1', () => {
    const port = groundup(['serve'], { PORT: 'eighty' });
    expect(port.code).toBe(1);
    expect(port.stderr).toContain('PORT must be');
    const db = groundup(['serve'], { DATABASE_URL: 'postgres://x:pw@127.0.0.1:1/none', PORT: '0' });
    expect(db.code).toBe(1);
    expect(db.stderr).toMatch(/cannot reach PostgreSQL at postgres:\/\/x:\*\*\*@127\.0\.0\.1:1\/none/);
  });

  describe('serve', () => {
    let dataDir: string;
    beforeAll(async () => {
      dataDir = await mkdtemp(path.join(tmpdir(), 'groundup-cli-'));
    });
    afterAll(async () => {
      await rm(dataDir, { recursive: true, force: true });
    });

    it('starts with demo data, answers health, refuses a second process on the same data, and keeps data across a restart', async () => {
      const first = startServe(['--demo'], { GROUNDUP_DATA_DIR: dataDir });
      const info = await first.ready;
      expect(info).toMatchObject({ database: 'pglite', seeded: true });
      expect(info.logins).toHaveLength(8);
      expect(new Set(info.logins.map((l) => l.organization))).toEqual(
        new Set(['Northside Foot Clinic', 'Harbour Podiatry', 'Demo Orthotic Lab']),
      );
      for (const l of info.logins) expect(Object.keys(l).sort()).toEqual(['email', 'organization', 'password', 'role']);
      const health = await fetch(`${info.url}/api/health`);
      expect(await health.json()).toEqual({ status: 'ok', database: 'pglite', version: GROUNDUP_VERSION });

      const login = await fetch(`${info.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'clinician@north.demo.groundup.test', password: 'demo-clinician' }),
      });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const added = await fetch(`${info.url}/api/patients`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ givenName: 'Rita', familyName: 'Restart' }),
      });
      expect(added.status).toBe(201);

      const second = groundup(['serve', '--port', '0'], { GROUNDUP_DATA_DIR: dataDir });
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(/data directory .* is in use by another groundup process \(pid \d+\)/);

      expect(await first.stop()).toBe(0);
      expect(existsSync(path.join(dataDir, 'groundup.lock'))).toBe(false);

      const again = startServe(['--demo'], { GROUNDUP_DATA_DIR: dataDir });
      try {
        const info2 = await again.ready;
        expect(info2.seeded).toBe(false);
        const login2 = await fetch(`${info2.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'clinician@north.demo.groundup.test', password: 'demo-clinician' }),
        });
        const cookie2 = (login2.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
        const list = await fetch(`${info2.url}/api/patients?q=Restart`, { headers: { cookie: cookie2 } });
        const body = (await list.json()) as { patients: { givenName: string }[] };
        expect(body.patients.map((p) => p.givenName)).toEqual(['Rita']);
      } finally {
        expect(await again.stop()).toBe(0);
      }
    });
  });
});

const postgres = databaseTargets().find((target) => target.name === 'postgres');

describe.runIf(postgres?.available === true)('serve and worker on PostgreSQL', () => {
  it('a server with GROUNDUP_JOBS=off queues the job and a separate worker process runs it', async () => {
    const scratch = await scratchDatabase({ name: 'postgres', available: true });
    const env = { DATABASE_URL: scratch.config.databaseUrl ?? '', GROUNDUP_DATA_DIR: scratch.dataDir };
    const server = startServe(['--demo'], { ...env, GROUNDUP_JOBS: 'off' });
    const worker = spawn(process.execPath, [BIN, 'worker', '--json'], {
      env: childEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const info = await server.ready;
      expect(info.database).toBe('postgres');
      const login = await fetch(`${info.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'clinician@north.demo.groundup.test', password: 'demo-clinician' }),
      });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const patients = (await (await fetch(`${info.url}/api/patients`, { headers: { cookie } })).json()) as {
        patients: { id: string }[];
      };
      const patientId = patients.patients[0]?.id ?? '';
      const stl = new Uint8Array(84 + 50 * 3);
      new DataView(stl.buffer).setUint32(80, 3, true);
      const upload = await fetch(`${info.url}/api/patients/${patientId}/uploads?filename=w.stl`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/octet-stream' },
        body: stl,
      });
      expect(upload.status).toBe(202);
      const { upload: queued } = (await upload.json()) as { upload: { id: string } };
      let status = 'queued';
      for (let i = 0; i < 300 && status !== 'done' && status !== 'failed'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const list = (await (
          await fetch(`${info.url}/api/patients/${patientId}/uploads`, { headers: { cookie } })
        ).json()) as {
          uploads: { id: string; status: string }[];
        };
        status = list.uploads.find((u) => u.id === queued.id)?.status ?? 'missing';
      }
      expect(status).toBe('done');
    } finally {
      worker.kill('SIGTERM');
      await new Promise((resolve) => worker.once('exit', resolve));
      expect(worker.exitCode).toBe(0);
      expect(await server.stop()).toBe(0);
      await scratch.dispose();
    }
  });
});

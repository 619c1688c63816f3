import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requirement } from '../../../../test-support/requirements.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const bin = path.join(root, 'packages/cli/bin/groundup.js');
const built =
  existsSync(path.join(root, 'packages/cli/dist/main.js')) &&
  existsSync(path.join(root, 'packages/server/dist/http/body-limit.js'));

const MiB = 1024 * 1024;
const rssMiB = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/**
 * Sends a huge body (a 64 KiB chunk again and again) until the server answers or drops the
 * connection. `declared`: with a Content-Length; otherwise chunked.
 */
function hugePost(
  url: string,
  totalBytes: number,
  declared: boolean,
): Promise<{ status: number | 'reset'; sentBytes: number }> {
  return new Promise((resolve) => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    let settled = false;
    const done = (status: number | 'reset') => {
      if (settled) return;
      settled = true;
      req.destroy();
      resolve({ status, sentBytes: sent });
    };
    const target = new URL('/api/auth/login', url);
    const req = request(target, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: target.origin,
        ...(declared ? { 'content-length': String(totalBytes) } : {}),
      },
    });
    req.on('response', (response) => {
      response.resume();
      done(response.statusCode ?? 0);
    });
    req.on('error', () => done('reset'));
    const pump = () => {
      while (!settled && sent < totalBytes) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!settled && sent >= totalBytes) req.end();
    };
    pump();
  });
}

describe.runIf(requirement('the built server (npm run build)', built, 'run `node scripts/build.mjs` first'))(
  'the body limit of a real server, in its own process',
  () => {
    let child: ChildProcess;
    let url = '';
    let dataDir = '';

    beforeAll(async () => {
      dataDir = await mkdtemp(path.join(tmpdir(), 'groundup-body-limit-'));
      const env: NodeJS.ProcessEnv = { ...process.env, GROUNDUP_DATA_DIR: dataDir, GROUNDUP_JOBS: 'off' };
      delete env['DATABASE_URL'];
      child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--json'], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout?.on('data', (data: Buffer) => {
          out += data.toString();
          const line = out.split('\n')[0];
          if (out.includes('\n') && line !== undefined) resolve((JSON.parse(line) as { url: string }).url);
        });
        child.once('exit', (code) => reject(new Error(`groundup serve exited ${code}`)));
      });
    }, 120_000);

    afterAll(async () => {
      if (child.exitCode === null) {
        await new Promise((resolve) => {
          child.once('exit', resolve);
          child.kill('SIGTERM');
        });
      }
      await rm(dataDir, { recursive: true, force: true });
    });

    it('refuses 16 concurrent 300 MB login bodies with 413 while its memory stays flat', async () => {
      const pid = child.pid ?? 0;
      // Settle: one small request, then the baseline.
      await fetch(`${url}/api/health`);
      const baseline = rssMiB(pid);
      let peak = baseline;
      const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(pid))), 20);
      const results = await Promise.all(Array.from({ length: 16 }, (_, i) => hugePost(url, 300 * MiB, i % 2 === 0)));
      clearInterval(sampler);
      const after = rssMiB(pid);
      const statuses = results.map((r) => r.status).join(' ');
      const takenMiB = results.reduce((sum, r) => sum + r.sentBytes, 0) / MiB;
      console.info(
        `body limit: RSS ${baseline.toFixed(0)} MiB before, peak +${(peak - baseline).toFixed(1)} MiB, after ${(after - baseline).toFixed(1)} MiB; client wrote ${takenMiB.toFixed(0)} MiB; answers: ${statuses}`,
      );
      // Each request is answered 413, or (when the server closes the connection before the client
      // reads the answer) dropped; never accepted, and never a 5xx.
      for (const result of results) expect([413, 'reset']).toContain(result.status);
      expect(results.filter((r) => r.status === 413).length).toBeGreaterThanOrEqual(8);
      // Far less than the 4.8 GB offered was taken in.
      const offered = results.reduce((sum, r) => sum + r.sentBytes, 0);
      expect(offered).toBeLessThan(16 * 300 * MiB);
      expect(peak - baseline, `peak ${peak.toFixed(0)} MiB over a baseline of ${baseline.toFixed(0)} MiB`).toBeLessThan(
        64,
      );
      expect(after - baseline).toBeLessThan(64);
      // The server still answers.
      expect((await fetch(`${url}/api/health`)).status).toBe(200);
    }, 120_000);
  },
);

#!/usr/bin/env node
// Upload pipeline benchmark, run by scripts/bench.mjs (which prints every scripts/bench-*.mjs): 50 scan uploads
// through a real server process (PGlite, the embedded default), from the first byte sent to the last analysis
// done, with where the time goes: the uploads themselves, the queue, and the analysis (core's readers, timed
// alone in this process on the same file). On PGlite, and on PostgreSQL too when DATABASE_URL is set.
// Usage: node scripts/bench-uploads.mjs [--uploads N] [--parallel N]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'packages/cli/bin/groundup.js');
const core = await import('../packages/core/dist/index.js');
const { DEMO_LOGINS } = await import('../packages/server/dist/index.js');
const argument = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const uploads = argument('--uploads', 50);
const parallel = argument('--parallel', 8);

// The scan: the real foot scan from the shared test data when it is there, else a synthetic foot of the same size.
const testdata = process.env.GROUNDUP_TESTDATA ?? path.join(root, '../shared/testdata');
const realScan = path.join(testdata, 'boa-ssm-foot-stl/m2s_105_foot.stl');
const scan = existsSync(realScan)
  ? { bytes: new Uint8Array(readFileSync(realScan)), name: 'real foot scan m2s_105_foot.stl' }
  : {
      bytes: core.writeBinaryStl(core.createSyntheticFoot({ stations: 90, around: 70 }).mesh, 'bench'),
      name: 'synthetic foot',
    };
const triangles = new DataView(scan.bytes.buffer, scan.bytes.byteOffset).getUint32(80, true);

// The analysis alone, in this process: what each job computes.
core.detectCaptureFormat(scan.bytes);
const analysisStarted = performance.now();
for (let i = 0; i < uploads; i++) core.detectCaptureFormat(scan.bytes);
const analysisMs = performance.now() - analysisStarted;

const baseEnv = { ...process.env };
delete baseEnv.DATABASE_URL;
const line = (name, value, unit, note) =>
  process.stdout.write(`${name.padEnd(44)} ${value.toFixed(1).padStart(9)} ${unit}  (${note})\n`);

/** Starts a server on `extraEnv`, sends the uploads, waits for every analysis, prints the figures. */
async function run(label, extraEnv) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'groundup-bench-uploads-'));
  const child = spawn(process.execPath, [bin, 'serve', '--demo', '--json', '--port', '0'], {
    env: { ...baseEnv, GROUNDUP_DATA_DIR: dataDir, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  try {
    const info = await new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]));
      });
      child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
    });
    const clinician = DEMO_LOGINS.find((login) => login.role === 'clinician');
    const login = await fetch(`${info.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-groundup-request': '1' },
      body: JSON.stringify({ email: clinician.email, password: clinician.password }),
    });
    if (login.status !== 200) throw new Error(`sign-in failed: ${login.status}`);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const patients = await (await fetch(`${info.url}/api/patients`, { headers: { cookie } })).json();
    const patientId = patients.patients[0].id;

    const started = performance.now();
    const ids = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: parallel }, async () => {
        while (next < uploads) {
          const i = next++;
          const response = await fetch(`${info.url}/api/patients/${patientId}/uploads?filename=scan-${i}.stl`, {
            method: 'POST',
            headers: { cookie, 'content-type': 'application/octet-stream', 'x-groundup-request': '1' },
            body: scan.bytes,
          });
          if (response.status !== 202) throw new Error(`upload ${i}: ${response.status} ${await response.text()}`);
          ids.push((await response.json()).upload.id);
        }
      }),
    );
    const uploadedMs = performance.now() - started;
    const wanted = new Set(ids);
    let failed = 0;
    for (;;) {
      const list = await (await fetch(`${info.url}/api/patients/${patientId}/uploads`, { headers: { cookie } })).json();
      const finished = list.uploads.filter((u) => wanted.has(u.id) && (u.status === 'done' || u.status === 'failed'));
      failed = finished.filter((u) => u.status === 'failed').length;
      if (finished.length === wanted.size) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const totalMs = performance.now() - started;
    if (failed > 0) throw new Error(`${failed} analyses failed`);
    line(
      `uploads (${label}): ${uploads} scans analysed end to end`,
      totalMs / 1000,
      's',
      `${scan.name}, ${triangles} triangles, ${(scan.bytes.byteLength / 1024).toFixed(0)} KiB; ${parallel} clients; goal < 5 s`,
    );
    line(
      `uploads (${label}): all ${uploads} acknowledged`,
      uploadedMs / 1000,
      's',
      'streamed to storage, row + audit + job queued',
    );
    line(`uploads (${label}): analysed after the last upload`, (totalMs - uploadedMs) / 1000, 's', 'queue + analysis');
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

line(`uploads: the ${uploads} analyses alone, one thread`, analysisMs / 1000, 's', "core's readers on the same file");
await run('PGlite', {});
// PostgreSQL too when DATABASE_URL is set: a scratch database beside it, dropped afterwards.
const baseUrl = process.env.DATABASE_URL;
if (baseUrl) {
  const pg = (await import('pg')).default;
  const name = `groundup_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  try {
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    await run('PostgreSQL', { DATABASE_URL: url.toString() });
  } finally {
    // The server's connections close as it exits; try a few times, then say what is left behind.
    let dropped = false;
    for (let attempt = 0; attempt < 20 && !dropped; attempt++) {
      dropped = await admin.query(`drop database if exists ${name}`).then(
        () => true,
        () => new Promise((resolve) => setTimeout(() => resolve(false), 250)),
      );
    }
    if (!dropped) process.stderr.write(`bench-uploads: could not drop the scratch database ${name}\n`);
    await admin.end();
  }
}

#!/usr/bin/env node
// groundup benchmarks: CLI start-up, server cold and warm start, memory, API latency, job latency.
// Figures go here, never into timed unit tests. `npm run bench` (builds first); `--json` for one JSON document.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'packages/cli/bin/groundup.js');
const json = process.argv.includes('--json');
const log = (text) => process.stderr.write(`${text}\n`);
const results = [];
const record = (name, value, unit, note = '') => {
  results.push({ name, value: Math.round(value * 10) / 10, unit, note });
  log(`${name.padEnd(44)} ${String(Math.round(value * 10) / 10).padStart(9)} ${unit}${note ? `  (${note})` : ''}`);
};
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const env = { ...process.env };
delete env.DATABASE_URL;

// 1. CLI start-up (labs run it over thousands of files).
for (const args of [['--version'], ['--help']]) {
  const times = [];
  for (let i = 0; i < 21; i++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8' });
    times.push(performance.now() - started);
    if (result.status !== 0) throw new Error(`groundup ${args.join(' ')} failed: ${result.stderr}`);
  }
  record(
    `cli: groundup ${args.join(' ')} (median of 21)`,
    quantile(times, 0.5),
    'ms',
    `p90 ${Math.round(quantile(times, 0.9))} ms`,
  );
}

function startServer(dataDir) {
  const started = performance.now();
  const child = spawn(process.execPath, [bin, 'serve', '--demo', '--json', '--port', '0'], {
    env: { ...env, GROUNDUP_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ child, info: JSON.parse(out.split('\n')[0]), ms: performance.now() - started });
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
  });
}
const stop = (child) =>
  new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

// 2. Foot scan pipeline: read + align + measure a binary STL (targets: 1M triangles < 0.5 s and
// < 400 MB peak; a typical 300k-triangle scan < 150 ms).
for (const triangles of [300_000, 1_000_000]) {
  const run = spawnSync(process.execPath, [path.join(root, 'scripts/bench-scan.mjs'), String(triangles)], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`bench-scan failed: ${run.stderr}`);
  const r = JSON.parse(run.stdout);
  const label = `${Math.round(r.triangles / 1000)}k-triangle binary STL`;
  record(`scan: read+align+measure ${label}, warm (median of 5)`, r.warmMs, 'ms', `read ${r.warmReadMs.toFixed(0)} ms`);
  record(`scan: read+align+measure ${label}, cold (first run)`, r.coldMs, 'ms', `read ${r.coldReadMs.toFixed(0)} ms`);
  record(
    `scan: peak memory, ${label} (whole process)`,
    r.peakMiB,
    'MiB',
    `${r.peakBeforeMiB.toFixed(0)} MiB before the first run`,
  );
}

// The same through the CLI, as a lab's script runs it: a new process per file (Node start-up,
// module loading, file read, no JIT warm-up), `groundup scan measure <file> --units mm --json`.
const scanDir = mkdtempSync(path.join(tmpdir(), 'groundup-bench-scan-'));
try {
  for (const triangles of [300_000, 1_000_000]) {
    const file = path.join(scanDir, `foot-${triangles}.stl`);
    const write = spawnSync(process.execPath, [
      path.join(root, 'scripts/bench-scan.mjs'),
      String(triangles),
      '--write',
      file,
    ]);
    if (write.status !== 0) throw new Error(`bench-scan --write failed: ${write.stderr}`);
    const times = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const result = spawnSync(process.execPath, [bin, 'scan', 'measure', file, '--units', 'mm', '--json'], { env });
      times.push(performance.now() - started);
      if (result.status !== 0) throw new Error(`groundup scan measure failed: ${result.stderr}`);
    }
    record(
      `cli: groundup scan measure, ${Math.round(triangles / 1000)}k triangles (median of 5)`,
      quantile(times, 0.5),
      'ms',
      'whole process, Node start-up included',
    );
    // A batch: ten files in one process (`scan measure a.stl b.stl …`), per file.
    const started = performance.now();
    const batch = spawnSync(
      process.execPath,
      [bin, 'scan', 'measure', ...Array.from({ length: 10 }, () => file), '--units', 'mm', '--json'],
      { env },
    );
    if (batch.status !== 0) throw new Error(`groundup scan measure (batch) failed: ${batch.stderr}`);
    record(
      `cli: groundup scan measure, 10 × ${Math.round(triangles / 1000)}k triangles in one process, per file`,
      (performance.now() - started) / 10,
      'ms',
      'whole process ÷ 10',
    );
  }
} finally {
  rmSync(scanDir, { recursive: true, force: true });
}

// Each module's own bench script (scripts/bench-<module>.mjs, other than scan above) prints its own lines.
for (const script of readdirSync(path.join(root, 'scripts'))
  .filter((name) => /^bench-.+\.mjs$/.test(name) && name !== 'bench-scan.mjs')
  .sort()) {
  const run = spawnSync(process.execPath, [path.join(root, 'scripts', script)], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${script} failed: ${run.stderr}`);
  for (const line of run.stdout.trim().split('\n')) {
    log(line);
    results.push({ name: script, value: null, unit: '', note: line });
  }
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'groundup-bench-'));
try {
  // 3. Server start: first (creates the database, migrates, seeds) and warm (existing data).
  const cold = await startServer(dataDir);
  record('server: first start to listening (PGlite)', cold.ms, 'ms', 'initdb + migrations + demo seed');
  await stop(cold.child);
  const { child, info, ms } = await startServer(dataDir);
  record('server: restart to listening (PGlite)', ms, 'ms');
  record('server: resident memory after start', rssMb(child.pid), 'MiB');

  // 4. API latency.
  const login = await fetch(`${info.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'clinician@north.demo.groundup.test', password: 'demo-clinician' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  for (let i = 0; i < 50; i++) {
    await fetch(`${info.url}/api/patients`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ givenName: `Bench${i}`, familyName: `Patient${i}` }),
    });
  }
  const latencies = [];
  for (let i = 0; i < 200; i++) {
    const started = performance.now();
    const response = await fetch(`${info.url}/api/patients`, { headers: { cookie } });
    await response.json();
    latencies.push(performance.now() - started);
  }
  record(
    'api: GET /api/patients, 51 patients (p50 of 200)',
    quantile(latencies, 0.5),
    'ms',
    `p95 ${quantile(latencies, 0.95).toFixed(1)} ms`,
  );

  // 5. Job latency: upload → pg-boss → analysed.
  const patients = await (await fetch(`${info.url}/api/patients`, { headers: { cookie } })).json();
  const patientId = patients.patients[0].id;
  const jobTimes = [];
  for (let i = 0; i < 10; i++) {
    const stl = new Uint8Array(84 + 50 * (1000 + i));
    new DataView(stl.buffer).setUint32(80, 1000 + i, true);
    const started = performance.now();
    const response = await fetch(`${info.url}/api/patients/${patientId}/uploads?filename=b${i}.stl`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/octet-stream' },
      body: stl,
    });
    const { upload } = await response.json();
    for (;;) {
      const list = await (await fetch(`${info.url}/api/patients/${patientId}/uploads`, { headers: { cookie } })).json();
      const status = list.uploads.find((u) => u.id === upload.id)?.status;
      if (status === 'done' || status === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    jobTimes.push(performance.now() - started);
  }
  record('jobs: upload to analysed (median of 10)', quantile(jobTimes, 0.5), 'ms', 'pg-boss polling 0.5 s');
  record('server: resident memory after the run', rssMb(child.pid), 'MiB');
  await stop(child);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
if (json) process.stdout.write(`${JSON.stringify({ results }, null, 2)}\n`);

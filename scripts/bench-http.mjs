#!/usr/bin/env node
// HTTP benchmarks (issue 12), run by scripts/bench.mjs or alone (`node scripts/bench-http.mjs`, after a
// build). Prints one line per figure:
//   1. server memory (RSS) right after the first start (fresh data directory, demo seed; goal < 300 MB)
//   2. GET /api/health req/s ÷ a bare node:http hello-world, same machine, same run, with wrk (goal ≥ 0.5)
//   3. GET /api/patients p50/p95 with 1,000 patients, 20 connections, with wrk (goal p95 < 20 ms)
// BENCH_HTTP_SECONDS sets each wrk run's length (default 5). wrk is Debian's native load client; without it the two load figures are skipped with a message.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'packages/cli/bin/groundup.js');
const line = (name, value, unit, note = '') =>
  process.stdout.write(`${name.padEnd(60)} ${String(value).padStart(9)} ${unit}${note ? `  (${note})` : ''}\n`);
const rssMiB = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const hasWrk = spawnSync('wrk', ['--version']).error === undefined;
const seconds = Number(process.env.BENCH_HTTP_SECONDS ?? 5);

function startChild(args, env, readyPattern) {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = readyPattern.exec(out);
      if (match) resolve({ child, match });
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited ${code}: ${stderr}`)));
  });
}
const stop = (child) =>
  new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });

/** Runs wrk; returns req/s and, with the Lua reporter, p50/p95/p99 latency in ms. */
function wrk(url, { connections, headers = [] }) {
  const script = path.join(tmpdir(), `groundup-wrk-${process.pid}.lua`);
  writeFileSync(
    script,
    'done = function(summary, latency, requests)\n' +
      '  io.write(string.format("GROUNDUP %f %f %f %d %d\\n", latency:percentile(50)/1000, latency:percentile(95)/1000, latency:percentile(99)/1000, summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))\n' +
      'end\n',
  );
  const args = ['-t2', `-c${connections}`, `-d${seconds}s`, '-s', script, ...headers.flatMap((h) => ['-H', h]), url];
  const run = spawnSync('wrk', args, { encoding: 'utf8' });
  rmSync(script, { force: true });
  if (run.status !== 0) throw new Error(`wrk failed: ${run.stderr}`);
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(run.stdout)?.[1]);
  const [, p50, p95, p99, requests, errors] = /GROUNDUP (\S+) (\S+) (\S+) (\d+) (\d+)/.exec(run.stdout) ?? [];
  return {
    rps,
    p50: Number(p50),
    p95: Number(p95),
    p99: Number(p99),
    requests: Number(requests),
    errors: Number(errors),
  };
}

/** Creates patients up to 1,000 in the north clinic, then loads GET /api/patients with wrk. */
async function patientList(url) {
  const origin = new URL(url).origin;
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ email: 'clinician@north.demo.groundup.test', password: 'demo-clinician' }),
  });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const existing = (await (await fetch(`${url}/api/patients?limit=500`, { headers: { cookie } })).json()).patients
    .length;
  const toCreate = 1000 - existing;
  for (let i = 0; i < toCreate; i += 10) {
    await Promise.all(
      Array.from({ length: Math.min(10, toCreate - i) }, (_, j) =>
        fetch(`${url}/api/patients`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie, origin },
          body: JSON.stringify({ givenName: `Bench${i + j}`, familyName: `Patient${i + j}`, sex: 'unknown' }),
        }).then(async (r) => {
          if (r.status !== 201) throw new Error(`create patient: ${r.status} ${await r.text()}`);
        }),
      ),
    );
  }
  for (const [label, query] of [
    ['default page (500)', ''],
    ['?limit=50', '?limit=50'],
  ]) {
    const list = wrk(`${url}/api/patients${query}`, { connections: 20, headers: [`Cookie: ${cookie}`] });
    line(
      `http: GET /api/patients ${label}, 1,000 patients, 20 conn, p95`,
      list.p95.toFixed(1),
      'ms',
      `p50 ${list.p50.toFixed(1)} ms, p99 ${list.p99.toFixed(1)} ms, ${Math.round(list.rps)} req/s, ${list.errors} errors; goal p95 < 20 ms`,
    );
  }
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'groundup-bench-http-'));
const env = { ...process.env, GROUNDUP_DATA_DIR: dataDir };
delete env.DATABASE_URL;
let server;
let hello;
try {
  // 1. Memory after the first start.
  server = await startChild([bin, 'serve', '--demo', '--json', '--port', '0'], env, /^(\{.*\})\n/);
  const info = JSON.parse(server.match[1]);
  await sleep(2000);
  const firstRss = rssMiB(server.child.pid);
  line('http: server RSS after the first start (PGlite, demo)', firstRss.toFixed(0), 'MiB', 'goal < 300');

  if (!hasWrk) {
    line('http: load figures skipped', '-', '', 'wrk is not installed (apt-get install wrk)');
  } else {
    // 2. Health vs a bare node:http hello-world, same run.
    hello = await startChild(
      [
        '-e',
        "const s=require('node:http').createServer((q,r)=>{r.writeHead(200,{'content-type':'text/plain'});r.end('hello')});s.listen(0,'127.0.0.1',()=>console.log('PORT '+s.address().port))",
      ],
      env,
      /PORT (\d+)/,
    );
    const bare = wrk(`http://127.0.0.1:${hello.match[1]}/`, { connections: 50 });
    await stop(hello.child);
    hello = undefined;
    const health = wrk(`${info.url}/api/health`, { connections: 50 });
    line(
      'http: GET /api/health req/s ÷ bare node:http hello-world',
      (health.rps / bare.rps).toFixed(2),
      '',
      `${Math.round(health.rps)} vs ${Math.round(bare.rps)} req/s, wrk 2 threads 50 connections ${seconds} s; goal ≥ 0.5`,
    );

    // 3. Patient list with 1,000 patients, 20 connections (BENCH_HTTP_ONLY=health skips it).
    if (process.env.BENCH_HTTP_ONLY !== 'health') await patientList(info.url);
    line('http: server RSS after the load', rssMiB(server.child.pid).toFixed(0), 'MiB');
  }
} finally {
  if (hello) await stop(hello.child);
  if (server) await stop(server.child);
  rmSync(dataDir, { recursive: true, force: true });
}

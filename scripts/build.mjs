#!/usr/bin/env node
// Builds what `npm start` and `npm test` need: core, server and cli with tsc (incremental),
// and the web app with Vite when its sources are newer than its build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function run(command, args, label) {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`build: ${label} failed\n`);
    process.exit(result.status ?? 1);
  }
  return Math.round(performance.now() - started);
}

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const info = statSync(target);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

const tscMs = run(bin('tsc'), ['-b', 'packages/cli/tsconfig.build.json'], 'tsc');
const webOut = path.join(root, 'packages/web/dist/index.html');
const webInputs = ['packages/web/src', 'packages/web/index.html', 'packages/web/vite.config.ts', 'packages/core/src'];
const stale =
  !existsSync(webOut) || Math.max(...webInputs.map((p) => newestMtime(path.join(root, p)))) > statSync(webOut).mtimeMs;
let viteMs = 0;
if (stale)
  viteMs = run(bin('vite'), ['build', '--logLevel', 'warn', '--config', 'packages/web/vite.config.ts'], 'vite build');
process.stderr.write(`build: tsc ${tscMs} ms, web ${stale ? `${viteMs} ms` : 'up to date'}\n`);

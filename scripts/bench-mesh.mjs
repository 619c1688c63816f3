#!/usr/bin/env node
// Mesh-reader benchmark: a height-field grid surface of N triangles is written as binary STL in memory, then read
// (parsed, checked, corners merged) by readMesh from the BUILT core: the first run (cold) and the median of 5.
// Each size runs in its own process so that peak memory is its own.
// Build first: node_modules/.bin/tsc -b packages/core/tsconfig.build.json
// Usage: node scripts/bench-mesh.mjs            (300,000 and 1,000,000 triangles)
//        node scripts/bench-mesh.mjs <triangles> (one size)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const requested = process.argv[2];
if (requested === undefined) {
  for (const size of [300_000, 1_000_000]) {
    process.stdout.write(
      execFileSync(process.execPath, [fileURLToPath(import.meta.url), String(size)], { encoding: 'utf8' }),
    );
  }
  process.exit(0);
}

const core = await import('../packages/core/dist/index.js');
const wanted = Number(requested);
const label = wanted % 1_000_000 === 0 ? `${wanted / 1_000_000}M` : `${Math.round(wanted / 1000)}k`;

/** A wavy grid, cols × rows quads, two triangles each, CCW seen from above. */
function gridSurface(triangles) {
  const rows = Math.max(1, Math.round(Math.sqrt(triangles / 2 / 2)));
  const cols = Math.max(1, Math.round(triangles / 2 / rows));
  const positions = new Float32Array((cols + 1) * (rows + 1) * 3);
  for (let j = 0; j <= rows; j++) {
    for (let i = 0; i <= cols; i++) {
      const v = (j * (cols + 1) + i) * 3;
      const x = (i * 300) / cols;
      const y = (j * 150) / rows;
      positions[v] = x;
      positions[v + 1] = y;
      positions[v + 2] = 10 * Math.sin(x / 30) * Math.cos(y / 20);
    }
  }
  const indices = new Uint32Array(cols * rows * 6);
  let k = 0;
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < cols; i++) {
      const a = j * (cols + 1) + i;
      const b = a + 1;
      const c = a + cols + 1;
      const d = c + 1;
      indices.set([a, b, d, a, d, c], k);
      k += 6;
    }
  }
  return { positions, triangles: indices };
}

const peakMiB = () => {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return process.memoryUsage().rss / 2 ** 20;
  }
};

const mesh = gridSurface(wanted);
const bytes = core.writeBinaryStl(mesh, 'groundup bench grid');
const triangles = mesh.triangles.length / 3;
const peakBefore = peakMiB();

function once() {
  const started = performance.now();
  const result = core.readMesh(bytes);
  const ms = performance.now() - started;
  if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.code}: ${issue.message}`).join('; '));
  if (result.value.mesh.triangles.length / 3 !== triangles) throw new Error('triangle count changed');
  if (result.value.mesh.positions.length !== mesh.positions.length) throw new Error('corners were not merged');
  return ms;
}

const cold = once();
const warm = [];
for (let i = 0; i < 5; i++) warm.push(once());
warm.sort((a, b) => a - b);
const heapMiB = process.memoryUsage().heapUsed / 2 ** 20;
const name = `${label}-triangle binary STL`;
const line = (what, value) => process.stdout.write(`mesh: ${what.padEnd(44)} ${value}\n`);
line(`read ${name} (median of 5)`, `${warm[2].toFixed(1)} ms`);
line(`read ${name} (first, cold)`, `${cold.toFixed(1)} ms`);
line(`peak RSS reading ${name}`, `${peakMiB().toFixed(0)} MiB (${peakBefore.toFixed(0)} MiB before reading)`);
line(`heap used after reading ${name}`, `${heapMiB.toFixed(0)} MiB`);
line(`file size ${name}`, `${(bytes.byteLength / 2 ** 20).toFixed(1)} MiB, ${triangles} triangles`);

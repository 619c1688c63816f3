#!/usr/bin/env node
// Scan pipeline benchmark, run by scripts/bench.mjs in its own process (so peak memory is its own):
// a synthetic foot of about N triangles is written as binary STL in memory, then read, aligned and
// measured: the first run (cold, as the CLI does it once per file) and the median of 5 warm runs.
// Usage: node scripts/bench-scan.mjs <triangles> [--write <file.stl>]  (--write: only write the STL)
import { readFileSync, writeFileSync } from 'node:fs';

const core = await import('../packages/core/dist/index.js');
const wanted = Number(process.argv[2] ?? 1_000_000);
// Triangles ≈ 2 · stations · around: keep sections about square.
const around = Math.round(Math.sqrt(wanted / 2 / 2.8));
const stations = Math.round(wanted / 2 / around);
const { mesh } = core.createSyntheticFoot({ stations, around });
const bytes = core.writeBinaryStl(mesh, 'groundup bench foot');
const writeAt = process.argv.indexOf('--write');
if (writeAt > 0) {
  writeFileSync(process.argv[writeAt + 1], bytes);
  process.exit(0);
}
const peakMiB = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
const baseline = peakMiB();

function once() {
  const started = performance.now();
  const read = core.readMesh(bytes);
  if (!read.ok) throw new Error(read.issues.map((issue) => issue.message).join('; '));
  const readMs = performance.now() - started;
  const result = core.scanFoot(read.value.mesh, { units: 'mm' });
  if (!result.ok) throw new Error(result.issues[result.issues.length - 1].message);
  return { totalMs: performance.now() - started, readMs, lengthMm: result.value.measurements.length.value };
}

const cold = once();
const warm = [];
for (let i = 0; i < 5; i++) warm.push(once());
warm.sort((a, b) => a.totalMs - b.totalMs);
const median = warm[2];
process.stdout.write(
  `${JSON.stringify({
    triangles: mesh.triangles.length / 3,
    bytes: bytes.byteLength,
    coldMs: cold.totalMs,
    coldReadMs: cold.readMs,
    warmMs: median.totalMs,
    warmReadMs: median.readMs,
    peakMiB: peakMiB(),
    peakBeforeMiB: baseline,
    lengthMm: median.lengthMm,
  })}\n`,
);

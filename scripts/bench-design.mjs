#!/usr/bin/env node
// Insole design benchmark, run by scripts/bench.mjs in its own process (so peak memory is its own): a
// full-featured pair (examples/rx/forefoot-valgus-metatarsal-pad.json with a total-contact top: posts,
// grind, skives, lift, metatarsal pads, deep heel cup, covers) from a synthetic foot scan of about 300,000
// triangles held as binary STL in memory: read, align, outline and height map, both sides built and checked
// (groundup's own check, then again with manifold-3d), the design record (SHA-256 of the scan and the prescription, by node:crypto as the
// CLI does) and one 3MF written to
// memory. Prints the first run (cold) and the median of 5 warm runs.
// Usage: node scripts/bench-design.mjs [triangles]
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const core = await import('../packages/core/dist/index.js');
const wanted = Number(process.argv[2] ?? 300_000);
const around = Math.round(Math.sqrt(wanted / 2 / 2.8));
const stations = Math.round(wanted / 2 / around);
const { mesh } = core.createSyntheticFoot({ stations, around });
const scanBytes = core.writeBinaryStl(mesh, 'groundup bench foot');
const rxDocument = JSON.parse(readFileSync(path.join(root, 'examples/rx/forefoot-valgus-metatarsal-pad.json'), 'utf8'));
for (const side of Object.values(rxDocument.sides)) side.archHeightMm.value = null;
const rxBytes = new TextEncoder().encode(JSON.stringify(rxDocument));
const peakMiB = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
const baseline = peakMiB();
const kernelStarted = performance.now();
const kernel = await core.loadGeometryKernel();
const kernelMs = performance.now() - kernelStarted;

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

function once(withKernel = true) {
  const started = performance.now();
  const read = core.readMesh(scanBytes);
  if (!read.ok) throw new Error(read.issues.map((issue) => issue.message).join('; '));
  const scanned = core.scanFoot(read.value.mesh, { units: 'mm' });
  if (!scanned.ok) throw new Error(scanned.issues[scanned.issues.length - 1].message);
  const { alignment } = scanned.value;
  const scan = core.designScanFromAlignment(alignment);
  const scanMs = performance.now() - started;
  const rx = core.readPrescription(JSON.parse(new TextDecoder().decode(rxBytes)));
  if (rx.kind !== 'valid') throw new Error(JSON.stringify(rx.issues));
  const outcome = core.designInsoles(rx.value, ['left', 'right'], withKernel ? { scan, kernel } : { scan });
  if (outcome.kind !== 'designed') throw new Error(JSON.stringify(outcome.issues));
  const designMs = performance.now() - started - scanMs;
  const record = core.createDesignRecord(
    {
      prescriptionSha256: sha256(rxBytes),
      prescriptionRevision: rx.value.revision,
      scanSha256: sha256(scanBytes),
    },
    Object.fromEntries(outcome.designs.map((d) => [d.side, { parameters: d.parameters, report: d.report }])),
  );
  const threeMf = core.designTo3mf(outcome.designs, record);
  return {
    totalMs: performance.now() - started,
    scanMs,
    designMs,
    outputTriangles: outcome.designs.reduce((sum, d) => sum + d.report.triangleCount, 0),
    threeMfBytes: threeMf.byteLength,
  };
}

// The CLI's default path: groundup's own closed/manifold check; then the same with --kernel-check.
// "Warm" is a lab's batch or the server's design job after a few designs; "cold" the first in a process.
const cold = once(false);
// Three more runs let the JIT settle (the first runs re-optimise the scan code), then the median of 5.
for (let i = 0; i < 3; i++) once(false);
const warm = [];
for (let i = 0; i < 5; i++) warm.push(once(false));
warm.sort((a, b) => a.totalMs - b.totalMs);
const median = warm[2];
const withKernel = [];
for (let i = 0; i < 5; i++) withKernel.push(once(true));
withKernel.sort((a, b) => a.totalMs - b.totalMs);
const f = (v) => v.toFixed(0);
process.stdout.write(
  `design: full-featured pair from a ${Math.round(mesh.triangles.length / 3 / 1000)}k-triangle scan, checks + record + 3MF: warm ${f(median.totalMs)} ms (median of 5; scan ${f(median.scanMs)} ms, build+checks ${f(median.designMs)} ms), cold ${f(cold.totalMs)} ms (target < 300 ms)\n` +
    `design: the same with --kernel-check (manifold-3d builds every body too): warm ${f(withKernel[2].totalMs)} ms (build+checks ${f(withKernel[2].designMs)} ms), kernel load ${f(kernelMs)} ms\n` +
    `design: output ${median.outputTriangles.toLocaleString('en')} triangles (4 bodies), 3MF ${(median.threeMfBytes / 1e6).toFixed(1)} MB, peak memory ${f(peakMiB())} MiB (${f(baseline)} MiB before)\n`,
);

#!/usr/bin/env node
// Whole-process CLI benchmark, run by scripts/bench.mjs (or alone: node scripts/bench-cli.mjs [runs]): the two
// commands of issue 17's speed table, each as a lab's script runs it, a new process per call (Node start-up,
// module loading, reading the file, no JIT warm-up), after one warm-up run for the file cache:
//   groundup scan measure <~0.8 M-triangle binary STL> --units mm --json   (goal ≤ 0.35 s)
//   groundup design --rx total-contact-from-scan.json --scan <BOA scan> --units mm --out pair.3mf  (goal ≤ 0.25 s)
// Prints the median and the best wall time, and the median CPU time (user + sys, from /usr/bin/time) which a
// busy shared machine inflates less than the wall time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'packages/cli/bin/groundup.js');
const runs = Number(process.argv[2] ?? 7);
const core = await import('../packages/core/dist/index.js');
const testdata = process.env.GROUNDUP_TESTDATA ?? path.join(root, '../shared/testdata');
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const dir = mkdtempSync(path.join(tmpdir(), 'groundup-bench-cli-'));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs the command `runs` times after one warm-up; wall (ms) and CPU (ms, when /usr/bin/time is there). */
function time(args) {
  const walls = [];
  const cpus = [];
  for (let i = 0; i <= runs; i++) {
    const started = performance.now();
    const result =
      timeBin === null
        ? spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: dir })
        : spawnSync(timeBin, ['-f', 'cpu %U %S', process.execPath, bin, ...args], { encoding: 'utf8', cwd: dir });
    const wall = performance.now() - started;
    if (result.status !== 0) throw new Error(`groundup ${args.join(' ')} failed: ${result.stderr}`);
    if (i === 0) continue;
    walls.push(wall);
    const cpu = /cpu (\d+\.\d+) (\d+\.\d+)\s*$/.exec(result.stderr ?? '');
    if (cpu !== null) cpus.push((Number(cpu[1]) + Number(cpu[2])) * 1000);
  }
  return { wallMs: median(walls), bestMs: Math.min(...walls), cpuMs: cpus.length > 0 ? median(cpus) : null };
}

const line = (name, t, goalMs) =>
  `${name.padEnd(64)} ${t.wallMs.toFixed(0).padStart(5)} ms median wall (best ${t.bestMs.toFixed(0)} ms` +
  `${t.cpuMs === null ? '' : `, CPU ${t.cpuMs.toFixed(0)} ms`}), goal ≤ ${goalMs} ms, ${runs} runs`;

try {
  // About 800,000 triangles, kept about square in section as scripts/bench-scan.mjs does.
  const around = Math.round(Math.sqrt(800_000 / 2 / 2.8));
  const stations = Math.round(800_000 / 2 / around);
  const { mesh } = core.createSyntheticFoot({ stations, around });
  const stl = path.join(dir, 'foot-800k.stl');
  writeFileSync(stl, core.writeBinaryStl(mesh, 'groundup bench foot'));
  const triangles = mesh.triangles.length / 3;
  process.stdout.write(
    `${line(`cli: groundup scan measure, ${Math.round(triangles / 1000)}k-triangle binary STL, whole process`, time(['scan', 'measure', stl, '--units', 'mm', '--json']), 350)}\n`,
  );
  const scan = path.join(testdata, 'boa-ssm-foot-stl/m2s_105_foot.stl');
  if (existsSync(scan)) {
    const rx = path.join(root, 'examples/rx/total-contact-from-scan.json');
    const args = ['design', '--rx', rx, '--scan', scan, '--units', 'mm', '--out', path.join(dir, 'pair.3mf')];
    process.stdout.write(
      `${line('cli: groundup design, a pair from the BOA scan to 3MF, whole process', time(args), 250)}\n`,
    );
  } else {
    process.stdout.write(`cli: groundup design from a real scan: skipped, ${scan} is absent (set GROUNDUP_TESTDATA)\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

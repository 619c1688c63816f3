#!/usr/bin/env node
// Pressure-plate benchmark, run by scripts/bench.mjs in its own process: a synthetic walk over a 64 × 64-sensor plate
// at 200 Hz for 10 s (8.2 million values) is written as grid CSV in memory (bytes, as the CLI reads a file), then
// read, and analysed end to end (read + contacts/steps + regions + footprint indices): the first run (cold) and the
// median and the best of 7 warm runs (the best is the figure on an unloaded core: other work on the machine only
// adds time). Targets (issue 4): end to end < 1 s on one core, analysis alone ≥ 300 M values/s.
// Build first (npm run bench does). Usage: node scripts/bench-pressure.mjs [--json]
const core = await import('../packages/core/dist/index.js');

const { recording: synthetic } = core.createSyntheticPlateWalk({
  rows: 64,
  cols: 64,
  pitchMm: 8.5,
  arch: 'normal',
  hz: 200,
  durationS: 10,
});
const bytes = new TextEncoder().encode(core.writeGridCsv(synthetic));
const values = synthetic.frameCount * synthetic.rows * synthetic.cols;
// The same recording as a device might export it: every cell with two decimals ("0.00"), 2.6 times the bytes.
function denseCsv(rec) {
  const cells = rec.rows * rec.cols;
  const parts = [`# grid rows=${rec.rows} cols=${rec.cols} pitch_mm=${rec.pitchMm} hz=${rec.hz} units=kPa\n`];
  for (let f = 0; f < rec.frameCount; f++) {
    const line = [rec.timesS[f].toFixed(4)];
    for (let c = 0; c < cells; c++) line.push(rec.pressuresKpa[f * cells + c].toFixed(2));
    parts.push(`${line.join(',')}\n`);
  }
  return parts.join('');
}
const denseBytes = new TextEncoder().encode(denseCsv(synthetic));

function once(input = bytes) {
  const t0 = performance.now();
  const read = core.readGridCsv(input);
  if (!read.ok) throw new Error(`${read.error.code}: ${read.error.message} (${read.error.where})`);
  const t1 = performance.now();
  const analysis = core.analyzePlate(read.recording);
  const t2 = performance.now();
  return { readMs: t1 - t0, analysisMs: t2 - t1, totalMs: t2 - t0, analysis };
}

const cold = once();
const warm = [];
for (let i = 0; i < 7; i++) warm.push(once());
// The analysis alone, on one recording already in memory (in the loop above each analysis also pays for the garbage
// collection of the previous read's buffers).
const inMemory = core.readGridCsv(bytes);
if (!inMemory.ok) throw new Error(inMemory.error.message);
const alone = [];
for (let i = 0; i < 9; i++) {
  const t0 = performance.now();
  core.analyzePlate(inMemory.recording);
  alone.push(performance.now() - t0);
}
alone.sort((a, b) => a - b);
const dense = [];
for (let i = 0; i < 3; i++) dense.push(once(denseBytes));
const denseMedian = (key) => [...dense].sort((a, b) => a[key] - b[key])[1][key];
const median = (key) => [...warm].sort((a, b) => a[key] - b[key])[3][key];
const best = (key) => Math.min(...warm.map((r) => r[key]));
const steps = cold.analysis.feet.reduce((n, f) => n + f.steps.length, 0);
const mvs = (ms) => values / 1e6 / (ms / 1000);
const lines = [
  `pressure: 64×64 plate, 200 Hz, 10 s grid CSV (${(values / 1e6).toFixed(1)} M values, ${(bytes.length / 1e6).toFixed(1)} MB), ${steps} steps`,
  `pressure: read grid CSV, warm (median of 7)        ${median('readMs').toFixed(0).padStart(6)} ms  (best ${best('readMs').toFixed(0)} ms, cold ${cold.readMs.toFixed(0)} ms)`,
  `pressure: analysis alone, in memory (median of 9)  ${alone[4].toFixed(1).padStart(6)} ms  (${mvs(alone[4]).toFixed(0)} M values/s; best ${alone[0].toFixed(1)} ms = ${mvs(alone[0]).toFixed(0)} M values/s; target ≥ 300 M values/s)`,
  `pressure: analysis right after each read (median)  ${median('analysisMs').toFixed(1).padStart(6)} ms  (${mvs(median('analysisMs')).toFixed(0)} M values/s; best ${best('analysisMs').toFixed(1)} ms; cold ${cold.analysisMs.toFixed(1)} ms)`,
  `pressure: read + analysis end to end, warm         ${median('totalMs').toFixed(0).padStart(6)} ms  (best ${best('totalMs').toFixed(0)} ms, cold ${cold.totalMs.toFixed(0)} ms; target < 1000 ms)`,
  `pressure: same, every cell "0.00" (${(denseBytes.length / 1e6).toFixed(1)} MB), median of 3 ${denseMedian('totalMs').toFixed(0).padStart(6)} ms  (read ${denseMedian('readMs').toFixed(0)} ms)`,
];
if (process.argv.includes('--json')) {
  process.stdout.write(
    `${JSON.stringify({
      values,
      bytes: bytes.length,
      steps,
      readMs: median('readMs'),
      analysisMs: alone[4],
      bestAnalysisInMemoryMs: alone[0],
      analysisAfterReadMs: median('analysisMs'),
      totalMs: median('totalMs'),
      coldReadMs: cold.readMs,
      coldAnalysisMs: cold.analysisMs,
      coldTotalMs: cold.totalMs,
      analysisMValuesPerS: mvs(alone[4]),
      bestReadMs: best('readMs'),
      bestAnalysisMs: best('analysisMs'),
      bestTotalMs: best('totalMs'),
      denseBytes: denseBytes.length,
      denseReadMs: denseMedian('readMs'),
      denseTotalMs: denseMedian('totalMs'),
    })}\n`,
  );
} else {
  process.stdout.write(`${lines.join('\n')}\n`);
}

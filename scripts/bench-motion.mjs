#!/usr/bin/env node
// Motion benchmark: a 10 s, 100-marker, 250 Hz walking trial with two type-2 force plates (1000 Hz) is
// synthesised and written as a C3D in memory (writeC3d), then read, its events found (force plates matched to
// feet, marker events) and its joint angles computed (static calibration + cluster tracking) by the BUILT core:
// the first run (cold), the median and the best of 15, on one core (the best is the figure least
// disturbed by other processes on a shared machine).
// Build first: node scripts/build.mjs
// Usage: node scripts/bench-motion.mjs
const core = await import('../packages/core/dist/index.js');

const RATE = 250;
const SECONDS = 10;
const FRAMES = RATE * SECONDS;
const SPF = 4; // analog samples per frame (1000 Hz)
const STRIDE_S = 1.1;

const segmentOf = (name) =>
  /Thigh|Knee/.test(name)
    ? 'thigh'
    : /Shank|Ankle/.test(name)
      ? 'shank'
      : /Heel|Midfoot|Toe/.test(name)
        ? 'foot'
        : 'pelvis';
const rotZ = (deg, v) => {
  const a = (deg * Math.PI) / 180;
  return [Math.cos(a) * v[0] - Math.sin(a) * v[1], Math.sin(a) * v[0] + Math.cos(a) * v[1], v[2]];
};

const base = core.syntheticStandingMarkers();
const names = Object.keys(base);
const fillers = Array.from({ length: 100 - names.length }, (_, i) => `EXTRA${String(i + 1).padStart(2, '0')}`);
const labels = [...names, ...fillers];
const points = new Float64Array(FRAMES * labels.length * 3);
for (let f = 0; f < FRAMES; f++) {
  const t = f / RATE;
  const px = 1200 * t - 6000; // 1.2 m/s along +X
  for (const side of ['R', 'L']) {
    const phase = (2 * Math.PI * t) / STRIDE_S + (side === 'L' ? Math.PI : 0);
    const hip = 10 + 25 * Math.cos(phase);
    const knee = 30 - 30 * Math.cos(phase - 2.2);
    const ankle = 8 * Math.sin(phase + 0.5);
    const z = side === 'R' ? 90 : -90;
    const hipC = [-30, 900, z];
    const kneeC = [0, 500, z];
    const ankleC = [0, 80, z];
    const knee2 = rotZ(hip, [kneeC[0] - hipC[0], kneeC[1] - hipC[1], 0]);
    const kneeP = [hipC[0] + knee2[0], hipC[1] + knee2[1], z];
    const ankle2 = rotZ(hip - knee, [ankleC[0] - kneeC[0], ankleC[1] - kneeC[1], 0]);
    const ankleP = [kneeP[0] + ankle2[0], kneeP[1] + ankle2[1], z];
    names.forEach((name, k) => {
      if (!name.startsWith(`${side}.`)) return;
      const p = base[name];
      let q;
      const seg = segmentOf(name);
      if (seg === 'thigh')
        q = rotZ(hip, [p[0] - hipC[0], p[1] - hipC[1], p[2]]).map((v, a) => v + (a < 2 ? hipC[a] : 0));
      else if (seg === 'shank')
        q = rotZ(hip - knee, [p[0] - kneeC[0], p[1] - kneeC[1], p[2]]).map((v, a) => v + (a < 2 ? kneeP[a] : 0));
      else
        q = rotZ(hip - knee + ankle, [p[0] - ankleC[0], p[1] - ankleC[1], p[2]]).map(
          (v, a) => v + (a < 2 ? ankleP[a] : 0),
        );
      points.set([q[0] + px, q[1], q[2]], (f * labels.length + k) * 3);
    });
  }
  names.forEach((name, k) => {
    if (segmentOf(name) === 'pelvis')
      points.set([base[name][0] + px, base[name][1], base[name][2]], (f * labels.length + k) * 3);
  });
  fillers.forEach((_, i) =>
    points.set([px + i, 1400 + 5 * Math.sin(t + i), i - 30], (f * labels.length + names.length + i) * 3),
  );
}
// Two type-2 plates (Fx Fy Fz Mx My Mz), each with one 0.6 s half-sine stance of 800 N.
const analogLabels = ['Fx1', 'Fy1', 'Fz1', 'Mx1', 'My1', 'Mz1', 'Fx2', 'Fy2', 'Fz2', 'Mx2', 'My2', 'Mz2'];
const analog = new Float64Array(FRAMES * SPF * 12);
for (let s = 0; s < FRAMES * SPF; s++) {
  const t = s / (RATE * SPF);
  for (const [plate, start] of [
    [0, 4.0],
    [1, 4.55],
  ]) {
    const u = (t - start) / 0.6;
    if (u > 0 && u < 1) analog[s * 12 + plate * 6 + 2] = -800 * Math.sin(Math.PI * u);
  }
}
const corners = [];
for (const cx of [0, 600]) corners.push(cx + 300, 0, 200, cx - 300, 0, 200, cx - 300, 0, -200, cx + 300, 0, -200);
const num = (type, values, dims = []) => ({ kind: 'number', type, dims, values });
const parameters = new Map([
  ['FORCE_PLATFORM:USED', num(2, [2])],
  ['FORCE_PLATFORM:TYPE', num(2, [2, 2], [2])],
  ['FORCE_PLATFORM:CORNERS', num(4, corners, [3, 4, 2])],
  ['FORCE_PLATFORM:ORIGIN', num(4, [0, 0, -40, 0, 0, -40], [3, 2])],
  ['FORCE_PLATFORM:CHANNEL', num(2, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [6, 2])],
]);
const bytes = core.writeC3d(
  {
    pointRateHz: RATE,
    pointLabels: labels,
    pointUnits: 'mm',
    points,
    analogLabels,
    analogSamplesPerFrame: SPF,
    analog,
    parameters,
  },
  'intel',
);
const staticTrial = {
  kind: 'MarkerTrajectories',
  rateHz: RATE,
  units: 'mm',
  markerNames: names,
  timeS: Float64Array.from([0]),
  xyz: Float64Array.from(names.flatMap((n) => base[n])),
};

function once() {
  const times = {};
  const cpu0 = process.cpuUsage();
  let t = performance.now();
  const r = core.readC3d(bytes);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  times.read = performance.now() - t;
  const markers = {
    kind: 'MarkerTrajectories',
    rateHz: r.c3d.pointRateHz,
    units: r.c3d.pointUnits,
    markerNames: r.c3d.pointLabels,
    timeS: Float64Array.from({ length: r.c3d.frames }, (_, f) => f / r.c3d.pointRateHz),
    xyz: r.c3d.points,
  };
  t = performance.now();
  const { plates } = core.forcePlatforms(r.c3d);
  const plateEvents = core.forcePlateEvents(plates, markers);
  const markerEvents = core.markerGaitEvents(markers);
  const events = [...plateEvents.events, ...markerEvents.events];
  core.spatiotemporal(events);
  core.spatialParameters(markers, markerEvents.events);
  times.events = performance.now() - t;
  t = performance.now();
  const cal = core.calibrateLowerLimb(staticTrial, core.GAIT2354_MARKER_SET);
  if (!cal.ok) throw new Error(cal.error.message);
  const angles = core.jointAngles(markers, cal.model);
  times.angles = performance.now() - t;
  times.total = times.read + times.events + times.angles;
  const cpu = process.cpuUsage(cpu0);
  times.cpu = (cpu.user + cpu.system) / 1000;
  if (markerEvents.events.length < 30) throw new Error(`only ${markerEvents.events.length} marker events`);
  if (plates.length !== 2) throw new Error('plates not decoded');
  if (!Number.isFinite(angles.angles.knee_flexion_r[FRAMES / 2])) throw new Error('no knee angle');
  return times;
}

const cold = once();
const runs = Array.from({ length: 15 }, once);
const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[7];
const best = (key) => Math.min(...runs.map((r) => r[key]));
const line = (what, value) => process.stdout.write(`motion: ${what.padEnd(44)} ${value}\n`);
const what = `10 s 100-marker 250 Hz C3D, 2 plates`;
line(`read + events + angles, ${what} (median of 15)`, `${median('total').toFixed(1)} ms (target < 100 ms)`);
line(`read + events + angles (best of 15)`, `${best('total').toFixed(1)} ms`);
line(`  CPU time of the same (median)`, `${median('cpu').toFixed(1)} ms`);
line(`  read C3D (median)`, `${median('read').toFixed(1)} ms`);
line(`  plates, events, spatiotemporal (median)`, `${median('events').toFixed(1)} ms`);
line(`  calibration + joint angles (median)`, `${median('angles').toFixed(1)} ms`);
line(`  calibration + joint angles (best)`, `${best('angles').toFixed(1)} ms`);
line(`read + events + angles (first, cold)`, `${cold.total.toFixed(1)} ms`);
line(`file size`, `${(bytes.byteLength / 2 ** 20).toFixed(1)} MiB, ${FRAMES} frames`);

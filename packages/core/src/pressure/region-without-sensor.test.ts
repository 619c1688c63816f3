import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testdataFile } from '../../../../test-support/testdata.js';
import { analyzeInsole } from './analyze-insole.js';
import { FOOT_REGION_NAMES, sensorRegions } from './foot-regions.js';
import { pressureHeatmapSvg } from './pressure-heatmap-svg.js';
import { pressureReport } from './pressure-report.js';
import type { InsoleRecording } from './pressure-recording.js';
import { readPressure } from './read-pressure.js';
import { createSyntheticInsoleWalk } from './synthetic-insole.js';

const gaitpdb = testdataFile('physionet-gaitpdb-sample/GaCo01_01.txt');

describe('a region with no sensor under it', () => {
  it.skipIf(gaitpdb === null)(
    'is null with a no_sensor note on the 8-sensor PhysioNet insoles, in the analysis, the report and the heat map',
    () => {
      const read = readPressure(new Uint8Array(readFileSync(gaitpdb!)));
      if (!read.ok) throw new Error(read.issues.map((issue) => issue.message).join('; '));
      const recording = read.value as InsoleRecording;
      const analysis = analyzeInsole(recording);
      const report = pressureReport(recording, analysis, read.issues);
      for (const [f, foot] of analysis.feet.entries()) {
        const channels = recording.feet.find((c) => c.side === foot.side)!;
        const regionOf = sensorRegions(channels.sensorXs, channels.sensorYs, channels.side);
        // The oracle: a region is uncovered exactly when no sensor position maps into it.
        const covered = new Set(Array.from(regionOf, (r) => FOOT_REGION_NAMES[r]));
        for (const region of foot.regions) {
          expect(region.sensorCount > 0, region.name).toBe(covered.has(region.name));
          if (covered.has(region.name)) {
            expect(region.peak, region.name).not.toBeNull();
            expect(region.note).toBeUndefined();
          } else {
            expect(region.peak, region.name).toBeNull();
            expect(region.integralPerStep, region.name).toBeNull();
            expect(region.note).toBe('no_sensor');
          }
        }
        // The issue's finding: no sensor under the hallux nor the 2nd–3rd metatarsal heads.
        const uncovered = foot.regions.filter((r) => r.note === 'no_sensor').map((r) => r.name);
        expect(uncovered).toEqual(expect.arrayContaining(['hallux', 'metatarsal_2_3']));
        const reported = report.feet[f]!.regions.filter((r) => r.note === 'no_sensor');
        expect(reported.map((r) => r.name)).toEqual(uncovered);
        for (const r of reported) {
          expect(r.peakN).toBeNull();
          expect(r.ftiNS).toBeNull();
        }
        // JSON keeps the null (undefined would drop the key).
        expect(
          JSON.parse(JSON.stringify(report.feet[f]!.regions)).find((r: { name: string }) => r.name === 'hallux'),
        ).toEqual({
          name: 'hallux',
          peakN: null,
          ftiNS: null,
          note: 'no_sensor',
        });
      }
      expect(report.warnings.filter((w) => w.code === 'no_sensor')).toHaveLength(analysis.feet.length);
      const svg = pressureHeatmapSvg(recording, analysis);
      expect(svg).toContain('class="no-sensor"');
      expect(svg).toMatch(/no sensor: [^<]*hallux/);
    },
  );

  it('does not appear on a 99-sensor insole that covers every region', () => {
    const recording = createSyntheticInsoleWalk({ arch: 'normal', hz: 50, durationS: 2.3 });
    const analysis = analyzeInsole(recording);
    for (const foot of analysis.feet) {
      for (const region of foot.regions) {
        expect(region.note, region.name).toBeUndefined();
        expect(region.peak).toBeGreaterThanOrEqual(0);
      }
    }
    expect(pressureReport(recording, analysis).warnings.map((w) => w.code)).not.toContain('no_sensor');
    expect(pressureHeatmapSvg(recording, analysis)).not.toContain('no-sensor');
  });
});

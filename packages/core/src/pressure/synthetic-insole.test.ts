import { describe, expect, it } from 'vitest';
import { analyzeInsole } from './analyze-insole.js';
import { createSyntheticInsoleWalk } from './synthetic-insole.js';

describe('a synthetic in-shoe walk', () => {
  const rec = createSyntheticInsoleWalk({ arch: 'normal', hz: 100, durationS: 6.6, seed: 5 });
  const analysis = analyzeInsole(rec);

  it('gives every stance of both feet with the generator timing', () => {
    for (const foot of analysis.feet) {
      // Strides of 1.1 s in 6.6 s: six stances per foot (the right one starts half a stride later).
      expect(foot.steps.length).toBe(6);
      expect(foot.strideTimeS).toBeCloseTo(1.1, 1);
      expect(foot.meanContactTimeS).toBeGreaterThan(0.5);
      expect(foot.meanContactTimeS).toBeLessThan(0.7);
    }
    expect(analysis.cadenceStepsPerMin).toBeCloseTo(120 / 1.1, 0);
  });

  it('moves the COP from heel to toes and peaks under the forefoot or heel', () => {
    for (const foot of analysis.feet) {
      for (const step of foot.steps.filter((s) => !s.partial)) {
        expect(step.copXs[step.copXs.length - 1]! - step.copXs[0]!).toBeGreaterThan(300);
      }
      const regions = Object.fromEntries(foot.regions.map((r) => [r.name, r.peak]));
      expect(Math.max(regions['metatarsal_2_3']!, regions['heel_medial']!, regions['heel_lateral']!)).toBe(
        foot.peakValue,
      );
      expect(regions['midfoot']).toBeLessThan(foot.peakValue / 2);
    }
  });

  it('loads the medial midfoot of a flat foot more than that of a high arch', () => {
    const midfoot = (arch: 'flat' | 'high'): number =>
      analyzeInsole(createSyntheticInsoleWalk({ arch, hz: 50, durationS: 2.3 })).feet[0]!.regions.find(
        (r) => r.name === 'midfoot',
      )!.peak!;
    expect(midfoot('flat')).toBeGreaterThan(2 * midfoot('high'));
  });
});

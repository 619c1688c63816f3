import { describe, expect, it } from 'vitest';
import type { GaitEvent } from './gait-events.js';
import type { JointAngleCurves } from './joint-angles.js';
import { stanceSummary } from './stance-summary.js';

describe('stanceSummary', () => {
  const timeS = Float64Array.from({ length: 11 }, (_, f) => f / 10);
  const curves: JointAngleCurves = {
    kind: 'JointAngleCurves',
    rateHz: 10,
    timeS,
    angles: {
      foot_progression_r: Float64Array.from(timeS, (t) => 10 * t),
      ankle_inversion_r: Float64Array.from(timeS, (t) => (t < 0.5 ? -5 : 3)),
      knee_adduction_r: Float64Array.from(timeS, () => 2),
      pelvis_obliquity: Float64Array.from(timeS, () => NaN),
    },
    progression: [1, 0, 0],
    warnings: [],
  };
  const events: GaitEvent[] = [
    { side: 'right', kind: 'foot-strike', timeS: 0.2, source: 'force' },
    { side: 'right', kind: 'foot-off', timeS: 0.6, source: 'force' },
  ];

  it('averages foot progression and takes the inversion range over stance only', () => {
    const s = stanceSummary(curves, events).sides.right;
    expect(s.footProgression.meanDeg).toBeCloseTo(4, 9);
    expect(s.footProgression.stances).toBe(1);
    expect(s.inversion).toMatchObject({ minDeg: -5, maxDeg: 3, source: 'ankle' });
    expect(s.kneeAdduction.meanDeg).toBe(2);
  });

  it('gives NaN without a stance or without a curve', () => {
    const s = stanceSummary(curves, events);
    expect(s.sides.left.footProgression.meanDeg).toBeNaN();
    expect(s.sides.right.pelvisObliquity.stances).toBe(0);
  });
});

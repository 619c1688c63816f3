import { describe, expect, it } from 'vitest';
import type { GaitEvent } from './gait-events.js';
import { spatiotemporal } from './spatiotemporal.js';

const ev = (side: 'left' | 'right', kind: 'foot-strike' | 'foot-off', timeS: number): GaitEvent => ({
  side,
  kind,
  timeS,
  source: 'force',
});

describe('spatiotemporal', () => {
  it('gives cadence, stride and step time and stance % for a regular synthetic walk', () => {
    const events: GaitEvent[] = [];
    for (let c = 0; c < 3; c++) {
      events.push(ev('right', 'foot-strike', c * 1.0), ev('right', 'foot-off', c * 1.0 + 0.6));
      events.push(ev('left', 'foot-strike', c * 1.0 + 0.5), ev('left', 'foot-off', c * 1.0 + 1.1));
    }
    const s = spatiotemporal(events);
    expect(s.cadenceStepsPerMin).toBeCloseTo(120, 9);
    expect(s.strideTimeS.right).toBeCloseTo(1, 9);
    expect(s.stepTimeS.left).toBeCloseTo(0.5, 9);
    expect(s.stancePct.right).toBeCloseTo(60, 9);
    expect(s.stepTimeSymmetryPct).toBeCloseTo(0, 9);
  });

  it('returns NaN where the events do not allow a figure', () => {
    const s = spatiotemporal([ev('right', 'foot-strike', 0)]);
    expect(s.strideTimeS.right).toBeNaN();
    expect(s.cadenceStepsPerMin).toBeNaN();
  });
});

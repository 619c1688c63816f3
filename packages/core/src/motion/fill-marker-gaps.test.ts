import { describe, expect, it } from 'vitest';
import { fillMarkerGaps } from './fill-marker-gaps.js';
import type { MarkerTrajectories } from './read-trc.js';

const trial = (xs: number[]): MarkerTrajectories => ({
  kind: 'MarkerTrajectories',
  rateHz: 100,
  units: 'mm',
  markerNames: ['A'],
  timeS: Float64Array.from(xs, (_, i) => i / 100),
  xyz: Float64Array.from(xs.flatMap((x) => [x, 2 * x, Number.isNaN(x) ? NaN : 5])),
});

describe('fillMarkerGaps', () => {
  it('fills a short interior gap linearly and reports it', () => {
    const r = fillMarkerGaps(trial([0, 1, NaN, NaN, 4, 5]), 3);
    expect(Array.from(r.markers.xyz.filter((_, i) => i % 3 === 0))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(r.gaps).toEqual([{ marker: 'A', fromFrame: 2, toFrame: 3, filled: true }]);
    expect(r.warnings.map((w) => w.code)).toEqual(['gaps_filled']);
  });

  it('leaves long gaps and gaps at the ends as NaN, with a warning naming the marker', () => {
    const r = fillMarkerGaps(trial([NaN, 1, NaN, NaN, NaN, 5, NaN]), 2);
    expect(r.gaps.map((g) => [g.fromFrame, g.toFrame, g.filled])).toEqual([
      [0, 0, false],
      [2, 4, false],
      [6, 6, false],
    ]);
    expect(Number.isNaN(r.markers.xyz[3 * 3])).toBe(true);
    expect(r.warnings).toEqual([
      expect.objectContaining({ code: 'marker_gaps', message: expect.stringContaining('A') }),
    ]);
  });

  it('changes nothing and warns of nothing without gaps', () => {
    const t = trial([1, 2, 3]);
    const r = fillMarkerGaps(t, 5);
    expect(Array.from(r.markers.xyz)).toEqual(Array.from(t.xyz));
    expect(r.gaps).toEqual([]);
    expect(r.warnings).toEqual([]);
  });
});

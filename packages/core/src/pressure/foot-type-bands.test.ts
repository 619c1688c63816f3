import { describe, expect, it } from 'vitest';
import { findEvidenceSource } from '../evidence/evidence-library.js';
import { callFootType } from './foot-type-bands.js';

const call = (archIndex: number | null, chippauxSmirakPct: number | null, staheliIndex: number | null) =>
  callFootType({ archIndex, chippauxSmirakPct, staheliIndex, cpeiPct: null });
const byIndex = (calls: ReturnType<typeof call>) => Object.fromEntries(calls.votes.map((v) => [v.index, v]));

describe('foot-type calls from footprint indices', () => {
  it('puts each limit in the band its source gives it', () => {
    // Buldt 2018: normal 0.11–0.25 inclusive; Cavanagh & Rodgers: high ≤ 0.21, low ≥ 0.26.
    expect(byIndex(call(0.11, null, null))['archIndex']!.call).toBe('normal');
    expect(byIndex(call(0.109, null, null))['archIndex']!.call).toBe('high');
    expect(byIndex(call(0.25, null, null))['archIndex']!.call).toBe('normal');
    expect(byIndex(call(0.251, null, null))['archIndex']!.call).toBe('flat');
    expect(byIndex(call(0.21, null, null))['archIndexOriginal']!.call).toBe('high');
    expect(byIndex(call(0.26, null, null))['archIndexOriginal']!.call).toBe('flat');
    // Adult Chippaux-Smirak as quoted: 0 % cavus, > 45 % flat.
    expect(byIndex(call(null, 0, null))['chippauxSmirak']!.call).toBe('high');
    expect(byIndex(call(null, 45, null))['chippauxSmirak']!.call).toBe('normal');
    expect(byIndex(call(null, 45.1, null))['chippauxSmirak']!.call).toBe('flat');
    // Staheli (Hernandez 2007): flat above 1.15.
    expect(byIndex(call(null, null, 1.15))['staheli']!.call).toBe('normal');
    expect(byIndex(call(null, null, 1.16))['staheli']!.call).toBe('flat');
    expect(byIndex(call(null, null, 0))['staheli']!.call).toBe('high');
  });

  it('shows unverified thresholds as unverified and names a library source for every call', () => {
    const votes = byIndex(call(0.23, 30, 0.6));
    expect(votes['archIndex']!.verification).toBe('primary');
    expect(votes['archIndexOriginal']!.verification).toBe('unverified');
    expect(votes['chippauxSmirak']!.verification).toBe('unverified');
    expect(votes['staheli']!.verification).toBe('primary');
    expect(byIndex(call(null, null, 0))['staheli']!.verification).toBe('unverified');
    for (const v of Object.values(votes)) {
      expect(v.sources.length).toBeGreaterThan(0);
      for (const s of v.sources) expect(findEvidenceSource(s.source)).toBeDefined();
    }
  });

  it('reports disagreement instead of forcing one label, and never calls CPEI', () => {
    expect(call(0.23, 30, 0.6).consensus).toBe('normal');
    expect(call(0.3, 30, 0.6).consensus).toBe('mixed');
    expect(call(null, null, null).consensus).toBeNull();
    const cpei = callFootType({ archIndex: null, chippauxSmirakPct: null, staheliIndex: null, cpeiPct: 12 });
    expect(byIndex(cpei)['cpei']).toMatchObject({ value: 12, call: null });
  });
});

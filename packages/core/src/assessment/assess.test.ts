import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testdataOrSkip } from '../../../../test-support/testdata.js';
import { mun104ToGridCsv } from '../pressure/testing/mun104-grid.js';
import { fpi6, rawCase } from '../testing/case-fixtures.js';
import { assess } from './assess.js';
import { loadCaseCaptures } from './case-captures.js';
import type { LoadedCaptures } from './case-captures.js';
import { readCase } from './case-file.js';

const NO_CAPTURES: LoadedCaptures = {
  kind: 'LoadedCaptures',
  scan: { left: null, right: null },
  pressure: null,
  motion: null,
};

function assessRaw(raw: Record<string, unknown>) {
  const kase = readCase(raw);
  if (kase.kind !== 'valid') throw new Error(JSON.stringify(kase.issues));
  return assess(kase.value, NO_CAPTURES);
}

describe('the assessment', () => {
  it('classifies foot type by each measure separately and reports disagreement without forcing a label', () => {
    const a = assessRaw(
      rawCase({
        exam: {
          left: { fpi6: fpi6(2, 1, 2, 1, 1, 1), navicularDropMm: 6, rcspDeg: -1 },
          right: { fpi6: fpi6(2, 2, 2, 1, 2, 1), navicularDropMm: 12, rcspDeg: -6 },
        },
      }),
    );
    expect(a.footType.left.agreement).toBe('disagree');
    expect(a.footType.left.consensus).toBeNull();
    expect(a.footType.left.labels).toEqual({ pronated: ['fpi6'], normal: ['navicularDrop'] });
    expect(a.footType.right.agreement).toBe('agree');
    expect(a.footType.right.consensus).toBe('pronated');
    const ahi = a.footType.right.measures.find((m) => m.measure === 'archHeightIndex');
    expect(ahi?.label).toBeNull();
    expect(ahi?.note).toMatch(/not retrieved/);
  });

  it('lists measurements with unit, method and accuracy, and problems with their evidence', () => {
    const a = assessRaw(
      rawCase({ exam: { ...(rawCase()['exam'] as object), legLength: { differenceMm: 9, shortSide: 'right' } } }),
    );
    const fpi = a.measurements.find((m) => m.id === 'fpi6' && m.side === 'left');
    expect(fpi).toMatchObject({ unit: 'points', basis: 'measured', source: 'exam' });
    expect(fpi?.accuracy).toMatch(/Kw/);
    const heel = a.problems.find((p) => p.id === 'plantar-heel-pain');
    expect(heel?.evidence[0]?.sources.length).toBeGreaterThan(0);
    expect(a.problems.map((p) => p.id)).toContain('leg-length-difference');
    expect(a.legLength?.reachesRctInclusion).toBe(true);
  });

  it('estimates the chain from the measured rearfoot eversion and lists the unsupported links', () => {
    const a = assessRaw(rawCase());
    expect(a.chain.left.links[0]).toMatchObject({ from: 'calcn_l', to: 'tibia_l', estimate: 2, range: [1.6, 2.5] });
    expect(a.chain.unsupported.length).toBeGreaterThan(0);
    const inverted = assessRaw(
      rawCase({
        exam: { left: { rcspDeg: 4 }, right: { rcspDeg: -3 } },
        intake: { ...(rawCase()['intake'] as object) },
      }),
    );
    expect(inverted.chain.left.links).toEqual([]);
    expect(inverted.chain.left.note).toMatch(/inverted/);
    expect(inverted.chain.pelvis.some((e) => e.linkId === 'eversion-to-anterior-pelvic-tilt')).toBe(false);
    expect(a.planGate).toEqual([]);
  });

  it('classifies by the arch index of a plate footprint for the foot the case names', (ctx) => {
    const file = testdataOrSkip(ctx, 'mun104-pressure-template/MUN104L.csv');
    const grid = new TextEncoder().encode(mun104ToGridCsv(readFileSync(file, 'utf8')));
    const kase = readCase(rawCase({ captures: { pressure: { file: 'mun104l.csv', side: 'left' } } }));
    if (kase.kind !== 'valid') throw new Error(JSON.stringify(kase.issues));
    const captures = loadCaseCaptures(kase.value, new Map([['mun104l.csv', grid]]));
    if (captures.kind !== 'valid') throw new Error(JSON.stringify(captures.issues));
    const a = assess(kase.value, captures.value);
    const left = a.footType.left.measures.find((m) => m.measure === 'archIndex');
    expect(left?.label).toBe('normal');
    // The plate analysis's arch index of a healthy average print (issue 4: between 0.18 and 0.28).
    expect(left?.value).toBeGreaterThan(0.18);
    expect(left?.value).toBeLessThan(0.28);
    expect(a.footType.right.measures.find((m) => m.measure === 'archIndex')?.value).toBeNull();
    expect(a.measurements.some((m) => m.id === 'archIndex' && m.side === 'left')).toBe(true);
  });
});

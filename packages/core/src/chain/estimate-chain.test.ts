import { describe, expect, it } from 'vitest';
import { auditSources } from '../evidence/audit-sources.js';
import { CHAIN_SEGMENTS, openSimName } from './chain-anatomy.js';
import { CHAIN_LINKS } from './chain-link.js';
import { estimateChain, type ChainInput } from './estimate-chain.js';
import { whatIfDevice } from './what-if-device.js';

const input: ChainInput = {
  rearfootEversionDeg: { left: 4, right: 8 },
  eversionMethod: 'RCSP (exam)',
  legLength: { differenceMm: 12, shortSide: 'left' },
};

describe('the kinetic-chain model', () => {
  it('names segments foot to lumbar spine in the OpenSim vocabulary', () => {
    expect(CHAIN_SEGMENTS.map((s) => s.id)).toEqual(['calcn', 'talus', 'tibia', 'femur', 'pelvis', 'lumbar']);
    expect(openSimName('calcn', 'right')).toBe('calcn_r');
    expect(openSimName('pelvis', 'left')).toBe('pelvis');
  });

  it('gives every link a population, a range note and at least one resolvable source', () => {
    expect(auditSources(CHAIN_LINKS).issues).toEqual([]);
    for (const link of CHAIN_LINKS) {
      expect(link.population.length, link.id).toBeGreaterThan(0);
      expect(link.sources.length, link.id).toBeGreaterThan(0);
    }
  });

  it('estimates tibial internal rotation from rearfoot eversion with 0.68 (0.53–0.83) per degree', () => {
    const chain = estimateChain(input);
    const right = chain.right.links[0];
    expect(right?.from).toBe('calcn_r');
    expect(right?.to).toBe('tibia_r');
    expect(right?.estimate).toBeCloseTo(5.4, 5);
    expect(right?.range).toEqual([4.2, 6.6]);
    expect(right?.basis).toBe('estimated');
  });

  it('estimates pelvic tilt and obliquity, and shows the LLD link without inventing a number', () => {
    const chain = estimateChain(input);
    const tilt = chain.pelvis.find((e) => e.linkId === 'eversion-to-anterior-pelvic-tilt');
    expect(tilt?.estimate).toBeCloseTo(0.9, 5);
    expect(tilt?.status).toBe('contested');
    const lld = chain.pelvis.find((e) => e.linkId === 'leg-length-difference-to-pelvic-obliquity');
    expect(lld?.estimate).toBeNull();
    expect(lld?.from).toBe('femur_l');
  });

  it('lists unsupported links such as pronation → lumbar lordosis and never applies them', () => {
    const chain = estimateChain(input);
    expect(chain.unsupported.map((l) => l.id)).toContain('pronation-to-lumbar-lordosis');
    const used = [...chain.left.links, ...chain.right.links, ...chain.pelvis].map((e) => e.linkId);
    for (const link of chain.unsupported) expect(used).not.toContain(link.id);
  });

  it('estimates what a 4° medial post and a 6 mm heel lift would change', () => {
    const post = whatIfDevice({ side: 'right', rearfootPostDeg: 4 }, input);
    const eversion = post.changes.find((c) => c.linkId === 'medial-wedge-to-rearfoot-eversion');
    expect(eversion?.estimate).toBeCloseTo(-1.3, 5);
    expect(post.notEstimated.join(' ')).toMatch(/pelvis/i);
    const lift = whatIfDevice({ side: 'left', heelLiftMm: 6 }, input);
    expect(lift.residualLegLengthDifferenceMm).toBe(6);
  });

  it('uses the lateral-wedge data for a valgus post, and adds a lift on the long side to the difference', () => {
    const post = whatIfDevice({ side: 'left', rearfootPostDeg: -5 }, input);
    expect(post.changes.map((c) => c.linkId)).toEqual([
      'lateral-wedge-to-rearfoot-eversion',
      'lateral-wedge-to-tibial-internal-rotation-range',
    ]);
    expect(post.changes[0]?.estimate).toBeCloseTo(1.7, 5);
    expect(whatIfDevice({ side: 'right', heelLiftMm: 3 }, input).residualLegLengthDifferenceMm).toBe(15);
    expect(whatIfDevice({ side: 'left', heelLiftMm: 3 }, { ...input, legLength: null }).notEstimated.join(' ')).toMatch(
      /not measured/,
    );
  });
});

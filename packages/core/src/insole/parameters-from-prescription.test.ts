import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Prescription, SidePrescription } from '../prescription/prescription.js';
import { createSyntheticFoot } from '../scan/synthetic-foot.js';
import { scanErrorCode, scanned } from '../testing/scan-fixtures.js';
import { designInsoles } from './design-insoles.js';
import { designScanFromAlignment, parametersFromPrescription } from './parameters-from-prescription.js';
import { readPrescription } from '../prescription/read-prescription.js';
import { shoeSizeLengths } from './shoe-size.js';

const EXAMPLES = fileURLToPath(new URL('../../../../examples/rx/', import.meta.url));
const examples = readdirSync(EXAMPLES)
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({ name, rx: JSON.parse(readFileSync(`${EXAMPLES}${name}`, 'utf8')) as unknown }));
const syntheticScan = designScanFromAlignment(scanned(createSyntheticFoot({ side: 'right' }).mesh).alignment);

const field = <T>(value: T) => ({ value, ruleId: 'example' });
function rxWith(overrides: Partial<SidePrescription>, footwear: Partial<Prescription['footwear']> = {}): Prescription {
  const side: SidePrescription = {
    shellMaterial: field('polypropylene'),
    shellThicknessMm: field(3),
    length: field('full'),
    width: field('standard'),
    archFill: field('standard'),
    archHeightMm: field(15),
    heelCupDepthMm: field(12),
    rearfootPostDeg: field(4),
    rearfootMotionGrindDeg: field(4),
    forefootPostDeg: field(0),
    medialHeelSkiveMm: field(0),
    lateralHeelSkiveMm: field(0),
    heelLiftMm: field(0),
    metatarsalPad: field(null),
    topCover: field({ material: 'eva', thicknessMm: 2, length: 'full' }),
    additions: field([]),
    ...overrides,
  };
  return {
    format: 'groundup-prescription',
    formatVersion: 1,
    revision: 1,
    footwear: { type: 'athletic', size: { system: 'eu', size: 42, width: 'standard' }, ...footwear },
    sides: { left: side, right: side },
  };
}
const errorsOf = (rx: Prescription, side: 'left' | 'right' = 'right') => {
  const read = parametersFromPrescription(rx, side);
  return read.issues.filter((i) => i.severity === 'error').map((i) => `${i.code} ${i.path}`);
};

describe('shoe sizes', () => {
  it('converts EU, UK, US and Mondopoint sizes by the standard formulas', () => {
    expect(shoeSizeLengths('eu', 42).lastLengthMm).toBeCloseTo(280, 6);
    expect(shoeSizeLengths('eu', 42).footLengthMm).toBeCloseTo(266.67, 1);
    // UK 9 = US men's 10 = US women's 11.5: the same last, 34/3 inches.
    for (const [system, size] of [
      ['uk', 9],
      ['us-men', 10],
      ['us-women', 11.5],
    ] as const)
      expect(shoeSizeLengths(system, size).lastLengthMm).toBeCloseTo((34 / 3) * 25.4, 6);
    expect(shoeSizeLengths('mondopoint-mm', 265).footLengthMm).toBe(265);
  });
});

describe('example prescriptions (examples/rx)', () => {
  it('are valid documents and together use every feature', () => {
    const used = new Set<string>();
    for (const { name, rx } of examples) {
      const read = readPrescription(rx);
      expect(read.issues, name).toEqual([]);
      if (read.kind !== 'valid') continue;
      for (const s of [read.value.sides.left, read.value.sides.right]) {
        if (s === undefined) continue;
        for (const [key, entry] of Object.entries(s)) {
          expect((entry as { ruleId?: string }).ruleId, `${name} ${key}`).toBeTruthy();
        }
        if (s.rearfootPostDeg.value > 0) used.add('varus rearfoot post');
        if (s.rearfootPostDeg.value < 0) used.add('valgus rearfoot post');
        if (s.rearfootMotionGrindDeg.value > 0) used.add('motion grind');
        if (s.forefootPostDeg.value > 0) used.add('varus forefoot post');
        if (s.forefootPostDeg.value < 0) used.add('valgus forefoot post');
        if (s.medialHeelSkiveMm.value > 0) used.add('medial skive');
        if (s.lateralHeelSkiveMm.value > 0) used.add('lateral skive');
        if (s.heelLiftMm.value > 0) used.add('heel lift');
        if (s.metatarsalPad.value !== null) used.add('metatarsal pad');
        if (s.topCover.value.material !== 'none') used.add('top cover');
        if (s.archHeightMm.value === null) used.add('total contact');
        if (s.heelCupDepthMm.value > 0) used.add('heel cup');
        used.add(`length ${s.length.value}`);
        used.add(`fill ${s.archFill.value}`);
        used.add(`material ${s.shellMaterial.value}`);
        for (const addition of s.additions.value) used.add(addition);
      }
    }
    expect([...used].sort()).toEqual(
      [
        'deep-heel-cup',
        'fill maximal',
        'fill minimal',
        'fill standard',
        'heel cup',
        'heel lift',
        'lateral skive',
        'length full',
        'length sulcus',
        'length three-quarter',
        'material eva',
        'material graphite',
        'material polypropylene',
        'material subortholen',
        'medial skive',
        'metatarsal pad',
        'motion grind',
        'top cover',
        'total contact',
        'valgus forefoot post',
        'valgus rearfoot post',
        'varus forefoot post',
        'varus rearfoot post',
      ].sort(),
    );
  });

  for (const { name, rx } of examples) {
    it(`designs ${name} into checked, manifold insoles`, () => {
      const read = readPrescription(rx);
      if (read.kind !== 'valid') throw new Error(name);
      const sides = (['left', 'right'] as const).filter((s) => read.value.sides[s] !== undefined);
      const needsScan = sides.some((s) => read.value.sides[s]?.archHeightMm.value === null);
      const outcome = designInsoles(read.value, sides, needsScan ? { scan: syntheticScan } : {});
      expect(outcome.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(outcome.kind).toBe('designed');
      for (const design of outcome.designs) {
        expect(design.report.manifold).toBe(true);
        expect(design.report.volumeMm3).toBeGreaterThan(0);
      }
    });
  }
});

describe('bad input', () => {
  it('names the parameter for a heel lift that does not fit under the shoe', () => {
    expect(errorsOf(rxWith({ heelLiftMm: field(10) }, { maxHeelHeightInShoeMm: 15 }))).toEqual([
      'heel_too_high_for_shoe sides.right.heelLiftMm',
    ]);
  });

  it('refuses a forefoot post on a three-quarter device', () => {
    expect(errorsOf(rxWith({ length: field('three-quarter'), forefootPostDeg: field(4) }), 'left')).toEqual([
      'contradictory sides.left.forefootPostDeg',
    ]);
  });

  it('refuses values out of range with their source in the message', () => {
    const read = parametersFromPrescription(
      rxWith({ rearfootPostDeg: field(25), medialHeelSkiveMm: field(-1) }),
      'right',
    );
    expect(read.kind).toBe('invalid');
    expect(read.issues.filter((i) => i.severity === 'error').map((i) => i.path)).toEqual([
      'sides.right.rearfootPostDeg',
      'sides.right.medialHeelSkiveMm',
    ]);
    expect(read.issues[0]?.message).toMatch(/biomech-reference/);
  });

  it('needs a scan for a total-contact top, and a shoe size or a scan for the outline', () => {
    expect(errorsOf(rxWith({ archHeightMm: field(null) }))).toEqual(['no_arch_height sides.right.archHeightMm']);
    const noSize = rxWith({});
    expect(errorsOf({ ...noSize, footwear: { type: 'athletic' } })).toEqual(['no_outline footwear.size']);
  });

  it('refuses a scan that is not a foot before any design', () => {
    const box = createSyntheticFoot({ lengthMm: 100, ballWidthMm: 98, heelWidthMm: 98 }).mesh;
    expect(scanErrorCode(box)).toBe('not_a_foot');
  });

  it('reads structurally broken prescriptions into issues naming the field', () => {
    const broken = JSON.parse(readFileSync(`${EXAMPLES}plantar-heel-pain-4-4-post.json`, 'utf8')) as Record<
      string,
      unknown
    >;
    const sides = broken['sides'] as Record<string, Record<string, unknown>>;
    delete sides['right']?.['heelLiftMm'];
    (sides['left'] as Record<string, unknown>)['length'] = { value: 'half', ruleId: 'x' };
    const read = readPrescription(broken);
    expect(read.kind).toBe('invalid');
    expect(read.issues.map((i) => i.path).sort()).toEqual(['sides.left.length.value', 'sides.right.heelLiftMm']);
  });

  it('warns that a scan of the other foot is mirrored, and additions it cannot build yet', () => {
    const read = parametersFromPrescription(
      rxWith({ additions: field(['plantar-fascial-groove']) }),
      'left',
      syntheticScan,
    );
    expect(read.kind).toBe('valid');
    expect(read.issues.map((i) => i.code).sort()).toEqual(['addition_not_built', 'scan_mirrored']);
  });
});

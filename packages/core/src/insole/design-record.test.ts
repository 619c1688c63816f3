import { describe, expect, it } from 'vitest';
import { readStoredZip } from '../mesh/write-stored-zip.js';
import type { Prescription, SidePrescription } from '../prescription/prescription.js';
import { GROUNDUP_VERSION } from '../version.js';
import { createDesignRecord, diffInsoleParameters } from './design-record.js';
import { designInsoles, designTo3mf, designToMeshFiles } from './design-insoles.js';
import { defaultInsoleParameters } from './default-insole-parameters.js';
import { sha256Hex } from './sha256.js';

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256Hex(new Uint8Array(1000).fill(0x61))).toBe(
      '41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3',
    );
  });
});

const field = <T>(value: T) => ({ value, ruleId: 'example' });
const side: SidePrescription = {
  shellMaterial: field('polypropylene'),
  shellThicknessMm: field(3),
  length: field('sulcus'),
  width: field('standard'),
  archFill: field('standard'),
  archHeightMm: field(15),
  heelCupDepthMm: field(14),
  rearfootPostDeg: field(4),
  rearfootMotionGrindDeg: field(4),
  forefootPostDeg: field(2),
  medialHeelSkiveMm: field(2),
  lateralHeelSkiveMm: field(0),
  heelLiftMm: field(3),
  metatarsalPad: field({ metatarsal: 2 as const, heightMm: 5, proximalOffsetMm: 5 }),
  topCover: field({ material: 'eva' as const, thicknessMm: 1.5, length: 'full' as const }),
  additions: field([]),
};
const rx: Prescription = {
  format: 'groundup-prescription',
  formatVersion: 1,
  revision: 7,
  caseRef: 'CASE-SECRET-REF',
  footwear: { type: 'athletic', size: { system: 'eu', size: 42, width: 'standard' }, maxHeelHeightInShoeMm: 25 },
  sides: { left: side, right: side },
};
const rxBytes = new TextEncoder().encode(JSON.stringify(rx));

/** Byte equality without vitest's element-by-element diff (slow on megabytes). */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function design() {
  const outcome = designInsoles(rx, ['left', 'right']);
  if (outcome.kind !== 'designed') throw new Error(JSON.stringify(outcome.issues));
  const record = createDesignRecord(
    { prescriptionBytes: rxBytes, prescriptionRevision: rx.revision },
    Object.fromEntries(outcome.designs.map((d) => [d.side, { parameters: d.parameters, report: d.report }])),
  );
  return { designs: outcome.designs, record };
}

describe('design record and exports', () => {
  it('records input hashes, revision, version and checks, with an id that depends only on them', () => {
    const a = design();
    const b = design();
    expect(a.record.designId).toMatch(/^[0-9a-f]{16}$/);
    expect(a.record.designId).toBe(b.record.designId);
    expect(a.record.inputs.prescriptionSha256).toBe(sha256Hex(rxBytes));
    expect(a.record.inputs.prescriptionRevision).toBe(7);
    expect(a.record.inputs.scanSha256).toBeNull();
    expect(a.record.softwareVersion).toBe(GROUNDUP_VERSION);
    expect(a.record.sides.left?.checks.map((c) => c.code)).toContain('closed_manifold');
    expect(JSON.stringify(a.record)).not.toContain('CASE-SECRET-REF');
  });

  it('writes byte-for-byte the same 3MF and STL for the same input, with one object per body and no case reference', () => {
    const a = design();
    const b = design();
    const first = designTo3mf(a.designs, a.record);
    expect(sameBytes(designTo3mf(b.designs, b.record), first)).toBe(true);
    const left = a.designs.find((d) => d.side === 'left');
    if (left === undefined) throw new Error('no left');
    const [stlA] = designToMeshFiles(left, 'stl', a.record);
    const [stlB] = designToMeshFiles(left, 'stl', b.record);
    expect(sameBytes(stlA?.bytes ?? new Uint8Array(0), stlB?.bytes ?? new Uint8Array(1))).toBe(true);
    const model = new TextDecoder().decode(readStoredZip(first)?.[2]?.data ?? new Uint8Array(0));
    expect(model.match(/<object /g)?.length).toBe(4);
    for (const name of ['insole-left-shell', 'insole-left-top-cover', 'insole-right-shell', 'insole-right-top-cover'])
      expect(model).toContain(`name="${name}"`);
    expect(model).toContain(`<metadata name="groundup:designId">${a.record.designId}</metadata>`);
    expect(model).toContain('<metadata name="groundup:prescriptionRevision">7</metadata>');
    expect(model).toContain('<metadata name="groundup:sides">left,right</metadata>');
    expect(model).not.toContain('CASE-SECRET-REF');
  });

  it('lists the parameter changes between two designs', () => {
    const before = defaultInsoleParameters('right');
    const after = defaultInsoleParameters('right', {
      heelLiftMm: 4,
      shell: { material: 'polypropylene', thicknessMm: 4, underside: 'shell' },
    });
    expect(diffInsoleParameters(before, after)).toEqual([
      { path: 'heelLiftMm', before: 0, after: 4 },
      { path: 'shell.thicknessMm', before: 3, after: 4 },
    ]);
    expect(diffInsoleParameters(before, before)).toEqual([]);
    const scanA = {
      ...before,
      outline: {
        kind: 'scan' as const,
        xsMm: Array.from({ length: 40 }, (_, i) => i),
        ysMm: Array.from({ length: 40 }, () => 1),
        insetMm: 1,
      },
    };
    const scanB = {
      ...scanA,
      outline: { ...scanA.outline, ysMm: scanA.outline.ysMm.map((y, i) => (i < 3 ? y + 1 : y)) },
    };
    expect(diffInsoleParameters(scanA, scanB)).toEqual([
      { path: 'outline.ysMm', before: '[40 values]', after: '[40 values, 3 differ]' },
    ]);
  });
});

describe('sha256Hex against node:crypto', () => {
  it('gives the same digest as the native implementation the CLI uses', async () => {
    const { createHash } = await import('node:crypto');
    const bytes = Uint8Array.from({ length: 100_003 }, (_, i) => (i * 7919) & 255);
    expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});

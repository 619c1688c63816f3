import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testdataOrSkip } from '../../../../test-support/testdata.js';
import { writeBinaryStl } from '../mesh/write-stl.js';
import { writeTrc, type MarkerTrajectories } from '../motion/read-trc.js';
import { createSyntheticFoot } from '../scan/synthetic-foot.js';
import { rawCase } from '../testing/case-fixtures.js';
import { loadCaseCaptures, type CaseFileContent } from './case-captures.js';
import { parseCase, readCase } from './case-file.js';

const paths = (result: ReturnType<typeof readCase>) => result.issues.map((i) => `${i.path}:${i.code}`);

describe('reading a case file', () => {
  it('reads a valid case with its intake, exam and red-flag screen', () => {
    const result = readCase(rawCase());
    expect(result.kind).toBe('valid');
    if (result.kind === 'valid') {
      expect(result.value.intake.redFlags?.outcome).toBe('none');
      expect(result.value.sides).toEqual(['left', 'right']);
    }
  });

  it('rejects unknown fields at every level with their paths', () => {
    const base = rawCase();
    const result = readCase({
      ...base,
      colour: 'blue',
      intake: { ...(base['intake'] as object), mood: 'good' },
      exam: { ...(base['exam'] as object), Left: {} },
      captures: { scan: { middle: { file: 'x.stl' } }, video: { file: 'x.mp4' } },
    });
    expect(result.kind).toBe('invalid');
    expect(paths(result)).toEqual(
      expect.arrayContaining([
        'colour:unknown_field',
        'intake.mood:unknown_field',
        'exam.Left:unknown_field',
        'captures.scan.middle:unknown_field',
        'captures.video:unknown_field',
      ]),
    );
  });

  it('rejects unknown fields inside the intake and exam parts that the shared readers let through', () => {
    const base = rawCase();
    const intake = base['intake'] as Record<string, Record<string, unknown> | unknown[]>;
    const exam = base['exam'] as Record<string, unknown>;
    const result = readCase({
      ...base,
      intake: {
        ...intake,
        profile: { ...(intake['profile'] as object), colour: 'red' },
        painMap: [{ region: 'heel', side: 'right', nrs: 6, itch: true }],
        footwear: { ...(intake['footwear'] as object), shoeSize: { system: 'eu', size: 40, half: true } },
      },
      exam: { ...exam, legLength: { differenceMm: 6, shortSide: 'left', units: 'cm' } },
    });
    expect(paths(result)).toEqual(
      expect.arrayContaining([
        'intake.profile.colour:unknown_field',
        'intake.painMap.0.itch:unknown_field',
        'intake.footwear.shoeSize.half:unknown_field',
        'exam.legLength.units:unknown_field',
      ]),
    );
  });

  it('reports missing required parts: intake, exam, red-flag screen', () => {
    const noParts = readCase(rawCase({ intake: undefined, exam: undefined }));
    expect(paths(noParts)).toEqual(expect.arrayContaining(['intake:required', 'exam:required']));
    const base = rawCase();
    const intake = { ...(base['intake'] as Record<string, unknown>) };
    delete intake['redFlags'];
    expect(paths(readCase({ ...base, intake }))).toContain('intake.redFlags:required');
  });

  it('reports contradictory sides: a complaint or a short leg on a foot that is not examined or prescribed', () => {
    const base = rawCase();
    const exam = { right: (base['exam'] as Record<string, unknown>)['right'] };
    const noRightComplaint = readCase({
      ...base,
      exam: { left: (base['exam'] as Record<string, unknown>)['left'] },
      sides: ['left'],
    });
    expect(paths(noRightComplaint)).toContain('intake.chiefComplaint.side:contradictory');
    const shortLeft = readCase({
      ...base,
      exam: { ...exam, legLength: { differenceMm: 10, shortSide: 'left' } },
      sides: ['right'],
    });
    expect(paths(shortLeft)).toContain('sides:contradictory');
    const prescribeUnexamined = readCase({ ...base, exam });
    expect(paths(prescribeUnexamined)).toContain('exam.left:missing_exam');
  });

  it('gives the JSON parser its say for a file that is not JSON', () => {
    const result = parseCase('{ "format": ');
    expect(result.kind).toBe('invalid');
    expect(result.issues[0]?.code).toBe('invalid_json');
  });
});

describe('loading the files a case names', () => {
  const withScan = readCase(
    rawCase({ captures: { scan: { left: { file: 'left.stl' } }, pressure: { file: 'p.asc' } } }),
  );
  if (withScan.kind !== 'valid') throw new Error('fixture case is invalid');

  it('reports a file that fails to parse with its path in the case and the file’s own error', () => {
    const result = loadCaseCaptures(
      withScan.value,
      new Map<string, CaseFileContent>([
        ['left.stl', new Uint8Array([1, 2, 3])],
        ['p.asc', { error: 'no such file' }],
      ]),
    );
    expect(result.kind).toBe('invalid');
    const byPath = new Map(result.issues.map((i) => [i.path, i]));
    expect(byPath.get('captures.scan.left.file')?.message).toMatch(/^left\.stl: /);
    expect(byPath.get('captures.pressure.file')?.message).toBe('p.asc: no such file');
  });

  it('measures a scan from its bytes', () => {
    const { mesh } = createSyntheticFoot({ side: 'left', stations: 80, around: 36 });
    const kase = readCase(rawCase({ captures: { scan: { left: { file: 'left.stl', units: 'mm' } } } }));
    if (kase.kind !== 'valid') throw new Error('fixture case is invalid');
    const result = loadCaseCaptures(kase.value, new Map([['left.stl', writeBinaryStl(mesh, 'left')]]));
    expect(result.kind).toBe('valid');
    if (result.kind === 'valid') expect(result.value.scan.left?.measurements.length.value).toBeGreaterThan(200);
  });

  it('reports a scan named as one foot that is clearly the other as contradictory sides', () => {
    const { mesh } = createSyntheticFoot({ side: 'left', stations: 80, around: 36 });
    const kase = readCase(rawCase({ captures: { scan: { right: { file: 'left.stl', units: 'mm' } } } }));
    if (kase.kind !== 'valid') throw new Error('fixture case is invalid');
    const result = loadCaseCaptures(kase.value, new Map([['left.stl', writeBinaryStl(mesh, 'left')]]));
    expect(result.issues.map((i) => `${i.path}:${i.code}`)).toContain('captures.scan.right.file:contradictory');
  });

  it('reads a C3D walking trial into gait events and cadence', (ctx) => {
    const file = testdataOrSkip(ctx, 'opensim-c3d-walking/walking2.c3d');
    const kase = readCase(rawCase({ captures: { motion: { file: 'walking2.c3d' } } }));
    if (kase.kind !== 'valid') throw new Error('fixture case is invalid');
    const result = loadCaseCaptures(kase.value, new Map([['walking2.c3d', new Uint8Array(readFileSync(file))]]));
    expect(result.kind).toBe('valid');
    if (result.kind === 'valid') expect(result.value.motion?.eventCount).toBeGreaterThan(0);
    expect(result.issues.map((i) => `${i.path}:${i.code}`)).toContain('captures.motion.static:no_static');
    if (result.kind === 'valid') expect(result.value.motion?.stance).toBeNull();
  });

  it('rejects a static trial that is not a file name, at captures.motion.static', () => {
    expect(paths(readCase(rawCase({ captures: { motion: { file: 'walk.trc', static: 42 } } })))).toContain(
      'captures.motion.static:invalid_type',
    );
    expect(paths(readCase(rawCase({ captures: { motion: { file: 'walk.trc', static: ' ' } } })))).toContain(
      'captures.motion.static:invalid_value',
    );
  });

  it('reports a static trial that cannot calibrate as an error at captures.motion.static naming the missing markers', () => {
    const trial = (markerNames: readonly string[]): Uint8Array => {
      const frames = 20;
      const markers: MarkerTrajectories = {
        kind: 'MarkerTrajectories',
        rateHz: 100,
        units: 'mm',
        markerNames,
        timeS: Float64Array.from({ length: frames }, (_, f) => f / 100),
        xyz: Float64Array.from({ length: frames * markerNames.length * 3 }, (_, i) => (i % 3) * 100 + i),
      };
      return new TextEncoder().encode(writeTrc(markers));
    };
    const kase = readCase(rawCase({ captures: { motion: { file: 'walk.trc', static: 'static.trc' } } }));
    if (kase.kind !== 'valid') throw new Error('fixture case is invalid');
    const result = loadCaseCaptures(
      kase.value,
      new Map([
        ['walk.trc', trial(['R.Heel', 'R.Toe.Tip', 'V.Sacral'])],
        ['static.trc', trial(['R.Heel', 'R.Toe.Tip'])],
      ]),
    );
    expect(result.kind).toBe('invalid');
    const issue = result.issues.find((i) => i.path === 'captures.motion.static');
    expect(issue?.severity).toBe('error');
    expect(issue?.code).toBe('missing_markers');
    expect(issue?.message).toMatch(/^static\.trc: /);
    expect(issue?.message).toMatch(/R\.ASIS/);
    expect(issue?.message).toMatch(/V\.Sacral/);
  });

  it('reports a static trial that cannot be read at captures.motion.static with the file’s own error', () => {
    const kase = readCase(rawCase({ captures: { motion: { file: 'walk.trc', static: 'static.trc' } } }));
    if (kase.kind !== 'valid') throw new Error('fixture case is invalid');
    const result = loadCaseCaptures(
      kase.value,
      new Map<string, CaseFileContent>([
        ['walk.trc', new TextEncoder().encode('not a trc')],
        ['static.trc', { error: 'no such file' }],
      ]),
    );
    expect(result.kind).toBe('invalid');
    const byPath = new Map(result.issues.map((i) => [i.path, i]));
    expect(byPath.get('captures.motion.static')?.message).toBe('static.trc: no such file');
    expect(byPath.get('captures.motion.file')?.message).toMatch(/^walk\.trc: /);
  });
});

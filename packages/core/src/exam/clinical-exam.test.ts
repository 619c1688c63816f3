import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyRcsp } from './calcaneal-stance-position.js';
import { readClinicalExam } from './clinical-exam.js';
import { assessLegLengthDifference, readLegLengthDifference } from './leg-length-difference.js';
import { classifyNavicularDrop } from './navicular-drop.js';

const fpi6 = {
  talarHeadPalpation: 1,
  malleolarCurvature: 1,
  calcanealFrontalPlanePosition: 1,
  talonavicularProminence: 1,
  medialArchHeightCongruence: 2,
  forefootAbductionAdduction: 1,
};
const foot = {
  fpi6,
  navicularDropMm: 11,
  rcspDeg: -4,
  ankleDorsiflexion: { dorsiflexionDeg: 38, toeToWallMm: 95 },
  forefootToRearfoot: { relation: 'varus', angleDeg: 4 },
  firstRay: { position: 'dorsiflexed', mobility: 'hypermobile' },
};
const exam = { left: foot, right: { ...foot, navicularDropMm: 6 }, legLength: { differenceMm: 8, shortSide: 'left' } };

function codes(input: unknown): string[] {
  return readClinicalExam(input).issues.map((issue) => `${issue.path}:${issue.code}`);
}

describe('readClinicalExam', () => {
  it('reads a full exam and scores, bands and classifies each finding', () => {
    const read = readClinicalExam(exam);
    if (read.kind !== 'valid') throw new Error(JSON.stringify(read.issues));
    const left = read.value.left;
    expect(left?.fpi6?.total).toBe(7);
    expect(left?.fpi6?.band.id).toBe('pronated');
    expect(left?.navicularDrop?.band.id).toBe('pronated');
    expect(read.value.right?.navicularDrop?.band.id).toBe('normal');
    expect(left?.rcsp?.group.id).toBe('pronator-range');
    expect(left?.forefootToRearfoot).toEqual({ kind: 'ForefootToRearfoot', relation: 'varus', angleDeg: 4 });
    expect(left?.firstRay).toEqual({ kind: 'FirstRayFinding', position: 'dorsiflexed', mobility: 'hypermobile' });
    expect(read.value.legLength).toEqual({
      kind: 'LegLengthDifference',
      differenceMm: 8,
      shortSide: 'left',
      method: 'block-test',
      type: 'unknown',
    });
  });

  it('accepts an exam of one foot with only some findings', () => {
    const read = readClinicalExam({ right: { navicularDropMm: 4 } });
    expect(read.kind).toBe('valid');
    if (read.kind === 'valid') {
      expect(read.value.left).toBeNull();
      expect(read.value.right?.fpi6).toBeNull();
      expect(read.value.right?.navicularDrop?.band.id).toBe('supinated-or-rigid');
    }
  });

  it('rejects wrong side names and unknown fields at their paths', () => {
    expect(codes({ Left: foot })).toEqual(['Left:unknown_field']);
    expect(codes({ left: { ...foot, navicularDrop: 3 } })).toEqual(['left.navicularDrop:unknown_field']);
    expect(codes({ legLength: { differenceMm: 5, shortSide: 'links' } })).toEqual([
      'legLength.shortSide:invalid_value',
    ]);
  });

  it('rejects negative lengths and out-of-range angles', () => {
    expect(codes({ left: { navicularDropMm: -2 } })).toEqual(['left.navicularDropMm:out_of_range']);
    expect(codes({ left: { rcspDeg: 120 } })).toEqual(['left.rcspDeg:out_of_range']);
    expect(codes({ left: { ankleDorsiflexion: { toeToWallMm: -10 } } })).toEqual([
      'left.ankleDorsiflexion.toeToWallMm:out_of_range',
    ]);
    expect(codes({ left: { ankleDorsiflexion: {} } })).toEqual(['left.ankleDorsiflexion:required']);
    expect(codes({ legLength: { differenceMm: -3, shortSide: 'left' } })).toEqual([
      'legLength.differenceMm:out_of_range',
    ]);
    expect(codes({ right: { fpi6: { ...fpi6, talarHeadPalpation: -3 } } })).toEqual([
      'right.fpi6.talarHeadPalpation:out_of_range',
    ]);
  });

  it('rejects contradictory findings', () => {
    expect(codes({ legLength: { differenceMm: 6, shortSide: 'none' } })).toEqual(['legLength.shortSide:contradictory']);
    expect(codes({ legLength: { differenceMm: 0, shortSide: 'right' } })).toEqual([
      'legLength.shortSide:contradictory',
    ]);
    expect(codes({ left: { forefootToRearfoot: { relation: 'neutral', angleDeg: 3 } } })).toEqual([
      'left.forefootToRearfoot.angleDeg:contradictory',
    ]);
    expect(codes({ left: { forefootToRearfoot: { relation: 'valgus', angleDeg: 0 } } })).toEqual([
      'left.forefootToRearfoot.angleDeg:contradictory',
    ]);
    expect(codes({ left: { forefootToRearfoot: { relation: 'varus' } } })).toEqual([
      'left.forefootToRearfoot.angleDeg:required',
    ]);
  });

  it('never throws, whatever JSON it is given, and always says why when it refuses', () => {
    const side = fc.record(
      { navicularDropMm: fc.jsonValue(), rcspDeg: fc.jsonValue(), fpi6: fc.jsonValue() },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.record({ left: side, right: side, legLength: fc.jsonValue() }, { requiredKeys: [] }),
        ),
        (value) => {
          const read = readClinicalExam(value);
          if (read.kind === 'invalid') expect(read.issues.some((issue) => issue.severity === 'error')).toBe(true);
        },
      ),
    );
  });
});

describe('navicular drop, RCSP and leg-length classes', () => {
  it('classify navicular drop at the Physiopedia and Brody boundaries', () => {
    const physio = (mm: number) => classifyNavicularDrop(mm).band.id;
    const brody = (mm: number) => classifyNavicularDrop(mm).brodyBand.id;
    expect([0, 4.9, 5, 9.9, 10, 25].map(physio)).toEqual([
      'supinated-or-rigid',
      'supinated-or-rigid',
      'normal',
      'normal',
      'pronated',
      'pronated',
    ]);
    expect([9.9, 10, 15, 15.1].map(brody)).toEqual(['normal', 'between-limits', 'between-limits', 'abnormal']);
  });

  it('place RCSP in the research groups at −2° and +3°', () => {
    expect([-6, -2, -1.9, 0, 2.9, 3, 8].map((deg) => classifyRcsp(deg).group.id)).toEqual([
      'pronator-range',
      'pronator-range',
      'between-cut-offs',
      'between-cut-offs',
      'between-cut-offs',
      'supinator-range',
      'supinator-range',
    ]);
  });

  it('set a leg-length difference against the 5 mm RCT inclusion and the ~20 mm significance size', () => {
    const assess = (mm: number) => {
      const read = readLegLengthDifference({ differenceMm: mm, shortSide: mm === 0 ? 'none' : 'right' });
      if (read.kind !== 'valid') throw new Error('invalid');
      const { reachesRctInclusion, reachesUsualSignificance } = assessLegLengthDifference(read.value);
      return [reachesRctInclusion, reachesUsualSignificance];
    };
    expect(assess(0)).toEqual([false, false]);
    expect(assess(4.9)).toEqual([false, false]);
    expect(assess(5)).toEqual([true, false]);
    expect(assess(19.9)).toEqual([true, false]);
    expect(assess(20)).toEqual([true, true]);
  });
});

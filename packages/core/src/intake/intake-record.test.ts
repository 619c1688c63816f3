import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RED_FLAG_QUESTIONS } from '../exam/red-flags/red-flag-questions.js';
import { ageInYears, isCalendarDate } from './calendar-date.js';
import { readIntake } from './intake-record.js';

const TODAY = '2026-11-22';
const allNo = Object.fromEntries(RED_FLAG_QUESTIONS.map((q) => [q.id, 'no']));
const intake = {
  profile: {
    ageYears: 46,
    sex: 'female',
    heightCm: 168,
    weightKg: 72,
    shoeSize: { system: 'eu', size: 39, width: 'standard' },
    occupation: 'nurse',
    activityLevel: 'moderate',
    activities: ['walking', 'running'],
  },
  painMap: [
    { region: 'heel', side: 'left', nrs: 6 },
    { region: 'lower-back', side: 'midline', nrs: 3 },
  ],
  chiefComplaint: {
    text: 'First-step heel pain for three months',
    region: 'heel',
    side: 'left',
    durationWeeks: 12,
    onset: 'gradual',
  },
  footwear: { type: 'athletic', heelHeightMm: 10, removableInsole: true },
  consent: { healthData: true, biometricScan: true, recordedOn: '2026-11-22' },
  redFlags: allNo,
};

function codes(input: unknown): string[] {
  return readIntake(input, TODAY).issues.map((issue) => `${issue.path}:${issue.code}`);
}

describe('readIntake', () => {
  it('reads a complete intake and runs the red-flag screen', () => {
    const read = readIntake(intake, TODAY);
    if (read.kind !== 'valid') throw new Error(JSON.stringify(read.issues));
    expect(read.issues).toEqual([]);
    expect(read.value.profile).toMatchObject({ kind: 'PatientProfile', ageYears: 46, weightKg: 72 });
    expect(read.value.painMap.entries).toHaveLength(2);
    expect(read.value.consent).toMatchObject({ givenBy: 'patient', representativeName: null });
    expect(read.value.redFlags).toMatchObject({ outcome: 'none', complete: true });
  });

  it('requires the profile, pain map, complaint and consent but not the footwear or the screen', () => {
    expect(codes({})).toEqual(['profile:required', 'painMap:required', 'chiefComplaint:required', 'consent:required']);
    const { footwear: _f, redFlags: _r, ...minimal } = intake;
    const read = readIntake(minimal, TODAY);
    expect(read.kind).toBe('valid');
    if (read.kind === 'valid') expect(read.value.redFlags).toBeNull();
  });

  it('rejects wrong side names and a midline knee at the path of the side', () => {
    expect(codes({ ...intake, painMap: [{ region: 'heel', side: 'links' }] })).toEqual([
      'painMap.0.side:invalid_value',
    ]);
    expect(codes({ ...intake, painMap: [...intake.painMap, { region: 'knee', side: 'midline' }] })).toEqual([
      'painMap.2.side:invalid_value',
    ]);
    expect(codes({ ...intake, chiefComplaint: { ...intake.chiefComplaint, side: 'central' } })).toEqual([
      'chiefComplaint.side:invalid_value',
    ]);
  });

  it('warns about overlapping pain areas and a complaint that is not on the pain map', () => {
    const read = readIntake({ ...intake, painMap: [...intake.painMap, { region: 'heel', side: 'both' }] }, TODAY);
    expect(read.kind).toBe('valid');
    expect(read.issues.map((i) => `${i.severity}:${i.path}:${i.code}`)).toEqual(['warning:painMap.2:duplicate']);
    const knee = readIntake({ ...intake, painMap: [{ region: 'knee', side: 'left' }] }, TODAY);
    expect(knee.issues.map((i) => `${i.severity}:${i.path}:${i.code}`)).toEqual([
      'warning:chiefComplaint.region:not_on_pain_map',
    ]);
  });

  it('rejects negative lengths and weights, and out-of-range pain ratings', () => {
    expect(
      codes({
        ...intake,
        profile: { ...intake.profile, heightCm: -170, weightKg: 0 },
        footwear: { ...intake.footwear, heelHeightMm: -5 },
        painMap: [{ region: 'heel', side: 'left', nrs: 11 }],
      }),
    ).toEqual([
      'profile.heightCm:out_of_range',
      'profile.weightKg:out_of_range',
      'painMap.0.nrs:out_of_range',
      'footwear.heelHeightMm:out_of_range',
    ]);
  });

  it('warns about a height that looks like millimetres and a heel above 1.5 inches', () => {
    const read = readIntake(
      { ...intake, profile: { ...intake.profile, heightCm: 1680 }, footwear: { ...intake.footwear, heelHeightMm: 50 } },
      TODAY,
    );
    expect(read.kind).toBe('valid');
    expect(read.issues.map((i) => `${i.severity}:${i.path}:${i.code}`)).toEqual([
      'warning:profile.heightCm:implausible',
      'warning:footwear.heelHeightMm:high_heel',
    ]);
  });

  it('rejects contradictory consent and consent dated in the future', () => {
    expect(codes({ ...intake, consent: { healthData: false, biometricScan: true, recordedOn: '2026-11-22' } })).toEqual(
      ['consent.biometricScan:contradictory'],
    );
    expect(codes({ ...intake, consent: { ...intake.consent, recordedOn: '2026-11-23' } })).toEqual([
      'consent.recordedOn:out_of_range',
    ]);
    expect(codes({ ...intake, consent: { ...intake.consent, givenBy: 'parent-or-guardian' } })).toEqual([
      'consent.representativeName:required',
    ]);
  });

  it('checks the red-flag answers against the age in the profile', () => {
    expect(codes({ ...intake, redFlags: { ...allNo, 'cancer-age-under-20': 'yes' } })).toEqual([
      'redFlags.cancer-age-under-20:contradictory',
    ]);
    const read = readIntake({ ...intake, redFlags: { ...allNo, 'ces-bladder': 'yes' } }, TODAY);
    expect(read.kind === 'valid' && read.value.redFlags?.outcome).toBe('emergency-same-day');
  });

  it('never throws, whatever JSON it is given', () => {
    const part = fc.oneof(fc.jsonValue(), fc.constant(undefined));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.record({
            profile: part,
            painMap: part,
            chiefComplaint: part,
            footwear: part,
            consent: part,
            redFlags: part,
          }),
        ),
        (value) => void readIntake(value, TODAY),
      ),
    );
  });
});

describe('calendar dates and age', () => {
  it('computes completed years on a date, and refuses impossible dates', () => {
    expect(ageInYears('1980-06-15', '2026-06-14')).toBe(45);
    expect(ageInYears('1980-06-15', '2026-06-15')).toBe(46);
    expect(ageInYears('2027-01-01', '2026-06-15')).toBeNull();
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
  });
});

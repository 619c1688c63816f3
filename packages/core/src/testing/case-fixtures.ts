// Test-only builders for case files (excluded from the build by tsconfig.build.json).
import { RED_FLAG_QUESTIONS } from '../exam/red-flags/red-flag-questions.js';

/** Red-flag answers: every question `no` except the ids given. */
export function redFlagAnswers(...yes: string[]): Record<string, 'yes' | 'no'> {
  return Object.fromEntries(RED_FLAG_QUESTIONS.map((q) => [q.id, yes.includes(q.id) ? 'yes' : 'no']));
}

/** FPI-6 item scores from six numbers in manual order. */
export function fpi6(...items: [number, number, number, number, number, number]): Record<string, number> {
  const ids = [
    'talarHeadPalpation',
    'malleolarCurvature',
    'calcanealFrontalPlanePosition',
    'talonavicularProminence',
    'medialArchHeightCongruence',
    'forefootAbductionAdduction',
  ];
  return Object.fromEntries(ids.map((id, index) => [id, items[index] ?? 0]));
}

/**
 * A valid raw case file (as parsed JSON): a 40-year-old with right heel pain; fields can be replaced.
 *
 * @param overrides - top-level fields to replace
 * @returns the raw case
 */
export function rawCase(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'groundup-case',
    formatVersion: 1,
    caseRef: 'test-case',
    assessedOn: '2026-11-30',
    intake: {
      profile: { ageYears: 40, sex: 'female', weightKg: 70, heightCm: 168 },
      painMap: [{ region: 'heel', side: 'right', nrs: 6 }],
      chiefComplaint: { text: 'Heel pain', region: 'heel', side: 'right', durationWeeks: 10, onset: 'gradual' },
      footwear: { type: 'athletic', heelHeightMm: 10, removableInsole: true },
      consent: { healthData: true, biometricScan: true, recordedOn: '2026-11-30' },
      redFlags: redFlagAnswers(),
    },
    exam: {
      left: { fpi6: fpi6(1, 1, 1, 1, 1, 1), navicularDropMm: 8, rcspDeg: -3 },
      right: { fpi6: fpi6(1, 1, 1, 1, 1, 1), navicularDropMm: 8, rcspDeg: -3 },
    },
    diagnoses: ['plantar-heel-pain'],
    ...overrides,
  };
}

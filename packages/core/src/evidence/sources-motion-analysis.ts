import type { EvidenceSourceData } from './evidence-source.js';

/**
 * Citations for motion-capture methods: joint-centre regressions, joint coordinate systems, rigid
 * fitting and gait-event detection. None of them is in biomech-reference.md: they are cited from general
 * knowledge, titles unchecked and figures unverified [U].
 */
export const MOTION_ANALYSIS_SOURCES = {
  'harrington-2007': {
    authors: 'Harrington ME, Zavatsky AB, Lawson SEM, Yuan Z, Theologis TN',
    year: 2007,
    title:
      'Prediction of the hip joint centre in adults, children, and patients with cerebral palsy based on magnetic resonance imaging',
    titleChecked: false,
    venue: 'J Biomech 40(3):595–602',
    level: 'measurement-study',
    verification: 'unverified',
    note: 'Citation and regression coefficients from general knowledge [U]; not in biomech-reference.md.',
  },
  'grood-suntay-1983': {
    authors: 'Grood ES, Suntay WJ',
    year: 1983,
    title:
      'A joint coordinate system for the clinical description of three-dimensional motions: application to the knee',
    titleChecked: false,
    venue: 'J Biomech Eng 105(2):136–144',
    level: 'laboratory',
    verification: 'unverified',
    note: 'Citation from general knowledge [U]; not in biomech-reference.md.',
  },
  'wu-2002-isb': {
    authors: 'Wu G, Siegler S, Allard P, et al.',
    year: 2002,
    title:
      'ISB recommendation on definitions of joint coordinate system of various joints for the reporting of human joint motion—part I: ankle, hip, and spine',
    titleChecked: false,
    venue: 'J Biomech 35(4):543–548',
    level: 'practice-convention',
    verification: 'unverified',
    note: 'Citation from general knowledge [U]; not in biomech-reference.md.',
  },
  'horn-1987': {
    authors: 'Horn BKP',
    year: 1987,
    title: 'Closed-form solution of absolute orientation using unit quaternions',
    titleChecked: false,
    venue: 'J Opt Soc Am A 4(4):629–642',
    level: 'laboratory',
    verification: 'unverified',
    note: 'Method citation from general knowledge [U]; not in biomech-reference.md.',
  },
  'zeni-2008': {
    authors: 'Zeni JA Jr, Richards JG, Higginson JS',
    year: 2008,
    title:
      'Two simple methods for determining gait events during treadmill and overground walking using kinematic data',
    titleChecked: false,
    venue: 'Gait Posture 27(4):710–714',
    level: 'measurement-study',
    verification: 'unverified',
    note: 'Citation from general knowledge [U]; not in biomech-reference.md.',
  },
} as const satisfies Record<string, EvidenceSourceData>;

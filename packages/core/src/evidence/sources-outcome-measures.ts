import type { EvidenceSourceData } from './evidence-source.js';

/**
 * Citations for the questionnaires (scoring, MCID) and the red-flag screen.
 *
 * @see ../../../../../shared/reference/biomech-reference.md §4.3, §5 and §7
 */
export const OUTCOME_MEASURE_SOURCES = {
  'fairbank-pynsent-2000': {
    authors: 'Fairbank JC, Pynsent PB',
    year: 2000,
    title: 'The Oswestry Disability Index',
    venue: 'Spine 25:2940',
    level: 'measurement-study',
    verification: 'secondary',
    note: 'ODI 2.1a scoring and bands were seen in secondary sources only [V2].',
  },
  'ostelo-2008': {
    authors: 'Ostelo RWJG et al.',
    year: 2008,
    title:
      'Interpreting change scores for pain and functional status in low back pain: towards international consensus regarding minimal important change',
    venue: 'Spine 33:90–94',
    doi: '10.1097/BRS.0b013e31815e3a10',
    level: 'measurement-study',
    verification: 'primary',
  },
  'stratford-1996': {
    authors: 'Stratford et al.',
    year: 1996,
    title: 'Sensitivity to change of the Roland-Morris Back Pain Questionnaire: part 1',
    venue: 'Phys Ther 76:359',
    level: 'measurement-study',
    verification: 'primary',
  },
  'farrar-2001': {
    authors: 'Farrar JT et al.',
    year: 2001,
    title:
      'Clinical importance of changes in chronic pain intensity measured on an 11-point numerical pain rating scale',
    venue: 'Pain 94:149–158',
    level: 'measurement-study',
    verification: 'primary',
  },
  'salaffi-2004': {
    authors: 'Salaffi F et al.',
    year: 2004,
    venue: 'Eur J Pain 8:283',
    level: 'measurement-study',
    verification: 'primary',
  },
  'thieme-2020': {
    authors: 'Thieme et al.',
    year: 2020,
    venue: 'Journal not retrieved',
    level: 'measurement-study',
    verification: 'primary',
    note: 'Baseline-dependent NRS MCID; only author and year are in the reference.',
  },
  'landorf-2010': {
    authors: 'Landorf KB, Radford JA, Hudson S',
    year: 2010,
    venue: 'J Foot Ankle Res 3:7',
    level: 'measurement-study',
    verification: 'primary',
  },
  'landorf-radford-2008': {
    authors: 'Landorf KB, Radford JA',
    year: 2008,
    venue: 'The Foot (volume and pages not retrieved)',
    level: 'measurement-study',
    verification: 'unverified',
    note: 'Named in the reference as the paper to check for the FFI MCID; not retrieved.',
  },
  'budiman-mak-2013': {
    authors: 'Budiman-Mak E et al.',
    year: 2013,
    title: 'A review of the foot function index and the foot function index – revised',
    venue: 'J Foot Ankle Res 6:5',
    level: 'measurement-study',
    verification: 'primary',
  },
  'sralab-ffi': {
    authors: 'Shirley Ryan AbilityLab (SRAlab)',
    year: null,
    venue: 'Rehabilitation Measures Database page, Foot Function Index',
    level: 'secondary-summary',
    verification: 'primary',
    note: 'The reference tags the FFI scoring [V] via SRAlab and Budiman-Mak 2013.',
  },
  'martin-2005': {
    authors: 'Martin RL et al.',
    year: 2005,
    title: 'Evidence of validity for the Foot and Ankle Ability Measure (FAAM)',
    venue: 'Foot Ankle Int 26:968–983',
    doi: '10.1177/107110070502601113',
    level: 'measurement-study',
    verification: 'primary',
  },
  'binkley-1999': {
    authors: 'Binkley JM et al.',
    year: 1999,
    title:
      'The Lower Extremity Functional Scale (LEFS): scale development, measurement properties, and clinical application',
    venue: 'Phys Ther 79:371–383',
    level: 'measurement-study',
    verification: 'primary',
  },
  'lefs-norms-2017': {
    authors: null,
    year: 2017,
    venue: 'Acta Orthop (volume and pages not retrieved)',
    level: 'measurement-study',
    verification: 'primary',
    note: 'LEFS population norms (healthy median 77).',
  },
  'roos-lohmander-2003': {
    authors: 'Roos EM, Lohmander LS',
    year: 2003,
    title: 'The Knee injury and Osteoarthritis Outcome Score (KOOS): from joint injury to osteoarthritis',
    venue: 'Health Qual Life Outcomes 1:64',
    level: 'measurement-study',
    verification: 'primary',
    note: 'Structure [V]; the scoring formula and MIC are [U] in the reference.',
  },
  'nilsdotter-2003': {
    authors: 'Nilsdotter AK et al.',
    year: 2003,
    title:
      'Hip disability and osteoarthritis outcome score (HOOS) – validity and responsiveness in total hip replacement',
    venue: 'BMC Musculoskelet Disord 4:10',
    level: 'measurement-study',
    verification: 'primary',
  },
  'gojlo-2020': {
    authors: 'Gojło et al.',
    year: 2020,
    venue: 'Health Qual Life Outcomes 18:135',
    level: 'measurement-study',
    verification: 'primary',
    note: 'Polish HOOS validation: individual MDC 12–26.',
  },
  'nhs-low-back-pain-pathway': {
    authors: 'NHS clinical pathway pages',
    year: null,
    venue: 'NHS pathway web pages built on NICE CKS and NICE NG59',
    level: 'secondary-summary',
    verification: 'secondary',
    note: 'Red flags for back pain (cancer, infection, fracture, inflammatory and neurological signs).',
  },
  'bass-2018-cauda-equina': {
    authors: 'British Association of Spine Surgeons (BASS)',
    year: 2018,
    venue: 'Cauda equina syndrome standards, seen via Cornwall NHS pages',
    level: 'guideline',
    verification: 'secondary',
  },
} as const satisfies Record<string, EvidenceSourceData>;

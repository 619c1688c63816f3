import { cite } from '../../evidence/source-ref.js';
import { claim } from '../../evidence/sourced-claim.js';
import { band, type BandSet } from '../band-set.js';
import { mcid, scale } from './questionnaire-builders.js';
import type { QuestionnaireDefinition, QuestionnaireItem } from './questionnaire-definition.js';

/** ODI disability bands. */
export type OdiBandId = 'minimal' | 'moderate' | 'severe' | 'crippled' | 'bed-bound-or-exaggerating';

/**
 * ODI bands: 0–20 minimal, 21–40 moderate, 41–60 severe, 61–80 crippled, 81–100 bed-bound or exaggerating.
 *
 * @see Fairbank & Pynsent 2000, Spine 25:2940 (`fairbank-pynsent-2000`) [V2]
 */
export const ODI_BANDS: BandSet<OdiBandId> = {
  kind: 'BandSet',
  id: 'odi-fairbank-2000',
  name: 'ODI disability bands',
  unit: 'percent',
  bands: [
    band('minimal', 'minimal disability', 0, 20),
    band('moderate', 'moderate disability', 20, 40, { fromInclusive: false }),
    band('severe', 'severe disability', 40, 60, { fromInclusive: false }),
    band('crippled', 'crippled', 60, 80, { fromInclusive: false }),
    band('bed-bound-or-exaggerating', 'bed-bound, or exaggerating symptoms', 80, 100, { fromInclusive: false }),
  ],
  sources: [cite('fairbank-pynsent-2000', 'secondary', 'bands')],
  note:
    'The published bands are whole percentages (0–20, 21–40, …). A score with missing sections can fall ' +
    'between them (e.g. 20.5 %); groundup puts it in the higher band (upper limits inclusive).',
};

const SECTIONS: readonly [string, string][] = [
  ['pain-intensity', 'Pain intensity'],
  ['personal-care', 'Personal care (washing, dressing, etc.)'],
  ['lifting', 'Lifting'],
  ['walking', 'Walking'],
  ['sitting', 'Sitting'],
  ['standing', 'Standing'],
  ['sleeping', 'Sleeping'],
  ['sex-life', 'Sex life (if applicable)'],
  ['social-life', 'Social life'],
  ['travelling', 'Travelling'],
];

const ITEMS: readonly QuestionnaireItem[] = SECTIONS.map(([id, label]) => ({
  kind: 'QuestionnaireItem',
  id,
  label,
  text: null,
  min: 0,
  max: 5,
  integer: true,
  subscale: null,
  higherIsWorse: true,
}));

/**
 * Oswestry Disability Index 2.1a: 10 sections scored 0–5; index = sum ÷ (5 × sections answered) × 100.
 * Licensed: groundup ships the section names and scoring, not the statements.
 *
 * @see Fairbank & Pynsent 2000 (`fairbank-pynsent-2000`) [V2]; MIC Ostelo 2008 (`ostelo-2008`) [V]
 */
export const ODI: QuestionnaireDefinition = {
  kind: 'QuestionnaireDefinition',
  id: 'odi',
  name: 'Oswestry Disability Index',
  shortName: 'ODI',
  version: '2.1a',
  regions: ['lower-back'],
  licence: {
    kind: 'licensed',
    note: 'Item statements are licensed; load the clinic’s licensed wording as a wording pack.',
  },
  items: ITEMS,
  total: scale(ITEMS, {
    id: 'total',
    name: 'ODI',
    method: 'percent-of-answered-maximum',
    missingRule: {
      kind: 'minimum-answered',
      minAnswered: 1,
      sources: [cite('fairbank-pynsent-2000', 'secondary', 'each missing section lowers the denominator by 5')],
      note:
        'Each missing section lowers the denominator by 5. The reference sets no limit on how many may be ' +
        'missing; groundup scores from any answered section and lists the missing ones.',
    },
    higherIsWorse: true,
    bands: ODI_BANDS,
    mcid: mcid(10, 30, 'Clinically important: at least 10 points or 30 % of baseline.', cite('ostelo-2008', 'primary')),
  }),
  subscales: [],
  claims: [
    claim(
      'odi-mdc',
      'The minimal detectable change (MDC90) of the ODI is about 10 points.',
      cite('ostelo-2008', 'primary'),
    ),
  ],
  sources: [cite('fairbank-pynsent-2000', 'secondary', 'scoring'), cite('ostelo-2008', 'primary', 'MIC')],
};

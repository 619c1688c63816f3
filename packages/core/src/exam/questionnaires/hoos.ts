import { cite } from '../../evidence/source-ref.js';
import { claim } from '../../evidence/sourced-claim.js';
import { profileSubscale } from './koos.js';
import { mcid, numberedItems } from './questionnaire-builders.js';
import type { Mcid, QuestionnaireDefinition } from './questionnaire-definition.js';

const ITEM_OPTIONS = { min: 0, max: 4, higherIsWorse: true } as const;
const PAIN = numberedItems('p', 10, 'Pain', { ...ITEM_OPTIONS, subscale: 'pain' });
const SYMPTOMS = numberedItems('s', 5, 'Symptoms', { ...ITEM_OPTIONS, subscale: 'symptoms' });
const ADL = numberedItems('a', 17, 'Function in daily living', { ...ITEM_OPTIONS, subscale: 'adl' });
const SPORT = numberedItems('sp', 4, 'Function in sport and recreation', { ...ITEM_OPTIONS, subscale: 'sport-rec' });
const QOL = numberedItems('q', 4, 'Hip-related quality of life', { ...ITEM_OPTIONS, subscale: 'qol' });

const HOOS_MIC: Mcid = mcid(
  10,
  null,
  'Not verified: an MIC of about 8–10 points is quoted; groundup uses the upper end (10) so it does not ' +
    'overcall a change.',
  cite('nilsdotter-2003', 'unverified', 'MIC about 8–10'),
);

/**
 * Hip disability and Osteoarthritis Outcome Score: 40 items 0–4 (Pain 10, Symptoms 5, ADL 17,
 * Sport/Rec 4, QOL 4), each subscale normalised to 0–100 with 100 = no symptoms; no total score.
 *
 * @see Nilsdotter 2003, BMC Musculoskelet Disord 4:10 (`nilsdotter-2003`) [V]; MDC Gojło 2020 (`gojlo-2020`) [V]
 */
export const HOOS: QuestionnaireDefinition = {
  kind: 'QuestionnaireDefinition',
  id: 'hoos',
  name: 'Hip disability and Osteoarthritis Outcome Score',
  shortName: 'HOOS',
  version: '40-item',
  regions: ['hip'],
  licence: {
    kind: 'free-to-use',
    note: 'Free to use; groundup does not ship the item wording (it is not in groundup’s reference), load it as a wording pack.',
  },
  items: [...PAIN, ...SYMPTOMS, ...ADL, ...SPORT, ...QOL],
  total: null,
  subscales: [
    profileSubscale(PAIN, 'pain', 'Pain', 'HOOS', HOOS_MIC),
    profileSubscale(SYMPTOMS, 'symptoms', 'Symptoms', 'HOOS', HOOS_MIC),
    profileSubscale(ADL, 'adl', 'Function in daily living (ADL)', 'HOOS', HOOS_MIC),
    profileSubscale(SPORT, 'sport-rec', 'Function in sport and recreation', 'HOOS', HOOS_MIC),
    profileSubscale(QOL, 'qol', 'Hip-related quality of life', 'HOOS', HOOS_MIC),
  ],
  claims: [
    claim(
      'hoos-individual-mdc',
      'Individual minimal detectable changes of the HOOS subscales are 12–26 points (Polish validation).',
      cite('gojlo-2020', 'primary'),
    ),
  ],
  sources: [cite('nilsdotter-2003', 'primary', 'structure and normalisation')],
};

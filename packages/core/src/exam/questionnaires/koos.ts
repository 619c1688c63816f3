import { cite } from '../../evidence/source-ref.js';
import { mcid, noPublishedMissingRule, numberedItems, scale } from './questionnaire-builders.js';
import type { Mcid, QuestionnaireDefinition, QuestionnaireItem, ScaleDefinition } from './questionnaire-definition.js';

const ITEM_OPTIONS = { min: 0, max: 4, higherIsWorse: true } as const;
const PAIN = numberedItems('p', 9, 'Pain', { ...ITEM_OPTIONS, subscale: 'pain' });
const SYMPTOMS = numberedItems('s', 7, 'Symptoms', { ...ITEM_OPTIONS, subscale: 'symptoms' });
const ADL = numberedItems('a', 17, 'Function in daily living', { ...ITEM_OPTIONS, subscale: 'adl' });
const SPORT = numberedItems('sp', 5, 'Function in sport and recreation', { ...ITEM_OPTIONS, subscale: 'sport-rec' });
const QOL = numberedItems('q', 4, 'Knee-related quality of life', { ...ITEM_OPTIONS, subscale: 'qol' });

const KOOS_MIC: Mcid = mcid(
  10,
  null,
  'Not verified: an MIC of about 8–10 points is quoted; groundup uses the upper end (10) so it does not ' +
    'overcall a change.',
  cite('roos-lohmander-2003', 'unverified', 'MIC about 8–10'),
);

/**
 * One KOOS/HOOS subscale: 100 − (mean item × 25), i.e. 100 − 100 × sum ÷ (4 × items); 100 = no problems.
 *
 * @param items - the subscale's items (0–4, 4 = extreme)
 * @param id - subscale id
 * @param name - subscale name
 * @param instrument - `KOOS` or `HOOS`, for the missing-item note
 * @param mic - the subscale MIC
 * @returns the scale
 */
export function profileSubscale(
  items: readonly QuestionnaireItem[],
  id: string,
  name: string,
  instrument: string,
  mic: Mcid,
): ScaleDefinition {
  return scale(items, {
    id,
    name,
    method: 'reversed-percent-of-answered-maximum',
    missingRule: noPublishedMissingRule(instrument),
    higherIsWorse: false,
    mcid: mic,
    unit: 'points',
  });
}

/**
 * Knee injury and Osteoarthritis Outcome Score: 42 items 0–4 in five subscales (Pain, Symptoms, ADL,
 * Sport/Rec, QOL), each scored 0–100 with 100 = no problems; there is no total score.
 * Per-subscale item counts (9, 7, 17, 5, 4) and the formula are general knowledge [U]; the 42 items and
 * five subscales are [V].
 *
 * @see Roos & Lohmander 2003, Health Qual Life Outcomes 1:64 (`roos-lohmander-2003`)
 */
export const KOOS: QuestionnaireDefinition = {
  kind: 'QuestionnaireDefinition',
  id: 'koos',
  name: 'Knee injury and Osteoarthritis Outcome Score',
  shortName: 'KOOS',
  version: '42-item',
  regions: ['knee'],
  licence: {
    kind: 'free-to-use',
    note: 'Free to use; groundup does not ship the item wording (it is not in groundup’s reference), load it as a wording pack.',
  },
  items: [...PAIN, ...SYMPTOMS, ...ADL, ...SPORT, ...QOL],
  total: null,
  subscales: [
    profileSubscale(PAIN, 'pain', 'Pain', 'KOOS', KOOS_MIC),
    profileSubscale(SYMPTOMS, 'symptoms', 'Symptoms', 'KOOS', KOOS_MIC),
    profileSubscale(ADL, 'adl', 'Function in daily living (ADL)', 'KOOS', KOOS_MIC),
    profileSubscale(SPORT, 'sport-rec', 'Function in sport and recreation', 'KOOS', KOOS_MIC),
    profileSubscale(QOL, 'qol', 'Knee-related quality of life', 'KOOS', KOOS_MIC),
  ],
  claims: [],
  sources: [
    cite('roos-lohmander-2003', 'primary', '42 items, 5 subscales, no total'),
    cite('roos-lohmander-2003', 'unverified', 'formula 100 − mean × 25; per-subscale item counts'),
  ],
};

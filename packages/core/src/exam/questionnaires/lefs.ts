import { cite } from '../../evidence/source-ref.js';
import { claim } from '../../evidence/sourced-claim.js';
import { PAIN_REGIONS } from '../../intake/pain-region.js';
import { mcid, noPublishedMissingRule, numberedItems, scale } from './questionnaire-builders.js';
import type { QuestionnaireDefinition } from './questionnaire-definition.js';

const ITEMS = numberedItems('q', 20, 'Activity', { min: 0, max: 4, higherIsWorse: false });

/**
 * Lower Extremity Functional Scale: 20 items 0–4 (4 = no difficulty), sum 0–80, higher = better.
 *
 * @see Binkley 1999, Phys Ther 79:371 (`binkley-1999`) [V]
 */
export const LEFS: QuestionnaireDefinition = {
  kind: 'QuestionnaireDefinition',
  id: 'lefs',
  name: 'Lower Extremity Functional Scale',
  shortName: 'LEFS',
  version: '20-item',
  regions: PAIN_REGIONS.filter((region) => region !== 'lower-back'),
  licence: {
    kind: 'free-to-use',
    note: 'Free to use; groundup does not ship the item wording (it is not in groundup’s reference), load it as a wording pack.',
  },
  items: ITEMS,
  total: scale(ITEMS, {
    id: 'total',
    name: 'LEFS',
    method: 'sum',
    missingRule: noPublishedMissingRule('LEFS'),
    higherIsWorse: false,
    mcid: mcid(9, null, null, cite('binkley-1999', 'primary', 'MCID 9')),
  }),
  subscales: [],
  claims: [
    claim(
      'lefs-error',
      'LEFS: minimal detectable change 9 points (90 % CI), SEM ±5.3, test-retest ICC 0.94.',
      cite('binkley-1999', 'primary'),
    ),
    claim('lefs-norm', 'The healthy population median is 77 of 80.', cite('lefs-norms-2017', 'primary')),
  ],
  sources: [cite('binkley-1999', 'primary')],
};

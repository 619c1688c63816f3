import { cite } from '../../evidence/source-ref.js';
import { FOOT_AND_ANKLE_REGIONS } from '../../intake/pain-region.js';
import { mcid, numberedItems, scale } from './questionnaire-builders.js';
import type { MissingItemRule, QuestionnaireDefinition } from './questionnaire-definition.js';

const ITEM_OPTIONS = { min: 0, max: 10, integer: false, higherIsWorse: true } as const;
const PAIN = numberedItems('p', 9, 'Pain item', { ...ITEM_OPTIONS, subscale: 'pain' });
const DISABILITY = numberedItems('d', 9, 'Disability item', { ...ITEM_OPTIONS, subscale: 'disability' });
const ACTIVITY = numberedItems('a', 5, 'Activity limitation item', {
  ...ITEM_OPTIONS,
  subscale: 'activity-limitation',
});
const ITEMS = [...PAIN, ...DISABILITY, ...ACTIVITY];

const APPLICABLE_ITEMS: MissingItemRule = {
  kind: 'minimum-answered',
  minAnswered: 1,
  sources: [cite('budiman-mak-2013', 'primary', 'subscale = sum ÷ maximum of the applicable items × 100')],
  note:
    'Items not answered are treated as not applicable and leave the denominator (10 per item). With all 23 ' +
    'answered the total is sum ÷ 230 × 100. The reference gives no limit on missing items.',
};

/**
 * Foot Function Index (1991): 23 items scored 0–10 (pain 9, disability 9, activity limitation 5);
 * total and subscales = sum ÷ maximum of the applicable items × 100; higher = worse. Licensed.
 * The 0–9 VAS variant (÷ 207) is not shipped: its answers would be out of range here.
 *
 * @see Budiman-Mak 2013, J Foot Ankle Res 6:5 (`budiman-mak-2013`) and SRAlab (`sralab-ffi`) [V];
 *   MCID not retrieved: about 7 (total) and 12 (pain) are quoted [U] (`landorf-radford-2008`)
 */
export const FFI: QuestionnaireDefinition = {
  kind: 'QuestionnaireDefinition',
  id: 'ffi',
  name: 'Foot Function Index',
  shortName: 'FFI',
  version: '1991',
  regions: FOOT_AND_ANKLE_REGIONS,
  licence: {
    kind: 'licensed',
    note: 'Item wording is licensed; load the clinic’s licensed wording as a wording pack.',
  },
  items: ITEMS,
  total: scale(ITEMS, {
    id: 'total',
    name: 'FFI total',
    method: 'percent-of-answered-maximum',
    missingRule: APPLICABLE_ITEMS,
    higherIsWorse: true,
    mcid: mcid(
      7,
      null,
      'Not verified: the FFI MCID was not retrieved from a primary source; about 7 points is often quoted.',
      cite('landorf-radford-2008', 'unverified', 'FFI total MCID about 7'),
    ),
  }),
  subscales: [
    scale(PAIN, {
      id: 'pain',
      name: 'Pain',
      method: 'percent-of-answered-maximum',
      missingRule: APPLICABLE_ITEMS,
      higherIsWorse: true,
      mcid: mcid(
        12,
        null,
        'Not verified: about 12 points is often quoted for the pain subscale.',
        cite('landorf-radford-2008', 'unverified', 'FFI pain MCID about 12'),
      ),
    }),
    scale(DISABILITY, {
      id: 'disability',
      name: 'Disability',
      method: 'percent-of-answered-maximum',
      missingRule: APPLICABLE_ITEMS,
      higherIsWorse: true,
      mcid: null,
    }),
    scale(ACTIVITY, {
      id: 'activity-limitation',
      name: 'Activity limitation',
      method: 'percent-of-answered-maximum',
      missingRule: APPLICABLE_ITEMS,
      higherIsWorse: true,
      mcid: null,
    }),
  ],
  claims: [],
  sources: [cite('budiman-mak-2013', 'primary', 'scoring'), cite('sralab-ffi', 'primary', 'scoring')],
};

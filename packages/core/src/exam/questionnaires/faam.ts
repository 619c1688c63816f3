import { cite } from '../../evidence/source-ref.js';
import { claim } from '../../evidence/sourced-claim.js';
import { FOOT_AND_ANKLE_REGIONS } from '../../intake/pain-region.js';
import { mcid, numberedItems, scale } from './questionnaire-builders.js';
import type { QuestionnaireDefinition } from './questionnaire-definition.js';

const LICENCE = {
  kind: 'licensed',
  note: 'Item wording is licensed; load the clinic’s licensed wording as a wording pack.',
} as const;
const ITEM_OPTIONS = { min: 0, max: 4, higherIsWorse: false } as const;
const ADL_ITEMS = numberedItems('adl', 21, 'ADL item', ITEM_OPTIONS);
const SPORTS_ITEMS = numberedItems('sports', 8, 'Sports item', ITEM_OPTIONS);

/**
 * FAAM Activities of Daily Living: 21 items, 4 = no difficulty … 0 = unable, N/A left out;
 * % = score ÷ maximum of the answered items × 100; scored only with at least 19 of 21 answered.
 *
 * @see Martin 2005, Foot Ankle Int 26:968 (`martin-2005`) [V]
 */
export const FAAM_ADL: QuestionnaireDefinition = {
  kind: 'QuestionnaireDefinition',
  id: 'faam-adl',
  name: 'Foot and Ankle Ability Measure, Activities of Daily Living',
  shortName: 'FAAM ADL',
  version: '21-item',
  regions: FOOT_AND_ANKLE_REGIONS,
  licence: LICENCE,
  items: ADL_ITEMS,
  total: scale(ADL_ITEMS, {
    id: 'total',
    name: 'FAAM ADL',
    method: 'percent-of-answered-maximum',
    missingRule: {
      kind: 'minimum-answered',
      minAnswered: 19,
      sources: [cite('martin-2005', 'primary', 'score only if ≥ 90 % answered (19/21)')],
      note: 'Items marked N/A count as not answered.',
    },
    higherIsWorse: false,
    mcid: mcid(8, null, null, cite('martin-2005', 'primary', 'MCID ADL 8')),
  }),
  subscales: [],
  claims: [
    claim('faam-adl-reliability', 'FAAM ADL: MDC95 ±5.7 points, test-retest ICC 0.89.', cite('martin-2005', 'primary')),
  ],
  sources: [cite('martin-2005', 'primary')],
};

/**
 * FAAM Sports: 8 items, 4 = no difficulty … 0 = unable; % of the answered maximum; scored only with
 * at least 7 of 8 answered (the reference's count; 7/8 is 87.5 %, just under its 90 % wording).
 *
 * @see Martin 2005, Foot Ankle Int 26:968 (`martin-2005`) [V]
 */
export const FAAM_SPORTS: QuestionnaireDefinition = {
  kind: 'QuestionnaireDefinition',
  id: 'faam-sports',
  name: 'Foot and Ankle Ability Measure, Sports',
  shortName: 'FAAM Sports',
  version: '8-item',
  regions: FOOT_AND_ANKLE_REGIONS,
  licence: LICENCE,
  items: SPORTS_ITEMS,
  total: scale(SPORTS_ITEMS, {
    id: 'total',
    name: 'FAAM Sports',
    method: 'percent-of-answered-maximum',
    missingRule: {
      kind: 'minimum-answered',
      minAnswered: 7,
      sources: [cite('martin-2005', 'primary', 'score only if 7/8 answered')],
      note: 'Items marked N/A count as not answered.',
    },
    higherIsWorse: false,
    mcid: mcid(9, null, null, cite('martin-2005', 'primary', 'MCID Sports 9')),
  }),
  subscales: [],
  claims: [
    claim(
      'faam-sports-reliability',
      'FAAM Sports: MDC95 ±12.3 points, test-retest ICC 0.87.',
      cite('martin-2005', 'primary'),
    ),
  ],
  sources: [cite('martin-2005', 'primary')],
};

import { cite } from '../../evidence/source-ref.js';
import { claim } from '../../evidence/sourced-claim.js';
import { PAIN_REGIONS } from '../../intake/pain-region.js';
import { mcid, scale } from './questionnaire-builders.js';
import type { QuestionnaireDefinition, QuestionnaireItem } from './questionnaire-definition.js';

const ITEMS: readonly QuestionnaireItem[] = [
  {
    kind: 'QuestionnaireItem',
    id: 'pain',
    label: 'Pain intensity',
    text: 'Rate your pain from 0 (no pain) to 10 (worst pain).',
    min: 0,
    max: 10,
    integer: true,
    subscale: null,
    higherIsWorse: true,
  },
];

/**
 * Numeric pain rating scale, 11 points (0 = no pain … 10 = worst). Free to use.
 *
 * @see Farrar 2001, Pain 94:149 (`farrar-2001`) [V]; Ostelo 2008 (`ostelo-2008`) [V]
 */
export const NRS_PAIN: QuestionnaireDefinition = {
  kind: 'QuestionnaireDefinition',
  id: 'nrs',
  name: 'Numeric pain rating scale',
  shortName: 'NRS',
  version: '11-point',
  regions: PAIN_REGIONS,
  licence: { kind: 'free-to-use', note: 'A single 0–10 rating; the wording is groundup’s own.' },
  items: ITEMS,
  total: scale(ITEMS, {
    id: 'total',
    name: 'NRS pain',
    method: 'sum',
    missingRule: { kind: 'no-missing-allowed', reason: 'A single-item scale: no answer, no score.' },
    higherIsWorse: true,
    mcid: mcid(
      2,
      30,
      'Clinically important: at least 2 points or about 30 % of baseline.',
      cite('farrar-2001', 'primary'),
      cite('ostelo-2008', 'primary'),
    ),
  }),
  subscales: [],
  claims: [
    claim(
      'nrs-anchors',
      '"Slightly better" matched a 1-point (15 %) fall; "much better" a 2-point (33 %) fall.',
      cite('salaffi-2004', 'primary'),
    ),
    claim(
      'nrs-mcid-rises-with-baseline',
      'The MCID rises with baseline pain: about 1 point from a baseline of 1–4, 2 from 5–7, 3–4 from 8–10.',
      cite('thieme-2020', 'primary'),
    ),
  ],
  sources: [cite('farrar-2001', 'primary'), cite('ostelo-2008', 'primary')],
};

import { cite } from '../../evidence/source-ref.js';
import { claim } from '../../evidence/sourced-claim.js';
import { mcid, numberedItems, scale } from './questionnaire-builders.js';
import type { QuestionnaireDefinition } from './questionnaire-definition.js';

const ITEMS = numberedItems('q', 24, 'Statement', { min: 0, max: 1, higherIsWorse: true });

/**
 * Roland-Morris Disability Questionnaire: 24 yes/no statements (1 = yes, applies today; 0 = no);
 * score = count of yes, 0–24, higher = worse. Licensed: structure and scoring only.
 *
 * @see Stratford 1996, Phys Ther 76:359 (`stratford-1996`) [V]; MIC Ostelo 2008 (`ostelo-2008`) [V]
 */
export const RMDQ: QuestionnaireDefinition = {
  kind: 'QuestionnaireDefinition',
  id: 'rmdq',
  name: 'Roland-Morris Disability Questionnaire',
  shortName: 'RMDQ',
  version: '24-item',
  regions: ['lower-back'],
  licence: {
    kind: 'licensed',
    note: 'Statement wording is licensed; load the clinic’s licensed wording as a wording pack.',
  },
  items: ITEMS,
  total: scale(ITEMS, {
    id: 'total',
    name: 'RMDQ',
    method: 'sum',
    missingRule: {
      kind: 'no-missing-allowed',
      reason:
        'groundup’s reference gives no missing-item rule for the RMDQ, so nothing is imputed. On the paper ' +
        'form a statement left unticked means "no": record it as 0.',
    },
    higherIsWorse: true,
    mcid: mcid(5, 30, 'Clinically important: at least 5 points or 30 % of baseline.', cite('ostelo-2008', 'primary')),
  }),
  subscales: [],
  claims: [
    claim(
      'rmdq-mdc-and-resolution',
      'The minimal detectable change (MDC90) is 4–5 points; the RMDQ resolves change poorly below 4 and above 20.',
      cite('stratford-1996', 'primary'),
    ),
  ],
  sources: [cite('stratford-1996', 'primary'), cite('ostelo-2008', 'primary', 'MIC')],
};

import { FAAM_ADL, FAAM_SPORTS } from './faam.js';
import { FFI } from './ffi.js';
import { HOOS } from './hoos.js';
import { KOOS } from './koos.js';
import { LEFS } from './lefs.js';
import { NRS_PAIN } from './nrs-pain.js';
import { ODI } from './odi.js';
import type { PainRegion } from '../../intake/pain-region.js';
import type { QuestionnaireDefinition } from './questionnaire-definition.js';
import { RMDQ } from './rmdq.js';

/** Every instrument groundup scores, in list order. */
export const QUESTIONNAIRES: readonly QuestionnaireDefinition[] = [
  NRS_PAIN,
  ODI,
  RMDQ,
  FFI,
  FAAM_ADL,
  FAAM_SPORTS,
  LEFS,
  KOOS,
  HOOS,
];

/**
 * Looks up an instrument by id (`odi`, `rmdq`, `nrs`, `ffi`, `faam-adl`, `faam-sports`, `lefs`, `koos`, `hoos`).
 *
 * @param id - the instrument id, case-sensitive
 * @returns the definition, or undefined for an unknown id
 */
export function findQuestionnaire(id: string): QuestionnaireDefinition | undefined {
  return QUESTIONNAIRES.find((definition) => definition.id === id);
}

/**
 * The instruments meant for a pain-map region (e.g. ODI and RMDQ for the lower back).
 *
 * @param region - the region
 * @returns the instruments whose `regions` include it, NRS first
 */
export function questionnairesForRegion(region: PainRegion): readonly QuestionnaireDefinition[] {
  return QUESTIONNAIRES.filter((definition) => definition.regions.includes(region));
}

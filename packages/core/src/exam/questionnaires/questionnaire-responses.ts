import type { Issue } from '../../issue.js';
import { errorAt, isRecord, joinPath, readNumber, warningAt } from '../../intake/field-checks.js';
import { validated, type Validated } from '../../intake/validated.js';
import type { QuestionnaireDefinition, QuestionnaireId } from './questionnaire-definition.js';
import type { QuestionnaireAnswers } from './score-questionnaire.js';

/** One completed (or part-completed) questionnaire, checked against its definition. */
export interface QuestionnaireResponses {
  readonly kind: 'QuestionnaireResponses';
  readonly instrument: QuestionnaireId;
  readonly version: string;
  /** Answered items only; unanswered items are absent. */
  readonly answers: QuestionnaireAnswers;
}

const TOP_LEVEL = ['instrument', 'version', 'answers'];

/**
 * Reads responses from untrusted input: `{ "answers": { "<itemId>": number | null, … }, "instrument"?, "version"? }`.
 *
 * Absent or null answers are unanswered. Errors: unknown item ids, non-numbers, out-of-range or
 * fractional answers (for whole-number items), another instrument, an unknown version. Unknown top-level
 * fields are warnings.
 *
 * @param definition - the instrument the responses are for
 * @param input - the parsed JSON
 * @returns the responses, or the issues with the path of each field (e.g. `answers.walking`)
 */
export function readQuestionnaireResponses(
  definition: QuestionnaireDefinition,
  input: unknown,
): Validated<QuestionnaireResponses> {
  if (!isRecord(input)) {
    return {
      kind: 'invalid',
      issues: [errorAt('invalid_type', '', 'Responses must be an object with an "answers" object.')],
    };
  }
  const issues: Issue[] = [];
  const instrument = input['instrument'];
  if (instrument !== undefined && instrument !== definition.id) {
    issues.push(
      errorAt(
        'instrument_mismatch',
        'instrument',
        `These responses are for ${JSON.stringify(instrument)}, not ${definition.id}.`,
      ),
    );
  }
  const version = input['version'];
  if (version !== undefined && version !== definition.version) {
    issues.push(
      errorAt(
        'unknown_version',
        'version',
        `${definition.shortName} version ${JSON.stringify(version)} is not known; groundup scores version ${definition.version}.`,
      ),
    );
  }
  for (const key of Object.keys(input)) {
    if (!TOP_LEVEL.includes(key)) issues.push(warningAt('unknown_field', key, `${key} is not used and was ignored.`));
  }
  const rawAnswers = input['answers'];
  const answers: Record<string, number> = {};
  if (rawAnswers === undefined || rawAnswers === null) {
    issues.push(errorAt('required', 'answers', 'answers is required: an object of item id to number or null.'));
  } else if (!isRecord(rawAnswers)) {
    issues.push(errorAt('invalid_type', 'answers', 'answers must be an object of item id to number or null.'));
  } else {
    const items = new Map(definition.items.map((item) => [item.id, item]));
    for (const key of Object.keys(rawAnswers)) {
      const item = items.get(key);
      const path = joinPath('answers', key);
      if (item === undefined) {
        issues.push(errorAt('unknown_item', path, `${definition.shortName} has no item ${JSON.stringify(key)}.`));
        continue;
      }
      const value = readNumber(rawAnswers, key, path, { min: item.min, max: item.max, integer: item.integer }, issues);
      if (value !== undefined) answers[key] = value;
    }
  }
  return validated(issues, () => ({
    kind: 'QuestionnaireResponses',
    instrument: definition.id,
    version: definition.version,
    answers,
  }));
}

/**
 * Parses and reads a responses file's text.
 *
 * @param definition - the instrument the responses are for
 * @param text - the file's contents (JSON)
 * @returns the responses, or the issues (`invalid_json` when the text is not JSON)
 */
export function parseQuestionnaireResponses(
  definition: QuestionnaireDefinition,
  text: string,
): Validated<QuestionnaireResponses> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'invalid', issues: [errorAt('invalid_json', '', `Not valid JSON: ${detail}`)] };
  }
  return readQuestionnaireResponses(definition, parsed);
}

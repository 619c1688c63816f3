import type { Issue } from '../../issue.js';
import { errorAt, isRecord, joinPath, readText, warningAt } from '../../intake/field-checks.js';
import { validated, type Validated } from '../../intake/validated.js';
import { findQuestionnaire } from './questionnaires.js';
import type { QuestionnaireId } from './questionnaire-definition.js';

/**
 * The wording of one item: the question and its answer labels, one per answer from min to max for a
 * whole-number item, or the two end anchors for a visual analogue item.
 */
export interface ItemWording {
  readonly text: string;
  readonly options: readonly string[] | null;
}

/**
 * Item wording a clinic loads for an instrument whose wording is licensed (ODI, RMDQ, FFI, FAAM) or not
 * shipped. groundup keeps the structure and scoring; the clinic supplies the words under its licence.
 */
export interface QuestionnaireWording {
  readonly kind: 'QuestionnaireWording';
  readonly instrument: QuestionnaireId;
  readonly version: string;
  /** BCP 47 language tag, e.g. `en-GB`. */
  readonly language: string;
  /** Who licensed the wording to the clinic, or where it came from. */
  readonly licence: string;
  readonly items: Readonly<Record<string, ItemWording>>;
}

const TEXT_MAX = 2000;
const LANGUAGE_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * Reads a wording pack from untrusted input:
 * `{ instrument, version, language, licence, items: { "<itemId>": { text, options? } } }`.
 *
 * @param input - the parsed JSON
 * @returns the pack, or the issues (unknown instrument or version, unknown items, wrong option counts);
 *   items left out are warnings
 */
export function readQuestionnaireWording(input: unknown): Validated<QuestionnaireWording> {
  if (!isRecord(input)) return { kind: 'invalid', issues: [errorAt('invalid_type', '', 'Wording must be an object.')] };
  const issues: Issue[] = [];
  const instrumentId = input['instrument'];
  const definition = typeof instrumentId === 'string' ? findQuestionnaire(instrumentId) : undefined;
  if (definition === undefined) {
    issues.push(errorAt('unknown_instrument', 'instrument', `Unknown instrument ${JSON.stringify(instrumentId)}.`));
    return { kind: 'invalid', issues };
  }
  if (input['version'] !== definition.version) {
    issues.push(
      errorAt(
        'unknown_version',
        'version',
        `${definition.shortName} version ${JSON.stringify(input['version'])} is not known; expected ${definition.version}.`,
      ),
    );
  }
  const language = readText(input, 'language', 'language', { required: true, maxLength: 35 }, issues);
  if (language !== undefined && !LANGUAGE_PATTERN.test(language)) {
    issues.push(errorAt('invalid_value', 'language', 'language must be a language tag such as en-GB.'));
  }
  const licence = readText(input, 'licence', 'licence', { required: true, maxLength: TEXT_MAX }, issues);
  const rawItems = input['items'];
  const items: Record<string, ItemWording> = {};
  if (!isRecord(rawItems)) {
    issues.push(errorAt('required', 'items', 'items must be an object of item id to { text, options }.'));
  } else {
    for (const [key, raw] of Object.entries(rawItems)) {
      const item = definition.items.find((candidate) => candidate.id === key);
      const path = joinPath('items', key);
      if (item === undefined) {
        issues.push(errorAt('unknown_item', path, `${definition.shortName} has no item ${JSON.stringify(key)}.`));
        continue;
      }
      if (!isRecord(raw)) {
        issues.push(errorAt('invalid_type', path, `${path} must be an object with text.`));
        continue;
      }
      const text = readText(raw, 'text', joinPath(path, 'text'), { required: true, maxLength: TEXT_MAX }, issues);
      const options = readOptions(
        raw['options'],
        joinPath(path, 'options'),
        item.integer ? item.max - item.min + 1 : 2,
        issues,
      );
      if (text !== undefined && options !== undefined) items[key] = { text, options };
    }
    for (const item of definition.items) {
      if (!(item.id in rawItems)) {
        issues.push(warningAt('missing_wording', joinPath('items', item.id), `No wording for ${item.label}.`));
      }
    }
  }
  return validated(issues, () => ({
    kind: 'QuestionnaireWording',
    instrument: definition.id,
    version: definition.version,
    language: language ?? '',
    licence: licence ?? '',
    items,
  }));
}

function readOptions(
  raw: unknown,
  path: string,
  expected: number,
  issues: Issue[],
): readonly string[] | null | undefined {
  if (raw === undefined || raw === null) return null;
  if (!Array.isArray(raw) || !raw.every((option) => typeof option === 'string' && option.trim() !== '')) {
    issues.push(errorAt('invalid_type', path, `${path} must be a list of answer labels.`));
    return undefined;
  }
  if (raw.length !== expected) {
    issues.push(
      errorAt('wrong_length', path, `${path} must have ${expected} labels, one per answer; got ${raw.length}.`),
    );
    return undefined;
  }
  return raw as string[];
}

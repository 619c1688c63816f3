import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  QUESTIONNAIRES,
  buildQuestionnaireReport,
  findQuestionnaire,
  parseQuestionnaireResponses,
  scoreQuestionnaire,
  type QuestionnaireDefinition,
  type QuestionnaireScore,
} from '@groundup/core';
import { CliError, EXIT_USAGE } from '../cli-error.js';
import { readInputFile } from '../read-input.js';
import type { Io } from '../io.js';
import { formatQuestionnaireList, formatQuestionnaireReport } from './questionnaire/format-questionnaire.js';

/**
 * `groundup questionnaire list|score …`: lists the instruments, or scores a responses file (with the
 * change from a baseline file). Exit 0 on success (also when the responses are valid but not scorable),
 * 1 for a bad file or invalid responses, 2 for a usage error or an unknown instrument.
 *
 * @param args - the arguments after `questionnaire`
 * @param io - output streams and working directory
 * @returns the exit code
 */
export function execute(args: readonly string[], io: Io): Promise<number> {
  return Promise.resolve().then(() => run(args, io));
}

function run(args: readonly string[], io: Io): number {
  const [subcommand, ...rest] = args.filter((arg) => arg !== '--json');
  const json = args.includes('--json');
  switch (subcommand) {
    case 'list':
      return list(rest, json, io);
    case 'score':
      return score(rest, json, io);
    case undefined:
      throw new CliError(
        'usage',
        "questionnaire needs a subcommand: list or score; see 'groundup questionnaire --help'",
        EXIT_USAGE,
      );
    default:
      throw new CliError('usage', `unknown questionnaire subcommand '${subcommand}'; use list or score`, EXIT_USAGE);
  }
}

function list(args: readonly string[], json: boolean, io: Io): number {
  parseArgs({ args: [...args], options: {}, strict: true, allowPositionals: false });
  if (json) {
    io.stdout(`${JSON.stringify({ instruments: QUESTIONNAIRES.map(describeInstrument) })}\n`);
  } else {
    io.stdout(formatQuestionnaireList(QUESTIONNAIRES));
  }
  return 0;
}

function describeInstrument(definition: QuestionnaireDefinition) {
  const head = definition.total ?? definition.subscales[0];
  return {
    id: definition.id,
    name: definition.name,
    shortName: definition.shortName,
    version: definition.version,
    regions: definition.regions,
    licence: definition.licence,
    hasTotal: definition.total !== null,
    range: head?.range ?? null,
    unit: head?.unit ?? null,
    higherIsWorse: head?.higherIsWorse ?? null,
    items: definition.items.map((item) => ({
      id: item.id,
      label: item.label,
      min: item.min,
      max: item.max,
      integer: item.integer,
      ...(item.subscale === null ? {} : { subscale: item.subscale }),
    })),
    subscales: definition.subscales.map((scale) => ({ id: scale.id, name: scale.name, items: scale.itemIds })),
  };
}

function score(args: readonly string[], json: boolean, io: Io): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { baseline: { type: 'string' } },
    strict: true,
    allowPositionals: true,
  });
  const [instrumentId, file, ...extra] = positionals;
  if (instrumentId === undefined || file === undefined || extra.length > 0) {
    throw new CliError(
      'usage',
      'usage: groundup questionnaire score <instrument> <responses.json> [--baseline <responses.json>] [--json]',
      EXIT_USAGE,
    );
  }
  const definition = findQuestionnaire(instrumentId);
  if (definition === undefined) {
    throw new CliError(
      'unknown_instrument',
      `unknown instrument '${instrumentId}'; one of ${QUESTIONNAIRES.map((d) => d.id).join(', ')}`,
      EXIT_USAGE,
    );
  }
  const warnings: string[] = [];
  const followUp = readScore(definition, file, io, warnings);
  const baseline = values.baseline === undefined ? undefined : readScore(definition, values.baseline, io, warnings);
  const report = buildQuestionnaireReport(definition, followUp, baseline);
  if (json) {
    io.stdout(`${JSON.stringify({ ...report, warnings })}\n`);
  } else {
    io.stdout(formatQuestionnaireReport(report, warnings));
  }
  return 0;
}

function readScore(definition: QuestionnaireDefinition, file: string, io: Io, warnings: string[]): QuestionnaireScore {
  const text = readText(file, io);
  const read = parseQuestionnaireResponses(definition, text);
  const where = (issuePath: string) => (issuePath === '' ? file : `${file}: ${issuePath}`);
  if (read.kind === 'invalid') {
    const errors = read.issues.filter((issue) => issue.severity === 'error');
    const code = errors.length === 1 && errors[0]?.code === 'invalid_json' ? 'invalid_json' : 'invalid_responses';
    const detail = errors.map((issue) => `${where(issue.path)}: ${issue.message}`).join('; ');
    throw new CliError(code, `invalid ${definition.shortName} responses: ${detail}`);
  }
  for (const issue of read.issues) warnings.push(`${where(issue.path)}: ${issue.message}`);
  return scoreQuestionnaire(definition, read.value.answers);
}

function readText(file: string, io: Io): string {
  return new TextDecoder().decode(readInputFile(path.resolve(io.cwd, file), file));
}

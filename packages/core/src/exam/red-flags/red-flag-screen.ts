import type { SourceRef } from '../../evidence/source-ref.js';
import type { Issue } from '../../issue.js';
import { errorAt, isRecord } from '../../intake/field-checks.js';
import { validated, type Validated } from '../../intake/validated.js';
import {
  RED_FLAG_CATEGORIES,
  RED_FLAG_OUTCOMES,
  RED_FLAG_QUESTIONS,
  redFlagCategory,
  type RedFlagCategory,
  type RedFlagOutcome,
} from './red-flag-questions.js';

/** Answers by question id; a question left out is unanswered. */
export type RedFlagAnswers = Readonly<Record<string, 'yes' | 'no'>>;

/** A red flag that was answered yes. */
export interface RedFlagFinding {
  readonly kind: 'RedFlagFinding';
  readonly questionId: string;
  readonly category: RedFlagCategory;
  readonly flag: string;
  readonly outcome: RedFlagOutcome;
  readonly action: string;
}

/** The result of a red-flag screen. */
export interface RedFlagScreenResult {
  readonly kind: 'RedFlagScreenResult';
  /** The most urgent outcome among the positive answers; `none` when there are none. */
  readonly outcome: RedFlagOutcome;
  /** Whether every question was answered. An incomplete screen cannot clear a patient. */
  readonly complete: boolean;
  readonly findings: readonly RedFlagFinding[];
  readonly unanswered: readonly string[];
  /** What to tell the clinician, one or two sentences. */
  readonly clinicianMessage: string;
  /** What to tell the patient, in plain language. */
  readonly patientMessage: string;
  readonly sources: readonly SourceRef[];
}

/** What the intake knows that can contradict an answer. */
export interface RedFlagContext {
  /** Age in whole years on the day of the screen, or null when unknown. */
  readonly ageYears: number | null;
}

/**
 * Reads red-flag answers from untrusted input: `{ "<questionId>": "yes" | "no" | null, … }`.
 *
 * Unknown question ids, other values and answers that contradict the age (`cancer-age-under-20: yes` at
 * 45; both age questions yes) are errors at the answer's path.
 *
 * @param input - the answers as entered
 * @param context - the patient's age, when known
 * @returns the answers, or the issues
 */
export function readRedFlagAnswers(
  input: unknown,
  context: RedFlagContext = { ageYears: null },
): Validated<RedFlagAnswers> {
  if (!isRecord(input)) {
    return { kind: 'invalid', issues: [errorAt('invalid_type', '', 'Red-flag answers must be an object.')] };
  }
  const issues: Issue[] = [];
  const answers: Record<string, 'yes' | 'no'> = {};
  for (const [id, value] of Object.entries(input)) {
    if (!RED_FLAG_QUESTIONS.some((q) => q.id === id)) {
      issues.push(errorAt('unknown_question', id, `${id} is not a red-flag question.`));
    } else if (value === 'yes' || value === 'no') {
      answers[id] = value;
    } else if (value !== null) {
      issues.push(errorAt('invalid_value', id, `${id} must be "yes", "no" or null.`));
    }
  }
  issues.push(...contradictions(answers, context));
  return validated(issues, () => answers);
}

function contradictions(answers: RedFlagAnswers, context: RedFlagContext): Issue[] {
  const issues: Issue[] = [];
  const over50 = answers['cancer-age-over-50'];
  const under20 = answers['cancer-age-under-20'];
  if (over50 === 'yes' && under20 === 'yes') {
    issues.push(errorAt('contradictory', 'cancer-age-under-20', 'A patient cannot be both over 50 and under 20.'));
  }
  const age = context.ageYears;
  if (age === null) return issues;
  if (over50 === 'yes' && age <= 50) {
    issues.push(errorAt('contradictory', 'cancer-age-over-50', `Answered over 50, but the patient is ${age}.`));
  }
  if (under20 === 'yes' && age >= 20) {
    issues.push(errorAt('contradictory', 'cancer-age-under-20', `Answered under 20, but the patient is ${age}.`));
  }
  if (under20 === 'no' && age < 20) {
    issues.push(errorAt('contradictory', 'cancer-age-under-20', `Answered not under 20, but the patient is ${age}.`));
  }
  return issues;
}

/**
 * Screens for red flags: the most urgent outcome among the yes answers, with the messages to show.
 *
 * @param answers - valid answers (see {@link readRedFlagAnswers})
 * @returns outcome (none, refer routinely, urgent, emergency same day), findings, completeness, messages
 * @see RED_FLAG_CATEGORIES for the actions and their sources
 */
export function screenRedFlags(answers: RedFlagAnswers): RedFlagScreenResult {
  const findings: RedFlagFinding[] = [];
  const unanswered: string[] = [];
  for (const q of RED_FLAG_QUESTIONS) {
    const answer = Object.prototype.hasOwnProperty.call(answers, q.id) ? answers[q.id] : undefined;
    if (answer === undefined) unanswered.push(q.id);
    if (answer !== 'yes') continue;
    const category = redFlagCategory(q.category);
    findings.push({
      kind: 'RedFlagFinding',
      questionId: q.id,
      category: q.category,
      flag: q.flag,
      outcome: category.outcome,
      action: category.action,
    });
  }
  const outcome = findings.reduce<RedFlagOutcome>(
    (worst, finding) => (rank(finding.outcome) > rank(worst) ? finding.outcome : worst),
    'none',
  );
  // The sources of the categories that fired; with none, those of the whole table the screen is built on.
  const categories =
    findings.length === 0 ? RED_FLAG_CATEGORIES : [...new Set(findings.map((f) => f.category))].map(redFlagCategory);
  const sources = categories.flatMap((category) => category.sources);
  return {
    kind: 'RedFlagScreenResult',
    outcome,
    complete: unanswered.length === 0,
    findings,
    unanswered,
    clinicianMessage: clinicianMessage(outcome, findings, unanswered.length),
    patientMessage: patientMessage(outcome, unanswered.length),
    sources: [...new Map(sources.map((ref) => [`${ref.source}:${ref.detail ?? ''}`, ref])).values()],
  };
}

function rank(outcome: RedFlagOutcome): number {
  return RED_FLAG_OUTCOMES.indexOf(outcome);
}

function clinicianMessage(outcome: RedFlagOutcome, findings: readonly RedFlagFinding[], unanswered: number): string {
  const flags = findings.map((finding) => finding.flag.toLowerCase()).join('; ');
  const pending = unanswered > 0 ? ` ${unanswered} question(s) unanswered: complete the screen.` : '';
  switch (outcome) {
    case 'emergency-same-day':
      return `Possible cauda equina syndrome (${flags}). Emergency: send to A&E the same day. No orthotic plan.${pending}`;
    case 'urgent':
      return `Red flags (${flags}). Urgent medical review before any orthotic plan.${pending}`;
    case 'refer-routine': {
      const actions = [...new Set(findings.map((finding) => finding.action.replace(/\.$/, '').toLowerCase()))];
      return `Red flags (${flags}). Refer for ${actions.join(' and ')} before any orthotic-only plan.${pending}`;
    }
    case 'none':
      return unanswered > 0
        ? `No red flags among the answers so far; ${unanswered} question(s) unanswered: complete the screen.`
        : 'No red flags reported.';
  }
}

function patientMessage(outcome: RedFlagOutcome, unanswered: number): string {
  switch (outcome) {
    case 'emergency-same-day':
      return (
        'Some of your answers can be signs of pressure on the nerves at the base of the spine, which needs ' +
        'treatment straight away. Please go to an emergency department (A&E) today. Do not wait for insoles.'
      );
    case 'urgent':
      return 'Some of your answers mean a doctor should see you soon, before any insole treatment. Please contact your doctor urgently.';
    case 'refer-routine':
      return 'Some of your answers mean a doctor should check you before insole treatment. Please make an appointment with your doctor.';
    case 'none':
      return unanswered > 0
        ? 'Please answer the remaining safety questions.'
        : 'None of your answers suggest a problem that needs a doctor first.';
  }
}

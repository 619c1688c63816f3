import { cite, type SourceRef } from '../../evidence/source-ref.js';

/** The groups of red flags, each with its action. */
export type RedFlagCategory = 'cauda-equina' | 'cancer' | 'infection' | 'fracture' | 'inflammatory-neurological';

/** What a screen asks for, from least to most urgent. */
export type RedFlagOutcome = 'none' | 'refer-routine' | 'urgent' | 'emergency-same-day';

/** Every outcome, least urgent first (the order used to take the highest). */
export const RED_FLAG_OUTCOMES: readonly RedFlagOutcome[] = ['none', 'refer-routine', 'urgent', 'emergency-same-day'];

/** A red-flag category: its action and the messages to show. */
export interface RedFlagCategoryDefinition {
  readonly kind: 'RedFlagCategoryDefinition';
  readonly id: RedFlagCategory;
  readonly name: string;
  /** The outcome a positive answer in this category leads to. */
  readonly outcome: RedFlagOutcome;
  /** The action as the source states it. */
  readonly action: string;
  readonly sources: readonly [SourceRef, ...SourceRef[]];
}

/** One screening question. A `yes` raises the category's outcome. */
export interface RedFlagQuestion {
  readonly kind: 'RedFlagQuestion';
  readonly id: string;
  readonly category: RedFlagCategory;
  /** Plain question for the patient or clinician to answer yes or no. */
  readonly question: string;
  /** The red flag as the source names it (clinician wording). */
  readonly flag: string;
}

const PATHWAY = cite('nhs-low-back-pain-pathway', 'secondary', 'red flags for back pain');

/**
 * The red-flag categories and their actions, from the back-pain red-flag table. Fracture ("medical
 * review / imaging") and inflammatory or neurological signs ("medical referral") are not marked urgent
 * in the source, so groundup refers them routinely; any referral still stops an orthotic-only plan.
 *
 * @see NHS pathway pages on NICE CKS/NG59 (`nhs-low-back-pain-pathway`) [V2];
 *   cauda equina list: BASS 2018 via Cornwall NHS (`bass-2018-cauda-equina`) [V2]
 */
export const RED_FLAG_CATEGORIES: readonly RedFlagCategoryDefinition[] = [
  {
    kind: 'RedFlagCategoryDefinition',
    id: 'cauda-equina',
    name: 'Cauda equina syndrome',
    outcome: 'emergency-same-day',
    action: 'Emergency: same day, A&E.',
    sources: [cite('bass-2018-cauda-equina', 'secondary'), PATHWAY],
  },
  {
    kind: 'RedFlagCategoryDefinition',
    id: 'cancer',
    name: 'Possible cancer',
    outcome: 'urgent',
    action: 'Urgent medical review.',
    sources: [PATHWAY],
  },
  {
    kind: 'RedFlagCategoryDefinition',
    id: 'infection',
    name: 'Possible infection',
    outcome: 'urgent',
    action: 'Urgent medical review.',
    sources: [PATHWAY],
  },
  {
    kind: 'RedFlagCategoryDefinition',
    id: 'fracture',
    name: 'Possible fracture',
    outcome: 'refer-routine',
    action: 'Medical review / imaging.',
    sources: [PATHWAY],
  },
  {
    kind: 'RedFlagCategoryDefinition',
    id: 'inflammatory-neurological',
    name: 'Inflammatory or neurological signs',
    outcome: 'refer-routine',
    action: 'Medical referral.',
    sources: [PATHWAY],
  },
];

function question(id: string, category: RedFlagCategory, text: string, flag: string): RedFlagQuestion {
  return { kind: 'RedFlagQuestion', id, category, question: text, flag };
}

/**
 * The screening questions, one per red flag in the source table.
 *
 * @see RED_FLAG_CATEGORIES for the sources
 */
export const RED_FLAG_QUESTIONS: readonly RedFlagQuestion[] = [
  question(
    'ces-bladder',
    'cauda-equina',
    'Since the pain started, have you had new trouble passing urine, leaking urine, or not feeling urine pass?',
    'New bladder dysfunction (retention, incontinence, poor stream sensation)',
  ),
  question('ces-bowel', 'cauda-equina', 'Have you had new loss of control of your bowels?', 'Bowel incontinence'),
  question(
    'ces-saddle-numbness',
    'cauda-equina',
    'Do you have numbness around your back passage, genitals or inner thighs (the "saddle" area)?',
    'Saddle or perineal numbness',
  ),
  question('ces-sexual', 'cauda-equina', 'Have you had new problems with sexual function?', 'Sexual dysfunction'),
  question(
    'ces-leg-weakness',
    'cauda-equina',
    'Are both legs weak, or is weakness in a leg getting worse?',
    'Bilateral or progressive leg weakness',
  ),
  question('ces-bilateral-sciatica', 'cauda-equina', 'Does pain run down the back of both legs?', 'Bilateral sciatica'),
  question(
    'cancer-age-over-50',
    'cancer',
    'Are you over 50 and is this pain new?',
    'Age over 50 with new pain (some guidelines use over 55)',
  ),
  question('cancer-age-under-20', 'cancer', 'Are you under 20?', 'Age under 20'),
  question('cancer-history', 'cancer', 'Have you ever had cancer?', 'Past history of cancer'),
  question('cancer-weight-loss', 'cancer', 'Have you lost weight without trying?', 'Unexplained weight loss'),
  question(
    'cancer-night-pain',
    'cancer',
    'Do you have pain at night that does not ease with rest or changing position?',
    'Non-mechanical night pain',
  ),
  question(
    'cancer-no-improvement',
    'cancer',
    'Has the pain not improved at all after about a month?',
    'No improvement after about 1 month',
  ),
  question(
    'cancer-multiple-sites',
    'cancer',
    'Do you have pain in several parts of the body?',
    'Pain at multiple sites',
  ),
  question(
    'cancer-deformity',
    'cancer',
    'Has the shape of your spine changed (a new curve or bump)?',
    'Structural deformity',
  ),
  question('infection-fever', 'infection', 'Have you had a fever or shivering attacks?', 'Fever or rigors'),
  question(
    'infection-immunosuppression',
    'infection',
    'Do you have a weakened immune system, or take medicines that suppress it?',
    'Immunosuppression',
  ),
  question('infection-iv-drugs', 'infection', 'Do you inject drugs?', 'Intravenous drug use'),
  question(
    'infection-recent-bacterial',
    'infection',
    'Have you recently had a bacterial infection?',
    'Recent bacterial infection',
  ),
  question('infection-wound', 'infection', 'Have you had a wound that went deep into the skin?', 'Penetrating wound'),
  question('fracture-major-trauma', 'fracture', 'Did the pain start after a major injury?', 'Major trauma'),
  question(
    'fracture-minor-trauma-risk',
    'fracture',
    'Did it start after a minor injury, and do you have osteoporosis or take steroid tablets?',
    'Minor trauma with osteoporosis or corticosteroid use',
  ),
  question(
    'fracture-sudden-central-pain',
    'fracture',
    'Did severe pain in the middle of your back start suddenly, and does lying down relieve it?',
    'Sudden severe central pain relieved by lying down',
  ),
  question('fracture-deformity', 'fracture', 'Is there a visible deformity where it hurts?', 'Deformity'),
  question(
    'inflammatory-axial-spa',
    'inflammatory-neurological',
    'Clinician: is axial spondyloarthritis suspected?',
    'Suspected axial spondyloarthritis',
  ),
  question(
    'neuro-deficit',
    'inflammatory-neurological',
    'Clinician: is there a widespread or progressive neurological deficit?',
    'Widespread or progressive neurological deficit',
  ),
  question(
    'neuro-gait',
    'inflammatory-neurological',
    'Has your walking changed: unsteady, dragging a foot, or tripping?',
    'Gait disturbance',
  ),
];

/**
 * The category definition of a red-flag category.
 *
 * @param category - the category
 * @returns its definition
 */
export function redFlagCategory(category: RedFlagCategory): RedFlagCategoryDefinition {
  const found = RED_FLAG_CATEGORIES.find((definition) => definition.id === category);
  if (found === undefined) throw new Error(`no red-flag category ${category}`);
  return found;
}

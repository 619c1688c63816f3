import type { EvidenceLevel } from '../evidence/evidence-level.js';
import { findEvidenceSource } from '../evidence/evidence-library.js';
import { shortCitation } from '../evidence/evidence-source.js';
import { lowQualityConventionLabel } from '../evidence/low-quality-source.js';
import { LLD_RCT_INCLUSION_MM, LLD_USUAL_SIGNIFICANCE_MM } from '../exam/leg-length-difference.js';
import type { AssessmentMeasurement } from './assessment-measurements.js';
import type { PostureLabel } from './foot-type.js';

/** What the foot-type classification said of one measure, as the plain words need it. */
export interface PlainFootTypeCall {
  readonly label: PostureLabel | null;
  /** The measure's own band name, or null when it has no sourced cut-offs. */
  readonly band: string | null;
  /** Library ids of the sources behind the classification. */
  readonly sourceIds: readonly string[];
}

/** One measurement told to a patient: what it is, the value with its unit, what it means, and how sure that is. */
export interface PlainMeasurement {
  readonly id: string;
  readonly side: 'left' | 'right' | null;
  /** The clinical name, e.g. `Navicular drop`. */
  readonly name: string;
  /** What it is, in plain words. */
  readonly what: string;
  /** The value with its unit, e.g. `7 mm`; `not available` when there is none. */
  readonly value: string;
  /** What it means for this person. */
  readonly meaning: string;
  /** `measured on you` (exam, scan, pressure, motion) or `from your answers` (questionnaires). */
  readonly basis: string;
  /** The kind of evidence behind the meaning, with its sources; null when the meaning uses no cut-off. */
  readonly evidence: string | null;
  /** The low-quality label when every source behind the meaning is an encyclopedia, a blog or flashcards. */
  readonly lowQuality: string | null;
}

/** What each measurement is, in plain words (definitions only: no clinical numbers here). */
const WHAT: Readonly<Record<string, string>> = {
  fpi6: 'A score from six things the clinician looks at and feels while you stand: below zero leans toward a high, rolled-out foot, above zero toward a flat, rolled-in foot.',
  navicularDrop:
    'How far the bony bump on the inside of your foot (the navicular) moves down when you go from a set position to standing relaxed: a bigger drop means the arch flattens more under your weight.',
  rcsp: 'The angle of your heel bone seen from behind while you stand relaxed: leaning out (minus) or in (plus).',
  forefootToRearfoot: 'How the front of your foot sits against the heel when the heel is held straight.',
  ankleDorsiflexion:
    'How far your shin can lean forward over your foot in a lunge against a wall (the angle of the shin).',
  ankleDorsiflexionToeToWall: 'The same lunge, measured as the distance from your big toe to the wall.',
  footLength: 'The length of your foot from the back of the heel to the longest toe, from the 3D scan.',
  ballWidth: 'The width of your foot across the ball (the joints behind the toes), from the 3D scan.',
  heelWidth: 'The width of your heel, from the 3D scan.',
  archHeight: 'The height of the top of your foot halfway along it, from the 3D scan.',
  truncatedLength: 'Your foot length from the heel to the ball of the foot, from the 3D scan.',
  archHeightIndex:
    'The height of the top of the foot divided by the heel-to-ball length: a way to compare arch height between feet of different sizes.',
  peakPressure: 'The highest pressure under your foot while walking, measured by a sensor insole in the shoe.',
  contactTime: 'How long each foot stays on the ground in a step.',
  archIndex:
    'How much of your footprint the middle of the foot takes up, from a pressure plate: a larger share means a flatter footprint.',
  cadence: 'How many steps you take per minute when walking.',
  walkingSpeed: 'How fast you walked during the recording.',
  strideLength: 'The distance from one heel strike to the next strike of the same heel.',
  stepWidth: 'How far apart your feet land sideways.',
  legLengthDifference:
    'How much shorter one leg is than the other, measured with blocks under the short leg until the pelvis is level.',
  stanceFootProgression: 'Whether your foot points in or out while it is on the ground, from the motion recording.',
  stanceInversion:
    'How much your foot tilts in or out against your shin while it is on the ground, from the motion recording.',
  stanceKneeAdduction:
    'How much your knee angles in or out while the foot is on the ground, from the motion recording.',
  stancePelvisObliquity:
    'How much your pelvis tilts sideways while the foot is on the ground, from the motion recording.',
};

const POSTURE_WORDS: Readonly<Record<PostureLabel, string>> = {
  pronated: 'a foot that rolls in (a flatter arch)',
  normal: 'the usual range',
  supinated: 'a foot that rolls out (a higher arch)',
};

/** What the scan measures are for. */
const SCAN_USE = 'Used to shape and size your insoles; there is no healthy or unhealthy value for it.';
/** What the motion and pressure figures are for (the reference gives no threshold for them). */
const RECORDED_ONLY =
  'Recorded so later visits can be compared with today; there is no agreed cut-off to judge it by, so it does not change your insoles.';

/** A short name for a kind of evidence, for a patient. */
const LEVEL_WORDS: Readonly<Record<EvidenceLevel, string>> = {
  guideline: 'clinical guideline',
  'systematic-review': 'review of many studies',
  'randomised-trial': 'randomised trial',
  'pilot-randomised-trial': 'small pilot trial',
  observational: 'observational study',
  'narrative-review': 'expert review',
  laboratory: 'laboratory study',
  'measurement-study': 'measurement study',
  'secondary-summary': 'website or summary',
  'practice-convention': 'practice convention',
};

/**
 * The sources behind a meaning with their kind of evidence, e.g. `Buldt et al. 2018, measurement study`.
 *
 * @param sourceIds - library ids
 * @returns the sources with their kind of evidence, or null when none is known
 */
export function evidenceWords(sourceIds: readonly string[]): string | null {
  const parts = [...new Set(sourceIds)].flatMap((id) => {
    const source = findEvidenceSource(id);
    return source === undefined ? [] : [`${shortCitation(source)}, ${LEVEL_WORDS[source.level]}`];
  });
  return parts.length === 0 ? null : parts.join('; ');
}

const valueWords = (m: AssessmentMeasurement): string => {
  if (m.value === null) return 'not available';
  if (m.unit === null || m.unit === 'ratio') return String(m.value);
  if (m.unit === 'deg') return `${m.value}°`;
  return `${m.value} ${m.unit}`;
};

/**
 * Tells one measurement in plain words: what it is, its value and unit, what it means for this person (from the
 * sourced cut-offs of the foot-type classification and the leg-length thresholds, nothing else), whether it was
 * measured or scored, and the kind of evidence behind the meaning.
 *
 * @param m - the measurement
 * @param call - the foot-type classification of this measure and side, or null when it is not a foot-type measure
 * @param legLengthDifferenceMm - the measured leg-length difference, for its thresholds, or null
 * @returns the plain measurement
 */
export function plainMeasurement(
  m: AssessmentMeasurement,
  call: PlainFootTypeCall | null,
  legLengthDifferenceMm: number | null = null,
): PlainMeasurement {
  const base = {
    id: m.id,
    side: m.side,
    name: m.label,
    what: WHAT[m.id] ?? (m.source === 'questionnaire' ? 'A score from your answers to a questionnaire.' : m.label),
    value: valueWords(m),
    basis: m.basis === 'scored' ? 'from your answers' : 'measured on you',
  };
  if (m.value === null) {
    return { ...base, meaning: 'Not measured this time.', evidence: null, lowQuality: null };
  }
  if (m.id === 'legLengthDifference' && typeof m.value === 'number') {
    const d = legLengthDifferenceMm ?? m.value;
    const trial = `${LLD_RCT_INCLUSION_MM.value} mm`;
    const usual = `${LLD_USUAL_SIGNIFICANCE_MM.approximate ? 'about ' : ''}${LLD_USUAL_SIGNIFICANCE_MM.value} mm`;
    const meaning =
      d >= LLD_USUAL_SIGNIFICANCE_MM.value
        ? `At or above ${usual}, the size from which a difference is usually taken to matter.`
        : d >= LLD_RCT_INCLUSION_MM.value
          ? `At or above ${trial}: the trial of insoles that correct the difference, for back pain, included people from ${trial}. Differences under ${usual} are usually not significant on their own.`
          : `Under ${trial}, the smallest difference included in the trial of insoles that correct it; differences under ${usual} are usually not significant.`;
    const ids = [...LLD_RCT_INCLUSION_MM.sources, ...LLD_USUAL_SIGNIFICANCE_MM.sources].map((s) => s.source);
    return { ...base, meaning, evidence: evidenceWords(ids), lowQuality: lowQualityConventionLabel(ids) };
  }
  if (call !== null) {
    if (call.label === null || call.band === null) {
      return {
        ...base,
        meaning:
          call.band === null
            ? 'No published cut-off was found for this number, so it is not used to label your foot.'
            : `Between the published groups ("${call.band}"), so it is not used to label your foot.`,
        evidence: null,
        lowQuality: null,
      };
    }
    return {
      ...base,
      meaning: `By this measure alone: ${POSTURE_WORDS[call.label]} (the cut-offs call it "${call.band}").`,
      evidence: evidenceWords(call.sourceIds),
      lowQuality: lowQualityConventionLabel(call.sourceIds),
    };
  }
  if (m.source === 'scan') return { ...base, meaning: SCAN_USE, evidence: null, lowQuality: null };
  if (m.source === 'pressure' || m.source === 'motion')
    return { ...base, meaning: RECORDED_ONLY, evidence: null, lowQuality: null };
  if (m.id === 'forefootToRearfoot')
    return {
      ...base,
      meaning: 'Used to decide whether the front of the insole is angled.',
      evidence: null,
      lowQuality: null,
    };
  return {
    ...base,
    meaning: 'Recorded for your clinician; it is not used to label your foot.',
    evidence: null,
    lowQuality: null,
  };
}

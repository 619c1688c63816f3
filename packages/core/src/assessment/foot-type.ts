import { cite, type SourceRef } from '../evidence/source-ref.js';
import { claim, type SourcedClaim } from '../evidence/sourced-claim.js';
import type { FootExam } from '../exam/clinical-exam.js';
import type { BodySide } from '../intake/body-side.js';
import type { PressureCapture, ScanCapture } from './case-captures.js';

/** A common posture label, so measures can be compared; each measure keeps its own band too. */
export type PostureLabel = 'pronated' | 'normal' | 'supinated';

/** The measures groundup classifies foot type by, each on its own. */
export type FootTypeMeasure = 'fpi6' | 'navicularDrop' | 'rcsp' | 'archHeightIndex' | 'archIndex';

/** Foot type by one measure. */
export interface FootTypeCall {
  readonly measure: FootTypeMeasure;
  /** The value, or null when the measure was not available. */
  readonly value: number | null;
  readonly unit: 'points' | 'mm' | 'deg' | 'ratio';
  /** The common label, or null when the measure has no sourced cut-offs or no value. */
  readonly label: PostureLabel | null;
  /** The measure's own band name, e.g. `pronated` (FPI-6 manual) or `in the pronator range`. */
  readonly band: string | null;
  readonly method: string;
  readonly note: string;
  readonly sources: readonly SourceRef[];
}

/** How far the measures of one foot agree. */
export type FootTypeAgreement = 'agree' | 'disagree' | 'single-measure' | 'no-measure';

/** Foot type of one side. */
export interface SideFootType {
  readonly side: BodySide;
  readonly measures: readonly FootTypeCall[];
  readonly agreement: FootTypeAgreement;
  /** The labels found, e.g. `{ pronated: ['fpi6','navicularDrop'], normal: ['rcsp'] }`. */
  readonly labels: Readonly<Partial<Record<PostureLabel, readonly FootTypeMeasure[]>>>;
  /** The label when the measures agree (or only one classifies); null when they disagree. Never forced. */
  readonly consensus: PostureLabel | null;
  readonly note: SourcedClaim;
}

/** Measures are not interchangeable (Fleiss κ = 0.58): report disagreement, never force one label. */
export const FOOT_TYPE_AGREEMENT_CLAIM: SourcedClaim = claim(
  'foot-type-measures-disagree',
  'FPI-6, resting calcaneal stance position, arch angle and navicular drop agree only moderately (Fleiss κ = 0.58); ' +
    'each measure is shown on its own and disagreement is reported, not resolved.',
  cite('langley-2016', 'primary'),
);

function fromFpi(exam: FootExam | null): FootTypeCall {
  const fpi = exam?.fpi6 ?? null;
  const label: PostureLabel | null =
    fpi === null
      ? null
      : fpi.band.id === 'pronated' || fpi.band.id === 'highly-pronated'
        ? 'pronated'
        : fpi.band.id === 'normal'
          ? 'normal'
          : 'supinated';
  return {
    measure: 'fpi6',
    value: fpi?.total ?? null,
    unit: 'points',
    label,
    band: fpi === null ? null : `${fpi.band.label} (manual); ${fpi.researchClass.label} (Buldt 2018)`,
    method: 'Foot Posture Index, six items, static standing (exam) — the recommended primary static classifier',
    note: 'Raw totals are ordinal; explains 41 % of midstance variance in gait (Redmond 2006).',
    sources: [cite('fpi6-manual', 'secondary', 'bands'), cite('buldt-2018', 'primary', 'research classes')],
  };
}

function fromNavicularDrop(exam: FootExam | null): FootTypeCall {
  const nd = exam?.navicularDrop ?? null;
  const label: PostureLabel | null =
    nd === null ? null : nd.band.id === 'pronated' ? 'pronated' : nd.band.id === 'normal' ? 'normal' : 'supinated';
  return {
    measure: 'navicularDrop',
    value: nd?.navicularDropMm ?? null,
    unit: 'mm',
    label,
    band: nd === null ? null : nd.band.label,
    method: 'navicular drop, subtalar neutral to relaxed standing (exam)',
    note: 'Fair test-retest classification (Kw = 0.40): not a primary classifier.',
    sources: [cite('physiopedia-navicular-drop', 'secondary', 'bands'), cite('langley-2016', 'primary', 'reliability')],
  };
}

function fromRcsp(exam: FootExam | null): FootTypeCall {
  const rcsp = exam?.rcsp ?? null;
  const label: PostureLabel | null =
    rcsp === null
      ? null
      : rcsp.group.id === 'pronator-range'
        ? 'pronated'
        : rcsp.group.id === 'supinator-range'
          ? 'supinated'
          : null;
  return {
    measure: 'rcsp',
    value: rcsp?.rcspDeg ?? null,
    unit: 'deg',
    label,
    band: rcsp === null ? null : rcsp.group.label,
    method: 'resting calcaneal stance position, goniometer (exam); + inverted, − everted',
    note: 'Between −2° and +3° the source defines no group, so no label is given there.',
    sources: [cite('jfar-2014-a55', 'primary')],
  };
}

function fromScan(scan: ScanCapture | null): FootTypeCall {
  const ahi = scan?.measurements.archHeightIndex ?? null;
  return {
    measure: 'archHeightIndex',
    value: ahi === null || ahi.value === null ? null : Math.round(ahi.value * 1000) / 1000,
    unit: 'ratio',
    label: null,
    band: null,
    method:
      ahi === null
        ? 'arch height index from a 3D scan (no scan)'
        : `arch height index from the 3D scan (${ahi.method}; ± ${Math.round(ahi.accuracy * 1000) / 1000})`,
    note:
      'Not classified: normative AHI values (Butler 2008) were not retrieved; about 0.34 standing is often quoted [U], ' +
      'which is not a cut-off.',
    sources: [
      cite('williams-mcclay-2000', 'secondary', 'definition'),
      cite('butler-2008', 'unverified', 'norms not retrieved'),
    ],
  };
}

function fromPressure(pressure: PressureCapture | null, side: BodySide): FootTypeCall {
  const base = {
    measure: 'archIndex' as const,
    unit: 'ratio' as const,
    method: 'arch index (Cavanagh & Rodgers) from a pressure-plate footprint',
    sources: [cite('murley-2009', 'primary', 'definition'), cite('buldt-2018', 'primary', 'bands')],
  };
  const empty = (note: string): FootTypeCall => ({ ...base, value: null, label: null, band: null, note });
  if (pressure === null) return empty('No pressure recording.');
  if (pressure.recordingKind === 'insole' || pressure.archIndex === null) {
    return empty(
      'Not computed: the arch index is defined on a footprint; an in-shoe insole senses the whole insole area.',
    );
  }
  if (pressure.plateSide !== side) {
    return empty(
      pressure.plateSide === null
        ? 'The plate recording does not say which foot it is (captures.pressure.side), so it is not assigned.'
        : `The plate recording is of the ${pressure.plateSide} foot.`,
    );
  }
  const ai = pressure.archIndex;
  const id = ai.band?.id ?? null;
  return {
    ...base,
    method: ai.method,
    value: ai.archIndex,
    label: id === null ? null : id === 'flat' ? 'pronated' : id === 'high' ? 'supinated' : 'normal',
    band: ai.band === null ? null : `${ai.band.label}, Buldt 2018`,
    note: ai.note,
  };
}

/**
 * Foot type of one side from each measure separately, and how far they agree.
 *
 * @param side - the foot
 * @param exam - its exam findings, or null
 * @param scan - its scan, or null
 * @param pressure - the pressure recording, or null
 * @returns the per-measure calls, the agreement, and a consensus only when the classifying measures agree
 */
export function classifyFootType(
  side: BodySide,
  exam: FootExam | null,
  scan: ScanCapture | null,
  pressure: PressureCapture | null,
): SideFootType {
  const measures = [
    fromFpi(exam),
    fromNavicularDrop(exam),
    fromRcsp(exam),
    fromScan(scan),
    fromPressure(pressure, side),
  ];
  const labels: Partial<Record<PostureLabel, FootTypeMeasure[]>> = {};
  for (const call of measures) {
    if (call.label !== null) (labels[call.label] ??= []).push(call.measure);
  }
  const distinct = Object.keys(labels) as PostureLabel[];
  const classified = measures.filter((m) => m.label !== null).length;
  const agreement: FootTypeAgreement =
    classified === 0
      ? 'no-measure'
      : classified === 1
        ? 'single-measure'
        : distinct.length === 1
          ? 'agree'
          : 'disagree';
  return {
    side,
    measures,
    agreement,
    labels,
    consensus: distinct.length === 1 ? (distinct[0] ?? null) : null,
    note: FOOT_TYPE_AGREEMENT_CLAIM,
  };
}

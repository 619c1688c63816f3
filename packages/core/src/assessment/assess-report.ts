import type { ChainEstimate } from '../chain/estimate-chain.js';
import type { ChainLink } from '../chain/chain-link.js';
import { whatIfDevice } from '../chain/what-if-device.js';
import { findEvidenceSource } from '../evidence/evidence-library.js';
import { verificationTag } from '../evidence/evidence-level.js';
import { formatCitation, shortCitation } from '../evidence/evidence-source.js';
import type { SourceRef } from '../evidence/source-ref.js';
import type { SourcedClaim } from '../evidence/sourced-claim.js';
import type { Issue } from '../issue.js';
import type { PrescribeResult } from '../prescription/prescribe.js';
import { PRESCRIPTION_RULES } from '../prescription/prescription-rules.js';
import type { Assessment } from './assess.js';

/** A citation as printed: library id, short and full form, and the verification tag of this use. */
export interface CitationJson {
  readonly id: string;
  readonly short: string;
  readonly citation: string;
  readonly tag: '[V]' | '[V2]' | '[U]';
  readonly detail: string | null;
}

/**
 * A source reference as printed.
 *
 * @param ref - the reference
 * @returns the citation with its tag
 */
export function citation(ref: SourceRef): CitationJson {
  const source = findEvidenceSource(ref.source);
  return {
    id: ref.source,
    short: source === undefined ? ref.source : shortCitation(source),
    citation: source === undefined ? ref.source : formatCitation(source),
    tag: verificationTag(ref.verification),
    detail: ref.detail,
  };
}

const chainLinkJson = (e: ChainEstimate) => ({
  id: e.linkId,
  from: e.from,
  to: e.to,
  quantity: e.quantity,
  input: e.input,
  estimate: e.estimate,
  range: e.range,
  unit: e.unit,
  status: e.status,
  basis: e.basis,
  note: e.note,
  source: e.sources.map(citation),
});

const unsupportedJson = (link: ChainLink) => ({
  id: link.id,
  from: `${link.from.segment} ${link.from.quantity}`,
  to: `${link.to.segment} ${link.to.quantity}`,
  status: link.status,
  estimate: null,
  range: null,
  note: `${link.rangeNote}. ${link.note}`,
  source: link.sources.map(citation),
});

const claimJson = (c: SourcedClaim) => ({ id: c.id, text: c.text, citations: c.sources.map(citation) });

/**
 * The plain-data report of an assessment and its prescription (JSON-ready): the document of
 * `groundup assess --json`, read by its text and PDF output. Pure, beside `pressureReport`.
 *
 * @param file - the case file as given
 * @param assessment - the assessment
 * @param result - the engine's result
 * @param warnings - warnings from reading the case and its files
 * @returns the report
 */
export function assessReport(
  file: string,
  assessment: Assessment,
  result: PrescribeResult,
  warnings: readonly Issue[],
) {
  const screen = assessment.redFlags;
  // One entry per statement or claim, with the problems it speaks to (two feet can share one statement).
  const evidenceById = new Map<string, Record<string, unknown> & { problems: string[] }>();
  for (const problem of assessment.problems) {
    const entries = [
      ...problem.evidence.map((s) => ({
        id: s.id,
        topic: s.topic,
        intervention: s.intervention,
        conclusion: s.conclusion,
        level: s.level,
        text: s.patientText,
        clinicianText: s.clinicianText,
        citations: s.sources.map(citation),
      })),
      ...problem.claims.map(claimJson),
    ];
    for (const entry of entries) {
      const known = evidenceById.get(entry.id);
      if (known === undefined) evidenceById.set(entry.id, { ...entry, problems: [problem.id] });
      else known.problems.push(problem.id);
    }
  }
  const evidence = [...evidenceById.values()] as ({
    id: string;
    text: string;
    citations: CitationJson[];
    problems: string[];
  } & Record<string, unknown>)[];
  const sideType = (side: 'left' | 'right') => {
    const t = assessment.footType[side];
    return {
      measures: Object.fromEntries(
        t.measures.map((m) => [
          m.measure,
          {
            value: m.value,
            unit: m.unit,
            label: m.label,
            band: m.band,
            method: m.method,
            note: m.note,
            citations: m.sources.map(citation),
          },
        ]),
      ),
      agreement: t.agreement,
      labels: t.labels,
      consensus: t.consensus,
      note: claimJson(t.note),
    };
  };
  const prescription = result.kind === 'prescribed' ? result.prescription : null;
  const device =
    result.kind === 'prescribed' ? result.prescription : result.kind === 'incomplete' ? result.draft : null;
  const eversion = (side: 'left' | 'right'): number | null => {
    const rcsp = assessment.case.exam[side]?.rcsp ?? null;
    return rcsp === null || rcsp.rcspDeg > 0 ? null : -rcsp.rcspDeg;
  };
  const chainInput = {
    rearfootEversionDeg: {
      left: eversion('left'),
      right: eversion('right'),
    },
    eversionMethod: 'RCSP',
    legLength:
      assessment.legLength === null
        ? null
        : {
            differenceMm: assessment.legLength.difference.differenceMm,
            shortSide: assessment.legLength.difference.shortSide,
          },
  };
  const whatIf =
    device === null
      ? []
      : (['left', 'right'] as const).flatMap((side) => {
          const s = device.sides[side];
          if (s === undefined) return [];
          const w = whatIfDevice(
            {
              side,
              rearfootPostDeg: s.rearfootPostDeg.value,
              heelLiftMm: s.heelLiftMm.value + (s.shoeBuildUpMm?.value ?? 0),
            },
            chainInput,
          );
          return [
            {
              side,
              device: w.device,
              changes: w.changes.map(chainLinkJson),
              residualLegLengthDifferenceMm: w.residualLegLengthDifferenceMm,
              notEstimated: w.notEstimated,
            },
          ];
        });
  const usedRuleIds = new Set<string>();
  if (device !== null) {
    for (const side of Object.values(device.sides)) {
      for (const field of Object.values(side) as { ruleId?: string }[])
        if (field.ruleId !== undefined) usedRuleIds.add(field.ruleId);
    }
  }
  if ('trace' in result) for (const t of result.trace) for (const id of t.matched) usedRuleIds.add(id);
  const rules = PRESCRIPTION_RULES.filter((rule) => usedRuleIds.has(rule.id)).map((rule) => ({
    id: rule.id,
    title: rule.title,
    priority: rule.priority,
    group: rule.group,
    rationale: rule.rationale,
    level: rule.level,
    tag: rule.tag,
    citations: rule.sources.map(citation),
  }));
  return {
    file,
    caseRef: assessment.caseRef,
    assessedOn: assessment.assessedOn,
    status: result.kind,
    patient: {
      ageYears: assessment.case.intake.profile.ageYears,
      sex: assessment.case.intake.profile.sex,
      heightCm: assessment.case.intake.profile.heightCm,
      weightKg: assessment.case.intake.profile.weightKg,
      occupation: assessment.case.intake.profile.occupation,
      activityLevel: assessment.case.intake.profile.activityLevel,
      activities: assessment.case.intake.profile.activities,
      complaint: {
        text: assessment.case.intake.chiefComplaint.text,
        region: assessment.case.intake.chiefComplaint.region,
        side: assessment.case.intake.chiefComplaint.side,
        durationWeeks: assessment.case.intake.chiefComplaint.durationWeeks,
      },
      diagnoses: assessment.case.diagnoses,
    },
    redFlags: {
      outcome: screen?.outcome ?? 'not-screened',
      complete: screen?.complete ?? false,
      findings:
        screen?.findings.map((f) => ({ flag: f.flag, category: f.category, outcome: f.outcome, action: f.action })) ??
        [],
      clinicianMessage: screen?.clinicianMessage ?? 'No red-flag screen.',
      patientMessage: screen?.patientMessage ?? '',
      citations: screen?.sources.map(citation) ?? [],
    },
    referral: result.kind === 'referred' ? { outcome: result.outcome, reasons: result.reasons } : null,
    notCleared: result.kind === 'not-cleared' ? { reasons: result.reasons } : null,
    measurements: assessment.measurements,
    footType: { left: sideType('left'), right: sideType('right') },
    legLength:
      assessment.legLength === null
        ? null
        : {
            differenceMm: assessment.legLength.difference.differenceMm,
            shortSide: assessment.legLength.difference.shortSide,
            method: assessment.legLength.difference.method,
            type: assessment.legLength.difference.type,
            reachesRctInclusion: assessment.legLength.reachesRctInclusion,
            reachesUsualSignificance: assessment.legLength.reachesUsualSignificance,
          },
    chain: {
      left: {
        links: assessment.chain.left.links.map(chainLinkJson),
        note: assessment.chain.left.note,
        measuredStanceInversion: stanceInversionJson(assessment, 'left'),
      },
      right: {
        links: assessment.chain.right.links.map(chainLinkJson),
        note: assessment.chain.right.note,
        measuredStanceInversion: stanceInversionJson(assessment, 'right'),
      },
      pelvis: { links: assessment.chain.pelvis.map(chainLinkJson) },
      unsupported: assessment.chain.unsupported.map(unsupportedJson),
      caveat: assessment.chain.caveat,
    },
    whatIf,
    problems: assessment.problems.map((p) => ({ id: p.id, label: p.label, side: p.side, foundBy: p.foundBy })),
    evidence,
    prescription,
    draftPrescription: result.kind === 'incomplete' ? result.draft : null,
    pending: result.kind === 'incomplete' ? result.pending : [],
    conflicts: 'conflicts' in result ? result.conflicts : [],
    rulesMatched: !('trace' in result) ? [] : result.trace.map((t) => ({ side: t.side, rules: t.matched })),
    rules,
    warnings: warnings.map((w) => ({ code: w.code, path: w.path, message: w.message })),
  };
}

/**
 * The inversion measured over stance (motion with a static trial), shown beside the chain's eversion coupling.
 * The chain starts from static RCSP; the coupling it uses (biomech reference §2.1) was measured as dynamic
 * calcaneal eversion, so the dynamic figure is shown, labelled, and not used by the estimate.
 */
function stanceInversionJson(assessment: Assessment, side: 'left' | 'right') {
  const figure = assessment.captures.motion?.stance?.sides[side].inversion;
  if (figure === undefined || !Number.isFinite(figure.meanDeg)) return null;
  const round1 = (v: number): number => Math.round(v * 10) / 10 + 0;
  return {
    meanDeg: round1(figure.meanDeg),
    minDeg: round1(figure.minDeg),
    maxDeg: round1(figure.maxDeg),
    source: figure.source,
    label: `measured over stance (motion, ${figure.source === 'rearfoot' ? 'rearfoot' : 'whole foot'} vs shank, + inversion); not used by the estimate, which starts from static RCSP`,
  };
}

/** The report's type. */
export type AssessReport = ReturnType<typeof assessReport>;

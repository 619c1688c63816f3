import {
  EVIDENCE_STATEMENTS,
  HEEL_LIFT_IN_SHOE_LIMIT_MM,
  chainBodyFigure,
  evidenceLevelLabel,
  isEvidenceId,
  lowQualityConventionLabel,
  plainMeasurement,
  whatIfChangeWords,
  type ChainFigureInput,
  type EvidenceLevel,
  type FootTypeMeasure,
  type PlainMeasurement,
} from '@groundup/core';
import type { AssessReport } from '@groundup/core';
import { drawChainBodyFigure } from './chain-figure-pdf.js';
import type { ReportProvider } from './lab-form-pdf.js';
import { PAGE, heading, openPdf, paragraph, pdfText, type Doc } from './pdf-text.js';

type Side = 'left' | 'right';

const FOOT_TYPE_MEASURES: readonly string[] = ['fpi6', 'navicularDrop', 'rcsp', 'archHeightIndex', 'archIndex'];

/**
 * Whether back pain is what the person came with (the complaint, a diagnosis or a problem found).
 *
 * @param report - the assess report
 * @returns true for a low-back complaint
 */
export function backPainIsTheComplaint(report: AssessReport): boolean {
  return (
    report.patient.complaint.region === 'lower-back' ||
    report.patient.diagnoses.includes('low-back-pain') ||
    report.problems.some((p) => /back/i.test(p.label))
  );
}

/** NICE NG59's advice in the library's patient words (the statement on orthoses for low back pain). */
function backPainStatement(): string {
  const statement = EVIDENCE_STATEMENTS.find((s) => s.id === 'orthoses-for-low-back-pain');
  return statement?.patientText ?? 'NICE guideline NG59 advises against foot orthoses for low back pain.';
}

/**
 * The chain figure's input from the report: measured heel angles, the leg-length difference, every estimate.
 *
 * @param report - the assess report
 * @returns the figure input
 */
export function chainFigureInputOf(report: AssessReport): ChainFigureInput {
  const rcsp = (side: Side): number | null => {
    const m = report.measurements.find((x) => x.id === 'rcsp' && x.side === side);
    return typeof m?.value === 'number' ? m.value : null;
  };
  return {
    rcspDeg: { left: rcsp('left'), right: rcsp('right') },
    legLength: report.legLength,
    estimates: [...report.chain.left.links, ...report.chain.right.links, ...report.chain.pelvis.links].map((l) => ({
      linkId: l.id,
      from: l.from,
      to: l.to,
      estimate: l.estimate,
      range: l.range,
      unit: l.unit,
      status: l.status,
    })),
  };
}

/**
 * Every non-questionnaire measurement in plain words, grouped by measurement (left, then right).
 *
 * @param report - the assess report
 * @returns groups of one measurement id
 */
export function plainMeasurements(report: AssessReport): PlainMeasurement[][] {
  const groups = new Map<string, PlainMeasurement[]>();
  for (const m of report.measurements) {
    if (m.source === 'questionnaire') continue;
    const side = m.side;
    const call =
      side !== null && FOOT_TYPE_MEASURES.includes(m.id)
        ? report.footType[side].measures[m.id as FootTypeMeasure]
        : undefined;
    const plain = plainMeasurement(
      m,
      call === undefined ? null : { label: call.label, band: call.band, sourceIds: call.citations.map((c) => c.id) },
      report.legLength?.differenceMm ?? null,
    );
    const group = groups.get(m.id);
    if (group === undefined) groups.set(m.id, [plain]);
    else group.push(plain);
  }
  return [...groups.values()];
}

function measurementBlock(doc: Doc, group: readonly PlainMeasurement[]): void {
  const first = group[0];
  if (first === undefined) return;
  if (doc.y > PAGE.bottom - 70) doc.addPage();
  const values = group
    .map((p) => `${p.side === null ? '' : `${p.side === 'left' ? 'left' : 'right'} `}${p.value}`)
    .join(', ');
  doc
    .font('Helvetica-Bold')
    .fontSize(9.5)
    .text(pdfText(`${first.name}: ${values}`), PAGE.left, doc.y, {
      width: PAGE.width,
      continued: true,
    });
  doc
    .font('Helvetica')
    .fillColor('#1864ab')
    .text(pdfText(`  (${first.basis})`))
    .fillColor('#000');
  doc.fontSize(8.5);
  paragraph(doc, `What it is: ${first.what}`);
  const meanings = [...new Set(group.map((p) => p.meaning))];
  for (const meaning of meanings) {
    const sides = group.filter((p) => p.meaning === meaning && p.side !== null).map((p) => p.side);
    const who = meanings.length > 1 && sides.length > 0 ? ` (${sides.join(' and ')})` : '';
    paragraph(doc, `What it means for you${who}: ${meaning}`);
  }
  const evidence = [...new Set(group.flatMap((p) => (p.evidence === null ? [] : [p.evidence])))];
  const weak = [...new Set(group.flatMap((p) => (p.lowQuality === null ? [] : [p.lowQuality])))];
  doc.fillColor('#495057');
  for (const e of evidence) paragraph(doc, `Evidence: ${e}`);
  doc.fillColor('#c92a2a');
  for (const w of weak) paragraph(doc, `Note: a ${w}.`);
  doc.fillColor('#000').fontSize(9.5).moveDown(0.45);
}

const deviceWords = (report: AssessReport): string[] => {
  const rx = report.prescription;
  if (rx === null) return [];
  const out: string[] = [];
  const limitLabel = lowQualityConventionLabel(HEEL_LIFT_IN_SHOE_LIMIT_MM.sources);
  for (const side of ['left', 'right'] as Side[]) {
    const s = rx.sides[side];
    if (s === undefined) continue;
    const parts = [
      `a ${s.shellMaterial.value} shell ${s.shellThicknessMm.value} mm thick with a ${s.heelCupDepthMm.value} mm heel cup`,
    ];
    if (s.rearfootPostDeg.value > 0)
      parts.push(`a ${s.rearfootPostDeg.value}° wedge under the inner heel to limit rolling in`);
    if (s.medialHeelSkiveMm.value > 0) parts.push('extra support shaped into the inner side of the heel cup');
    if (s.lateralHeelSkiveMm.value > 0)
      parts.push('support shaped into the outer side of the heel cup to limit rolling out');
    if (s.heelLiftMm.value > 0)
      parts.push(`a ${s.heelLiftMm.value} mm heel lift to make up part of the leg-length difference`);
    if ((s.shoeBuildUpMm?.value ?? 0) > 0)
      parts.push(
        `and ${s.shoeBuildUpMm?.value ?? 0} mm added to the outside of the shoe sole, because more does not fit inside the shoe (that limit is a ${limitLabel ?? 'practice convention'})`,
      );
    if (s.metatarsalPad.value !== null)
      parts.push('a small pad behind the ball of the foot to take pressure off the painful joint');
    out.push(`${side === 'left' ? 'Left' : 'Right'} foot: ${parts.join('; ')}.`);
  }
  return out;
};

const POSTURE: Readonly<Record<string, string>> = {
  pronated: 'a foot that rolls in (a flatter arch)',
  normal: 'in the usual range',
  supinated: 'a foot that rolls out (a higher arch)',
};

/**
 * The few lines a patient should take away: each foot's type as the measures say it, the leg-length difference,
 * and what the insoles are.
 *
 * @param report - the assess report
 * @returns the lines
 */
export function inShort(report: AssessReport): string[] {
  const out: string[] = [];
  for (const side of ['left', 'right'] as Side[]) {
    const t = report.footType[side];
    const name = side === 'left' ? 'Your left foot' : 'Your right foot';
    if (t.agreement === 'agree' && t.consensus !== null)
      out.push(`${name}: the measures agree on ${POSTURE[t.consensus] ?? t.consensus}.`);
    else if (t.agreement === 'disagree')
      out.push(
        `${name}: the measures do not agree with each other, which is common; each one is shown below rather than one label.`,
      );
    else if (t.agreement === 'single-measure' && t.consensus !== null)
      out.push(`${name}: one measure classifies it, as ${POSTURE[t.consensus] ?? t.consensus}.`);
    else out.push(`${name}: no measure could classify it.`);
  }
  const lld = report.legLength;
  if (lld !== null && lld.shortSide !== null && lld.differenceMm > 0)
    out.push(`Your ${lld.shortSide} leg is ${lld.differenceMm} mm shorter than the other (measured with blocks).`);
  if (report.prescription !== null)
    out.push('Your insoles are described under "What the insoles do"; the numbers behind them follow.');
  else out.push('Your insole prescription is not finished yet; your clinician will complete it.');
  return out;
}

function titleBlock(doc: Doc, report: AssessReport, provider: ReportProvider): void {
  doc.font('Helvetica-Bold').fontSize(18).fillColor('#1b3a57').text('Your foot assessment', PAGE.left, PAGE.left);
  doc.font('Helvetica').fontSize(9.5).fillColor('#000');
  const by = [provider.clinician, provider.clinic].filter((x): x is string => x !== null).join(', ');
  paragraph(doc, `Assessed on ${report.assessedOn}${by === '' ? '' : ` by ${by}`}.`);
  paragraph(
    doc,
    'This report explains what we measured, what each number means for you, and how sure we are. "Measured on you" means we measured it; "estimated" means it is worked out from studies of other people.',
  );
}

/**
 * Writes the plain-language patient report: each measurement with what it is, its value and unit, what it means
 * and the evidence behind that; the chain drawn on a body; what the device does; and what the research says
 * (NICE NG59 on orthoses for low back pain wherever back pain is the complaint).
 *
 * @param report - the assess report
 * @param file - where to write the PDF
 * @param provider - the clinic and clinician, shown when given
 */
export async function writePatientReport(report: AssessReport, file: string, provider: ReportProvider): Promise<void> {
  const { doc, done } = openPdf(file, 'Your foot assessment');
  titleBlock(doc, report, provider);
  if (report.status === 'referred') {
    heading(doc, 'Please see a doctor first');
    paragraph(doc, report.redFlags.patientMessage);
    paragraph(doc, 'We have not made insoles for you: your safety answers mean a doctor should check you first.');
    doc.end();
    return done;
  }
  if (report.status === 'not-cleared') {
    heading(doc, 'A few safety questions are still open');
    paragraph(doc, 'Please answer the remaining safety questions before we can plan insoles for you.');
    doc.end();
    return done;
  }
  const backPain = backPainIsTheComplaint(report);
  heading(doc, 'In short');
  for (const line of inShort(report)) paragraph(doc, `• ${line}`);
  if (backPain) {
    doc.fillColor('#c92a2a');
    paragraph(doc, `• About your back pain: ${backPainStatement()}`);
    doc.fillColor('#000');
  }
  heading(doc, 'What we measured', 90);
  for (const group of plainMeasurements(report)) measurementBlock(doc, group);
  heading(doc, 'What the insoles do', 80);
  const words = deviceWords(report);
  if (words.length === 0) paragraph(doc, 'The prescription is not complete yet; your clinician will finish it.');
  for (const w of words) paragraph(doc, w);
  for (const w of report.whatIf) {
    if (w.residualLegLengthDifferenceMm !== null) {
      paragraph(
        doc,
        `Leg-length difference left after the ${w.side} lift and any shoe build-up: ${w.residualLegLengthDifferenceMm} mm (the lift starts at 70 % of the difference and is adjusted over time).`,
      );
    }
  }
  if (backPain)
    paragraph(
      doc,
      'About your back: NICE guideline NG59 advises against foot orthoses for low back pain; see What the research says.',
    );
  heading(doc, 'How your feet may load the legs above (seen from behind)', 470);
  paragraph(
    doc,
    'The drawing shows your measured heels and leg lengths (blue) and what studies of other people suggest for the shin and pelvis (orange, estimated, with the range the studies give).',
  );
  drawChainBodyFigure(doc, chainBodyFigure(chainFigureInputOf(report)), PAGE.left);
  doc.fontSize(8.5);
  paragraph(doc, report.chain.caveat);
  paragraph(
    doc,
    'The drawing reaches the lower back, but foot orthoses are not a treatment for back pain: NICE guideline NG59 advises against offering them for low back pain.',
  );
  doc.fontSize(9.5);
  const changes = report.whatIf.flatMap((w) => {
    const text = w.changes
      .map((c) => whatIfChangeWords({ ...c, linkId: c.id }))
      .filter((c): c is string => c !== null)
      .join('; ');
    return text === '' ? [] : [`With the ${w.side} insole: ${text}.`];
  });
  if (changes.length > 0) {
    heading(doc, 'What the insoles may change (estimated)');
    paragraph(doc, 'From a study of 12 runners with a wedge under the heel; an estimate, not a promise.');
    for (const c of changes) paragraph(doc, c);
  }
  writeResearch(doc, report);
  doc.end();
  return done;
}

function writeResearch(doc: Doc, report: AssessReport): void {
  heading(doc, 'What the research says');
  doc.fontSize(8.5);
  const seen = new Set<string>();
  for (const e of report.evidence) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    const level = typeof e['level'] === 'string' ? evidenceLevelLabel(e['level'] as EvidenceLevel) : null;
    const ids = e.citations.map((c) => c.id).filter(isEvidenceId);
    const weak = lowQualityConventionLabel(ids);
    paragraph(
      doc,
      `- ${e.text} (${e.citations.map((c) => c.short).join('; ')}${level === null ? '' : `; strength: ${level}`})${weak === null ? '' : ` - a ${weak}`}`,
    );
  }
  if (!report.evidence.some((e) => e.id === 'orthoses-for-low-back-pain')) {
    paragraph(
      doc,
      '- Low back pain: foot orthoses have not been shown to prevent it, and NICE NG59 advises against them as a back-pain treatment.',
    );
  }
  doc.fontSize(9.5);
}

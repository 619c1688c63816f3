import { createWriteStream } from 'node:fs';
import PDFDocument from 'pdfkit';
import { RX_FIELD_SPECS } from '@groundup/core';
import type { AssessReport } from '@groundup/core';

// Loaded only for --pdf / --report (assess-command imports this module lazily).

type Doc = PDFKit.PDFDocument;
type Side = 'left' | 'right';

/** The standard PDF fonts are WinAnsi: spell out the few symbols outside it. */
function plain(text: string): string {
  return text
    .replace(/→/g, '->')
    .replace(/≥/g, '>=')
    .replace(/≤/g, '<=')
    .replace(/−/g, '-')
    .replace(/κ/g, 'kappa')
    .replace(/≈/g, '~')
    .replace(/[^\u0020-\u00ff\n–—‘’“”…•]/gu, '?');
}

function open(file: string, title: string): { doc: Doc; done: Promise<void> } {
  const doc = new PDFDocument({ size: 'A4', margin: 48, info: { Title: title, Creator: 'groundup' } });
  const stream = createWriteStream(file);
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  doc.pipe(stream);
  return { doc, done };
}

function heading(doc: Doc, text: string): void {
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(12).text(plain(text)).font('Helvetica').fontSize(9.5).moveDown(0.2);
}

function line(doc: Doc, text: string, options: PDFKit.Mixins.TextOptions = {}): void {
  doc.text(plain(text), options);
}

const fmt = (value: unknown): string => {
  if (value === null) return 'none';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k} ${typeof v === 'object' ? JSON.stringify(v) : String(v as string | number | boolean)}`)
      .join(', ');
  }
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value);
};

/**
 * Writes the lab prescription form: patient facts (no name), exam findings, every field per side with the rule
 * or override that set it, notes and conflicts. A referral or an incomplete prescription is stated in the title.
 *
 * @param report - the assess report
 * @param file - where to write the PDF
 */
export async function writeLabForm(report: AssessReport, file: string): Promise<void> {
  const { doc, done } = open(file, `Orthotic prescription ${report.caseRef}`);
  const rx = report.prescription ?? report.draftPrescription;
  doc.font('Helvetica-Bold').fontSize(16).text('Orthotic prescription - lab form');
  doc.font('Helvetica').fontSize(9.5);
  line(
    doc,
    `Case ${report.caseRef} (no patient name on lab documents) - assessed ${report.assessedOn} - status: ${report.status}`,
  );
  if (report.status === 'referred') {
    heading(doc, 'NO PRESCRIPTION: REFERRAL');
    line(doc, `Red-flag screen outcome: ${report.redFlags.outcome}. ${report.redFlags.clinicianMessage}`);
    doc.end();
    return done;
  }
  if (report.status === 'not-cleared') {
    heading(doc, 'NO PRESCRIPTION: RED-FLAG SCREEN INCOMPLETE');
    for (const reason of report.notCleared?.reasons ?? []) line(doc, reason.message);
    doc.end();
    return done;
  }
  if (report.status === 'incomplete') {
    heading(doc, 'DRAFT - INCOMPLETE - NOT FOR ORDERING');
    for (const p of report.pending) line(doc, `Pending: ${p.side} ${p.field}: ${p.reason}`);
  }
  const c = report.measurements;
  heading(doc, 'Patient and footwear');
  const pt = report.patient;
  line(
    doc,
    `Age ${pt.ageYears ?? '?'}, sex ${pt.sex}, height ${pt.heightCm === null ? '?' : `${pt.heightCm} cm`}, activity ${pt.activityLevel ?? '?'}${pt.activities.length > 0 ? ` (${pt.activities.join(', ')})` : ''}, occupation ${pt.occupation ?? '?'}`,
  );
  line(
    doc,
    `Complaint: ${pt.complaint.text} (${pt.complaint.region}, ${pt.complaint.side}${pt.complaint.durationWeeks === null ? '' : `, ${pt.complaint.durationWeeks} weeks`}); diagnoses: ${pt.diagnoses.join(', ') || 'none recorded'}`,
  );
  if (rx !== null) {
    line(
      doc,
      `Body mass: ${rx.bodyMassKg === undefined ? 'not recorded' : `${rx.bodyMassKg} kg`} (shell thickness is not adjusted for weight: no published table)`,
    );
    line(
      doc,
      `Footwear: ${rx.footwear.type}, heel ${rx.footwear.heelHeightMm ?? '?'} mm, removable insole ${rx.footwear.removableInsole === true ? 'yes' : 'no'}${rx.footwear.size === undefined ? '' : `, size ${rx.footwear.size.system} ${rx.footwear.size.size}`}`,
    );
  }
  line(doc, `Problems: ${report.problems.map((p) => p.label).join('; ') || 'none recorded'}`);
  heading(doc, 'Exam findings (measured)');
  for (const m of c.filter((m) => m.source === 'exam' || m.source === 'scan')) {
    line(
      doc,
      `${m.side ?? 'both'} - ${m.label}: ${m.value ?? 'n/a'}${m.unit === null ? '' : ` ${m.unit}`} (${m.method})`,
    );
  }
  for (const side of ['left', 'right'] as Side[])
    line(doc, `${side} foot type agreement: ${report.footType[side].agreement}`);
  if (rx !== null) {
    heading(doc, 'Prescription (every field names the rule that set it, or the override and its reason)');
    const fields = Object.keys(rx.sides.left ?? rx.sides.right ?? {});
    const x = [48, 190, 300, 410];
    doc.font('Helvetica-Bold');
    const top = doc.y;
    doc.text('Field', x[0], top).text('Left', x[1], top).text('Right', x[2], top).text('Set by', x[3], top);
    doc.font('Helvetica').fontSize(8.5);
    for (const name of fields) {
      const cell = (side: Side) => {
        const f = (
          rx.sides[side] as
            | Record<string, { value: unknown; unit?: string; ruleId?: string; override?: { reason: string } }>
            | undefined
        )?.[name];
        return f === undefined
          ? { text: '-', by: '' }
          : {
              // A null arch height means the device follows the scan (total contact), not "no arch".
              text:
                name === 'archHeightMm' && f.value === null
                  ? 'from the scan'
                  : `${fmt(f.value)}${f.unit === undefined || f.value === null ? '' : ` ${f.unit}`}`,
              by: f.override === undefined ? (f.ruleId ?? '') : `override: ${f.override.reason}`,
            };
      };
      const left = cell('left');
      const right = cell('right');
      if (doc.y > 760) doc.addPage();
      const y = doc.y + 2;
      const by = [...new Set([left.by, right.by].filter((b) => b !== ''))].join(' / ');
      doc.text(plain(RX_FIELD_SPECS.find((spec) => spec.name === name)?.label ?? name), x[0], y, { width: 140 });
      const h1 = doc.y;
      doc.text(plain(left.text), x[1], y, { width: 105 });
      const h2 = doc.y;
      doc.text(plain(right.text), x[2], y, { width: 105 });
      const h3 = doc.y;
      doc.text(plain(by), x[3], y, { width: 140 });
      doc.y = Math.max(h1, h2, h3, doc.y);
    }
    doc.x = 48;
    doc.fontSize(9.5);
    heading(doc, 'Notes');
    for (const note of rx.notes ?? []) line(doc, `- ${note}`, { width: 500 });
    heading(doc, 'Why: the rules that set the fields');
    for (const rule of report.rules) {
      line(
        doc,
        `${rule.id} ${rule.tag} (${rule.level}): ${rule.rationale} Sources: ${rule.citations.map((c) => `${c.short} ${c.tag}`).join('; ')}.`,
        { width: 500 },
      );
    }
    if (report.conflicts.length > 0) {
      heading(doc, 'Rule conflicts (resolved by priority)');
      for (const k of report.conflicts)
        line(
          doc,
          `${k.side} ${k.field ?? '(group)'}: ${k.chosen.ruleId} over ${k.overruled.map((o) => o.ruleId).join(', ')}`,
        );
    }
  }
  doc.end();
  return done;
}

function drawChain(doc: Doc, report: AssessReport): void {
  const top = doc.y + 10;
  const cx = 150;
  const pelvisY = top + 60;
  doc.save().lineWidth(2).strokeColor('#444');
  doc.moveTo(cx, top).lineTo(cx, pelvisY).stroke(); // lumbar spine
  doc
    .moveTo(cx - 40, pelvisY)
    .lineTo(cx + 40, pelvisY)
    .stroke(); // pelvis
  for (const [dx, side] of [
    [-30, 'right'],
    [30, 'left'],
  ] as const) {
    const hip = cx + dx;
    doc
      .moveTo(hip, pelvisY)
      .lineTo(hip, pelvisY + 70)
      .stroke(); // femur
    doc
      .moveTo(hip, pelvisY + 70)
      .lineTo(hip, pelvisY + 140)
      .stroke(); // tibia
    doc
      .moveTo(hip - 10, pelvisY + 145)
      .lineTo(hip + 12, pelvisY + 145)
      .stroke(); // foot
    doc
      .fontSize(7)
      .fillColor('#000')
      .text(side === 'left' ? 'L' : 'R', hip - 3, pelvisY + 150);
  }
  doc.restore();
  doc.fontSize(8.5).fillColor('#000');
  const labels: [number, string][] = [
    [top, 'Lower back (lumbar spine): no estimate - the evidence does not support a foot-to-lordosis link.'],
    [
      pelvisY - 5,
      `Pelvis: ${report.chain.pelvis.links.map((l) => `${l.quantity} ${l.estimate === null ? '(no number)' : `about ${l.estimate}${l.unit === 'deg' ? ' degrees' : ' mm'}`}`).join('; ') || 'no estimate'}`,
    ],
    [
      pelvisY + 100,
      `Shin (tibia): ${[...report.chain.left.links, ...report.chain.right.links].map((l) => `${l.to.endsWith('_l') ? 'left' : 'right'} ${l.quantity} about ${l.estimate ?? '?'} degrees (range ${l.range?.join('-') ?? 'n/a'})`).join('; ') || 'no estimate'}`,
    ],
    [pelvisY + 140, 'Foot: the measured starting point (heel position from the exam).'],
  ];
  for (const [y, text] of labels) doc.text(plain(text), 260, y, { width: 290 });
  doc.x = 48;
  doc.y = pelvisY + 170;
}

const deviceWords = (report: AssessReport): string[] => {
  const rx = report.prescription;
  if (rx === null) return [];
  const out: string[] = [];
  for (const side of ['left', 'right'] as Side[]) {
    const s = rx.sides[side];
    if (s === undefined) continue;
    const parts = [
      `a ${s.shellMaterial.value} shell ${s.shellThicknessMm.value} mm thick with a ${s.heelCupDepthMm.value} mm heel cup`,
    ];
    if (s.rearfootPostDeg.value > 0)
      parts.push(`a ${s.rearfootPostDeg.value} degree wedge under the inner heel to limit rolling in`);
    if (s.medialHeelSkiveMm.value > 0) parts.push('extra support shaped into the inner side of the heel cup');
    if (s.lateralHeelSkiveMm.value > 0)
      parts.push('support shaped into the outer side of the heel cup to limit rolling out');
    if (s.heelLiftMm.value > 0)
      parts.push(`a ${s.heelLiftMm.value} mm heel lift to make up part of the leg-length difference`);
    if ((s.shoeBuildUpMm?.value ?? 0) > 0)
      parts.push(
        `and ${s.shoeBuildUpMm?.value ?? 0} mm added to the outside of the shoe sole, because more does not fit inside the shoe`,
      );
    if (s.metatarsalPad.value !== null)
      parts.push(`a small pad behind the ball of the foot to take pressure off the painful joint`);
    out.push(`${side === 'left' ? 'Left' : 'Right'} foot: ${parts.join('; ')}.`);
  }
  return out;
};

/**
 * Writes the plain-language patient report: what was measured, a drawing of the chain with the estimates, what
 * the device does, and what the evidence says (always including NICE NG59 on low back pain).
 *
 * @param report - the assess report
 * @param file - where to write the PDF
 */
export async function writePatientReport(report: AssessReport, file: string): Promise<void> {
  const { doc, done } = open(file, 'Your foot assessment');
  doc.font('Helvetica-Bold').fontSize(16).text('Your foot assessment');
  doc.font('Helvetica').fontSize(9.5);
  line(
    doc,
    `Assessed on ${report.assessedOn}. This report explains what we measured and what it means, in plain words.`,
  );
  if (report.status === 'referred') {
    heading(doc, 'Please see a doctor first');
    line(doc, report.redFlags.patientMessage);
    line(doc, 'We have not made insoles for you: your safety answers mean a doctor should check you first.');
    doc.end();
    return done;
  }
  if (report.status === 'not-cleared') {
    heading(doc, 'A few safety questions are still open');
    line(doc, 'Please answer the remaining safety questions before we can plan insoles for you.');
    doc.end();
    return done;
  }
  heading(doc, 'What we measured');
  for (const m of report.measurements.filter((m) => m.source !== 'questionnaire').slice(0, 24)) {
    line(
      doc,
      `${m.side === null ? '' : `${m.side}: `}${m.label} ${m.value ?? 'n/a'}${m.unit === null ? '' : ` ${m.unit}`} (measured by ${m.source})`,
    );
  }
  for (const side of ['left', 'right'] as Side[]) {
    const t = report.footType[side];
    const agree =
      t.agreement === 'agree'
        ? `the measures agree: ${t.consensus ?? ''}`
        : t.agreement === 'disagree'
          ? 'the measures do not agree with each other, which is common; we show each one rather than pick a label'
          : 'only one measure or none could classify it';
    line(doc, `Your ${side} foot: ${agree}.`);
  }
  heading(doc, 'How your feet may load the leg above (estimates, not measurements)');
  drawChain(doc, report);
  line(doc, report.chain.caveat, { width: 500 });
  line(
    doc,
    'The drawing goes up to the lower back, but foot orthoses are not a treatment for back pain: NICE guideline NG59 advises against offering them for low back pain.',
    { width: 500 },
  );
  heading(doc, 'What the insoles do');
  const words = deviceWords(report);
  if (words.length === 0) line(doc, 'The prescription is not complete yet; your clinician will finish it.');
  for (const w of words) line(doc, w, { width: 500 });
  for (const w of report.whatIf) {
    const changes = w.changes
      .filter((c) => c.estimate !== null)
      .map((c) => `${c.quantity} ${c.estimate} degrees`)
      .join('; ');
    if (changes !== '')
      line(doc, `Estimated change on the ${w.side} side (from small studies, not a promise): ${changes}.`, {
        width: 500,
      });
    if (w.residualLegLengthDifferenceMm !== null) {
      line(
        doc,
        `Leg-length difference left after the ${w.side} lift and any shoe build-up: ${w.residualLegLengthDifferenceMm} mm (the lift starts at 70 % of the difference and is adjusted over time).`,
        { width: 500 },
      );
    }
  }
  heading(doc, 'What the research says');
  const seen = new Set<string>();
  for (const e of report.evidence) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    line(doc, `- ${e.text} (${e.citations.map((c) => c.short).join('; ')})`, { width: 500 });
  }
  if (!report.evidence.some((e) => e.id === 'orthoses-for-low-back-pain')) {
    line(
      doc,
      '- Low back pain: foot orthoses have not been shown to prevent it, and NICE NG59 advises against them as a back-pain treatment.',
      { width: 500 },
    );
  }
  doc.end();
  return done;
}

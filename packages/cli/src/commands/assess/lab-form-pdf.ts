import { HEEL_LIFT_IN_SHOE_LIMIT_MM, RX_FIELD_SPECS, lowQualityConventionLabel } from '@groundup/core';
import type { AssessReport } from '@groundup/core';
import { PAGE, heading, openPdf, paragraph, pdfText, type Doc } from './pdf-text.js';

type Side = 'left' | 'right';

/** Who orders the device: printed on the lab form and the patient report. */
export interface ReportProvider {
  /** The clinic's name (and address, if given), or null to leave a line to fill in by hand. */
  readonly clinic: string | null;
  /** The clinician's name (and role or registration), or null to leave a line to fill in by hand. */
  readonly clinician: string | null;
}

interface FieldView {
  readonly value: unknown;
  readonly unit?: string;
  readonly ruleId?: string;
  readonly override?: { readonly reason: string };
}

/**
 * A prescription value as a lab reads it: `4°`, `6 mm`, `Spenco, 2 mm, full length`, `none`.
 *
 * @param name - the field name
 * @param value - the value
 * @param unit - the field's unit
 * @returns the text
 */
export function formatRxValue(name: string, value: unknown, unit: string | undefined): string {
  if (value === null) return 'none';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ');
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (name === 'topCover')
      return `${String(v['material'])}, ${String(v['thicknessMm'])} mm, ${String(v['length'])} length`;
    if (name === 'metatarsalPad')
      return `under metatarsal head ${String(v['metatarsal'])}: ${String(v['heightMm'])} mm high, edge ${String(v['proximalOffsetMm'])} mm behind the head`;
    return Object.entries(v)
      .map(([k, x]) => `${k} ${String(x as string | number | boolean)}`)
      .join(', ');
  }
  const text =
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : JSON.stringify(value);
  if (unit === undefined || unit === 'ratio') return text;
  return unit === 'deg' ? `${text}°` : `${text} ${unit}`;
}

/**
 * Whether a side has a 3D scan on file (the assessment measured it from a scan).
 *
 * @param report - the assess report
 * @param side - the side
 * @returns true when a scan measurement exists for that side
 */
export function hasScan(report: AssessReport, side: Side): boolean {
  return report.measurements.some((m) => m.source === 'scan' && m.side === side);
}

/** The rule ids whose every source is an encyclopedia, a blog or flashcards, with their label. */
function lowQualityRules(report: AssessReport): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of report.rules) {
    const label = lowQualityConventionLabel(rule.citations.map((c) => c.id));
    if (label !== null) out.set(rule.id, label);
  }
  return out;
}

function providerBlock(doc: Doc, provider: ReportProvider): void {
  const top = doc.y + 4;
  doc.save().lineWidth(0.8).strokeColor('#adb5bd').rect(PAGE.left, top, PAGE.width, 52).stroke().restore();
  const row = (y: number, label: string, value: string | null, x: number, width: number) => {
    doc.font('Helvetica-Bold').fontSize(9).text(label, x, y, { lineBreak: false });
    const lx = x + doc.widthOfString(label) + 6;
    if (value === null) {
      doc
        .save()
        .lineWidth(0.6)
        .strokeColor('#495057')
        .moveTo(lx, y + 10)
        .lineTo(x + width - 10, y + 10)
        .stroke()
        .restore();
    } else {
      doc.font('Helvetica').text(pdfText(value), lx, y, { width: x + width - 10 - lx, lineBreak: false });
    }
  };
  const half = PAGE.width / 2;
  row(top + 8, 'Ordering clinic:', provider.clinic, PAGE.left + 8, half);
  row(top + 8, 'Clinician:', provider.clinician, PAGE.left + half, half);
  row(top + 30, 'Signature:', null, PAGE.left + 8, half);
  row(top + 30, 'Date:', null, PAGE.left + half, half);
  doc.font('Helvetica').fontSize(9.5);
  doc.x = PAGE.left;
  doc.y = top + 60;
}

/**
 * What the form shows for one field: a null arch height follows the scan only where there is a scan.
 *
 * @param report - the assess report
 * @param side - the side
 * @param name - the field name
 * @param f - the field
 * @returns the text for the cell
 */
function cellText(report: AssessReport, side: Side, name: string, f: FieldView): string {
  if (name === 'archHeightMm' && f.value === null) {
    return hasScan(report, side)
      ? 'from the 3D scan (total contact)'
      : 'NOT SET: no scan on file - send a scan or cast, or give a height';
  }
  return formatRxValue(name, f.value, f.unit);
}

/**
 * Writes the lab prescription form: the ordering clinic and clinician (lines to fill in when not given), patient
 * facts (no name), exam findings, every field per side with the rule or override that set it (a rule resting only
 * on an encyclopedia, a blog or flashcards is labelled so), notes and conflicts. A referral or an incomplete
 * prescription is stated in the title.
 *
 * @param report - the assess report
 * @param file - where to write the PDF
 * @param provider - the ordering clinic and clinician
 */
export async function writeLabForm(report: AssessReport, file: string, provider: ReportProvider): Promise<void> {
  const { doc, done } = openPdf(file, `Orthotic prescription ${report.caseRef}`);
  const rx = report.prescription ?? report.draftPrescription;
  doc.font('Helvetica-Bold').fontSize(16).text('Orthotic prescription - lab form');
  doc.font('Helvetica').fontSize(9.5);
  paragraph(
    doc,
    `Case ${report.caseRef} (no patient name on lab documents) - assessed ${report.assessedOn} - status: ${report.status}`,
  );
  providerBlock(doc, provider);
  if (report.status === 'referred') {
    heading(doc, 'NO PRESCRIPTION: REFERRAL');
    paragraph(doc, `Red-flag screen outcome: ${report.redFlags.outcome}. ${report.redFlags.clinicianMessage}`);
    doc.end();
    return done;
  }
  if (report.status === 'not-cleared') {
    heading(doc, 'NO PRESCRIPTION: RED-FLAG SCREEN INCOMPLETE');
    for (const reason of report.notCleared?.reasons ?? []) paragraph(doc, reason.message);
    doc.end();
    return done;
  }
  if (report.status === 'incomplete') {
    heading(doc, 'DRAFT - INCOMPLETE - NOT FOR ORDERING');
    for (const p of report.pending) paragraph(doc, `Pending: ${p.side} ${p.field}: ${p.reason}`);
  }
  heading(doc, 'Patient and footwear');
  const pt = report.patient;
  paragraph(
    doc,
    `Age ${pt.ageYears ?? '?'}, sex ${pt.sex}, height ${pt.heightCm === null ? '?' : `${pt.heightCm} cm`}, activity ${pt.activityLevel ?? '?'}${pt.activities.length > 0 ? ` (${pt.activities.join(', ')})` : ''}, occupation ${pt.occupation ?? '?'}`,
  );
  paragraph(
    doc,
    `Complaint: ${pt.complaint.text} (${pt.complaint.region}, ${pt.complaint.side}${pt.complaint.durationWeeks === null ? '' : `, ${pt.complaint.durationWeeks} weeks`}); diagnoses: ${pt.diagnoses.join(', ') || 'none recorded'}`,
  );
  if (rx !== null) {
    paragraph(
      doc,
      `Body mass: ${rx.bodyMassKg === undefined ? 'not recorded' : `${rx.bodyMassKg} kg`} (shell thickness is not adjusted for weight: no published table)`,
    );
    paragraph(
      doc,
      `Footwear: ${rx.footwear.type}, heel ${rx.footwear.heelHeightMm ?? '?'} mm, removable insole ${rx.footwear.removableInsole === true ? 'yes' : 'no'}${rx.footwear.size === undefined ? '' : `, size ${rx.footwear.size.system} ${rx.footwear.size.size}`}`,
    );
  }
  const scans = (['left', 'right'] as Side[]).filter((side) => hasScan(report, side));
  paragraph(
    doc,
    `Captures: ${scans.length === 0 ? 'no 3D scan' : `3D scan of the ${scans.join(' and ')} foot`}${report.measurements.some((m) => m.source === 'pressure') ? '; pressure recording' : ''}${report.measurements.some((m) => m.source === 'motion') ? '; motion capture' : ''}`,
  );
  paragraph(doc, `Problems: ${report.problems.map((p) => p.label).join('; ') || 'none recorded'}`);
  heading(doc, 'Exam findings (measured)');
  for (const m of report.measurements.filter((m) => m.source === 'exam' || m.source === 'scan')) {
    paragraph(
      doc,
      `${m.side ?? 'both'} - ${m.label}: ${m.value === null ? 'n/a' : formatRxValue(m.id, m.value, m.unit ?? undefined)} (${m.method})`,
    );
  }
  for (const side of ['left', 'right'] as Side[])
    paragraph(doc, `${side} foot type agreement: ${report.footType[side].agreement}`);
  if (rx !== null) writeFields(doc, report, rx);
  doc.end();
  return done;
}

function writeFields(doc: Doc, report: AssessReport, rx: NonNullable<AssessReport['prescription']>): void {
  const flagged = lowQualityRules(report);
  heading(doc, 'Prescription (every field names the rule that set it, or the override and its reason)', 120);
  const fields = Object.keys(rx.sides.left ?? rx.sides.right ?? {});
  const x = [PAGE.left, 180, 300, 420];
  const widths = [128, 116, 116, PAGE.left + PAGE.width - 420];
  doc.font('Helvetica-Bold');
  const top = doc.y;
  doc.text('Field', x[0], top).text('Left', x[1], top).text('Right', x[2], top).text('Set by', x[3], top);
  doc.font('Helvetica').fontSize(8.5);
  for (const name of fields) {
    const cell = (side: Side) => {
      const f = (rx.sides[side] as Record<string, FieldView> | undefined)?.[name];
      if (f === undefined) return { text: '-', by: '' };
      const rule = f.ruleId ?? '';
      return {
        text: cellText(report, side, name, f),
        by:
          f.override === undefined
            ? `${rule}${flagged.has(rule) ? ' (practice convention, low-quality source)' : ''}`
            : `override: ${f.override.reason}`,
      };
    };
    const left = cell('left');
    const right = cell('right');
    if (doc.y > 760) doc.addPage();
    const y = doc.y + 3;
    const by = [...new Set([left.by, right.by].filter((b) => b !== ''))].join(' / ');
    const label = RX_FIELD_SPECS.find((spec) => spec.name === name)?.label ?? name;
    const cells = [label, left.text, right.text, by];
    let bottom = y;
    cells.forEach((text, i) => {
      const warn = text.startsWith('NOT SET');
      doc.fillColor(warn ? '#c92a2a' : '#000').text(pdfText(text), x[i], y, { width: widths[i] });
      bottom = Math.max(bottom, doc.y);
    });
    doc.fillColor('#000');
    doc
      .save()
      .lineWidth(0.3)
      .strokeColor('#dee2e6')
      .moveTo(PAGE.left, bottom + 1.5)
      .lineTo(PAGE.left + PAGE.width, bottom + 1.5)
      .stroke()
      .restore();
    doc.y = bottom + 1.5;
  }
  doc.x = PAGE.left;
  doc.fontSize(9.5);
  const liftCapped = (['left', 'right'] as Side[]).some((side) => (rx.sides[side]?.shoeBuildUpMm?.value ?? 0) > 0);
  if (liftCapped) {
    const label = lowQualityConventionLabel(HEEL_LIFT_IN_SHOE_LIMIT_MM.sources);
    paragraph(
      doc,
      `In-shoe heel-lift limit applied: about ${HEEL_LIFT_IN_SHOE_LIMIT_MM.value} mm inside the shoe, the rest as an external build-up${label === null ? '' : ` - ${label}`}.`,
    );
  }
  if ((rx.notes ?? []).length > 0) {
    heading(doc, 'Notes');
    for (const note of rx.notes ?? []) paragraph(doc, `- ${note}`);
  }
  heading(doc, 'Why: the rules that set the fields');
  doc.fontSize(8.5);
  for (const rule of report.rules) {
    const label = flagged.get(rule.id);
    if (doc.y > PAGE.bottom - 30) doc.addPage();
    doc
      .font('Helvetica-Bold')
      .text(pdfText(`${rule.id} ${rule.tag} (${label ?? rule.level}): `), PAGE.left, doc.y, {
        width: PAGE.width,
        continued: true,
      })
      .font('Helvetica')
      .text(pdfText(`${rule.rationale} Sources: ${rule.citations.map((c) => `${c.short} ${c.tag}`).join('; ')}.`))
      .moveDown(0.3);
  }
  doc.fontSize(9.5);
  if (report.conflicts.length > 0) {
    heading(doc, 'Rule conflicts (resolved by priority)');
    for (const k of report.conflicts)
      paragraph(
        doc,
        `${k.side} ${k.field ?? '(group)'}: ${k.chosen.ruleId} over ${k.overruled.map((o) => o.ruleId).join(', ')}`,
      );
  }
}

import { lowQualityConventionLabel, type AssessReport } from '@groundup/core';
import { formatRxValue } from './format-rx-value.js';

/** ` (practice convention from a low-quality source (…))` when every citation is one; empty otherwise. */
const weakLabel = (citations: readonly { readonly id: string }[]): string => {
  const label = lowQualityConventionLabel(citations.map((c) => c.id));
  return label === null ? '' : ` (${label})`;
};

const fmt = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value);

interface FieldView {
  readonly value: unknown;
  readonly unit?: string;
  readonly ruleId?: string;
  readonly override?: { readonly reason: string };
}

/**
 * The human summary of `groundup assess`.
 *
 * @param r - the report
 * @returns the text, ending in a newline
 */
export function formatAssessText(r: AssessReport): string {
  const lines: string[] = [`${r.file}: case ${r.caseRef}, assessed ${r.assessedOn}`, ''];
  lines.push(`Red flags: ${redFlagHeadline(r.redFlags)}. ${r.redFlags.clinicianMessage}`);
  if (r.referral !== null) {
    lines.push('', 'REFERRAL: no prescription.', ...r.referral.reasons.map((issue) => `  ${issue.message}`));
  }
  if (r.notCleared !== null) {
    lines.push(
      '',
      'NO PRESCRIPTION: the red-flag screen does not clear the patient yet.',
      ...r.notCleared.reasons.map((issue) => `  ${issue.message}`),
    );
  }
  lines.push('', 'Measurements:');
  for (const m of r.measurements) {
    const value = m.value === null ? 'not measured' : `${fmt(m.value)}${m.unit === 'ratio' ? '' : ` ${m.unit}`}`;
    lines.push(
      `  ${(m.side === null ? '' : `${m.side} `).padEnd(6)}${m.label.padEnd(40)} ${value.padEnd(14)} (${m.source}, ${m.basis}; ${m.method}; ${m.accuracy})`,
    );
  }
  if (r.measurements.length === 0) lines.push('  none');
  lines.push('', 'Foot type (each measure on its own):');
  for (const side of ['left', 'right'] as const) {
    const t = r.footType[side];
    const calls = Object.entries(t.measures)
      .filter(([, m]) => m.value !== null)
      .map(
        ([name, m]) =>
          `${name} ${fmt(m.value)}${m.unit === 'ratio' ? '' : ` ${m.unit}`} → ${m.label ?? 'not classified'}`,
      );
    lines.push(`  ${side}: ${calls.join('; ') || 'no measures'} (agreement: ${t.agreement})`);
  }
  if (r.legLength !== null)
    lines.push(
      `Leg-length difference: ${r.legLength.differenceMm} mm, ${r.legLength.shortSide ?? 'none'} short (${r.legLength.method}, ${r.legLength.type})`,
    );
  lines.push('', `Kinetic chain (estimated, not measured): ${r.chain.caveat}`);
  for (const link of [...r.chain.left.links, ...r.chain.right.links, ...r.chain.pelvis.links]) {
    const value =
      link.estimate === null
        ? 'no number (direction only)'
        : `${link.estimate} ${link.unit}${link.range === null ? '' : ` (range ${link.range[0]}–${link.range[1]})`}`;
    lines.push(
      `  ${link.from} → ${link.to} ${link.quantity}: ${value} [${link.source.map((s) => `${s.short} ${s.tag}`).join('; ')}]${weakLabel(link.source)}`,
    );
  }
  for (const side of ['left', 'right'] as const) {
    const note = r.chain[side].note;
    if (note !== null) lines.push(`  ${side}: ${note}`);
    const inversion = r.chain[side].measuredStanceInversion;
    if (inversion !== null)
      lines.push(
        `  ${side}: inversion ${inversion.minDeg} to ${inversion.maxDeg}° (mean ${inversion.meanDeg}°), ${inversion.label}`,
      );
  }
  lines.push(`  not supported, not used: ${r.chain.unsupported.map((u) => u.id).join(', ')}`);
  if (r.whatIf.length > 0) lines.push('', 'What the device would change (estimated, not measured):');
  for (const w of r.whatIf) {
    lines.push(
      `  ${w.side}: ${formatRxValue('rearfootPostDeg', w.device.rearfootPostDeg, 'deg')} rearfoot post, ${formatRxValue('heelLiftMm', w.device.heelLiftMm, 'mm')} heel lift (in and under the shoe)`,
    );
    for (const c of w.changes) {
      const value =
        c.estimate === null
          ? 'no number (direction only)'
          : `${c.estimate > 0 ? '+' : ''}${c.estimate} ${c.unit}${c.range === null ? '' : ` (range ${c.range[0]}–${c.range[1]})`}`;
      lines.push(
        `    ${c.to} ${c.quantity}: ${value} [${c.source.map((s) => `${s.short} ${s.tag}`).join('; ')}] — input: ${c.input.what}`,
      );
    }
    if (w.residualLegLengthDifferenceMm !== null)
      lines.push(`    leg-length difference left after the lift: ${w.residualLegLengthDifferenceMm} mm`);
    for (const note of w.notEstimated) lines.push(`    not estimated: ${note}`);
  }
  lines.push('', 'Problems and evidence:');
  for (const p of r.problems) lines.push(`  ${p.label} (${p.foundBy})`);
  for (const e of r.evidence)
    lines.push(
      `    - ${e.text} [${e.citations.map((c) => `${c.short} ${c.tag}`).join('; ')}]${weakLabel(e.citations)}`,
    );
  const rx = r.prescription ?? r.draftPrescription;
  if (rx !== null) {
    lines.push('', r.prescription === null ? 'DRAFT prescription (INCOMPLETE, not for ordering):' : 'Prescription:');
    for (const side of ['left', 'right'] as const) {
      const s = rx.sides[side];
      if (s === undefined) continue;
      lines.push(`  ${side}:`);
      for (const [name, field] of Object.entries(s as unknown as Record<string, FieldView>)) {
        const rule = r.rules.find((x) => x.id === field.ruleId);
        const provenance =
          field.override === undefined
            ? `rule ${field.ruleId ?? '?'}${rule === undefined ? '' : weakLabel(rule.citations)}`
            : `override: ${field.override.reason}`;
        lines.push(`    ${name.padEnd(24)} ${formatRxValue(name, field.value, field.unit)}  (${provenance})`);
      }
    }
    for (const note of rx.notes ?? []) lines.push(`  note: ${note}`);
  }
  for (const p of r.pending) lines.push(`  PENDING ${p.side} ${p.field}: ${p.reason}`);
  for (const c of r.conflicts)
    lines.push(
      `  conflict (${c.side}${c.field === null ? '' : ` ${c.field}`}): ${c.chosen.ruleId} over ${c.overruled.map((o) => o.ruleId).join(', ')}`,
    );
  for (const w of r.warnings) lines.push(`  warning (${w.code}) ${w.path}: ${w.message}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The red-flag line's headline: the outcome, and never "none" for a screen with questions unanswered.
 *
 * @param flags - the report's red-flag screen
 * @returns e.g. `none`, `urgent`, `INCOMPLETE (no flag among the answered questions; unanswered questions remain)`
 */
export function redFlagHeadline(flags: AssessReport['redFlags']): string {
  if (flags.outcome === 'not-screened') return 'NOT SCREENED';
  if (flags.complete) return flags.outcome;
  return flags.outcome === 'none'
    ? 'INCOMPLETE (no flag among the answered questions; unanswered questions remain)'
    : `${flags.outcome} (and the screen is INCOMPLETE: unanswered questions remain)`;
}

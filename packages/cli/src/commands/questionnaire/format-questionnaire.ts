import type { QuestionnaireDefinition, QuestionnaireReport, ReportMcid, ReportSource } from '@groundup/core';

/**
 * One decimal place with a unit, e.g. `34.0 %` or `7.0 points`.
 *
 * @param value - the number
 * @param unit - `percent` or `points`
 * @returns the text
 */
export function withUnit(value: number, unit: 'percent' | 'points'): string {
  return unit === 'percent' ? `${value.toFixed(1)} %` : `${value.toFixed(1)} points`;
}

function signed(value: number): string {
  return `${value > 0 ? '+' : value < 0 ? '−' : '±'}${Math.abs(value).toFixed(1)}`;
}

function tag(verification: ReportSource['verification']): string {
  return verification === 'primary' ? '[V]' : verification === 'secondary' ? '[V2]' : '[U, not verified]';
}

function sourceNames(sources: readonly ReportSource[]): string {
  const names = sources.map((source) => `${source.short} ${tag(source.verification)}`);
  return [...new Set(names)].join('; ');
}

function mcidText(mcid: ReportMcid, unit: 'percent' | 'points'): string {
  const percent = mcid.percent === null ? '' : ` or ${mcid.percent} % of baseline`;
  const scale = unit === 'percent' ? ' (percentage points)' : '';
  return `MCID ${mcid.points} points${scale}${percent} (${sourceNames(mcid.sources)})`;
}

function changeText(
  fields: Pick<QuestionnaireReport, 'change' | 'changePct' | 'direction' | 'mcid' | 'clinicallyImportant'>,
  unit: 'percent' | 'points',
): string {
  if (fields.change === null || fields.change === undefined) return 'change: not computable (a score is missing)';
  const pct =
    fields.changePct === null || fields.changePct === undefined ? '' : ` (${signed(fields.changePct)} % of baseline)`;
  const points = `${signed(fields.change)} points`;
  const importance =
    fields.mcid === null || fields.mcid === undefined
      ? 'no MCID available'
      : `${fields.clinicallyImportant === true ? 'clinically important' : 'below the MCID'}; ${mcidText(fields.mcid, unit)}`;
  return `change ${points}${pct}, ${fields.direction ?? 'unchanged'}; ${importance}`;
}

/**
 * The human summary of a scored questionnaire.
 *
 * @param report - the report from core
 * @param warnings - warnings from reading the responses
 * @returns lines of text, ending with a newline
 */
export function formatQuestionnaireReport(report: QuestionnaireReport, warnings: readonly string[]): string {
  const lines = [`${report.name} (${report.instrument} ${report.version})`];
  const direction = report.higherIsWorse ? 'higher is worse' : 'higher is better';
  const range = `range ${report.range[0]}–${report.range[1]}, ${direction}`;
  if (report.subscales === undefined || report.score !== null) {
    lines.push(
      report.score === null
        ? `Score: not scorable. ${report.notScorableReason ?? ''}`.trimEnd()
        : `Score: ${withUnit(report.score, report.unit)} (${range})`,
    );
    if (report.band !== null) lines.push(`Band: ${report.band.label} (${sourceNames(report.band.sources)})`);
  } else {
    lines.push(`No total score; subscales (${range}):`);
  }
  lines.push(
    `Answered ${report.answeredItems} of ${report.totalItems} items` +
      (report.missingItems.length > 0 ? `; missing: ${report.missingItems.join(', ')}` : '.'),
  );
  if (report.baseline !== undefined && report.subscales === undefined) {
    lines.push(
      `Baseline: ${report.baseline === null ? 'not scorable' : withUnit(report.baseline, report.unit)}; ${changeText(report, report.unit)}`,
    );
  }
  if (report.subscales !== undefined) {
    const width = Math.max(...report.subscales.map((s) => s.name.length));
    for (const sub of report.subscales) {
      const value =
        sub.score === null ? `not scorable: ${sub.notScorableReason ?? ''}` : withUnit(sub.score, report.unit);
      const change =
        report.baseline === undefined && sub.baseline === undefined ? '' : `; ${changeText(sub, report.unit)}`;
      lines.push(`  ${sub.name.padEnd(width)}  ${value}${change}`);
    }
    if (report.score !== null && report.baseline !== undefined) {
      lines.push(`Total ${changeText(report, report.unit)}`);
    }
  }
  lines.push(`Sources: ${sourceNames(report.sources)}`);
  for (const warning of warnings) lines.push(`Warning: ${warning}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The human list of instruments.
 *
 * @param definitions - the instruments
 * @returns a table, ending with a newline
 */
export function formatQuestionnaireList(definitions: readonly QuestionnaireDefinition[]): string {
  const rows = definitions.map((d) => {
    const scale = d.total ?? d.subscales[0];
    const range =
      scale === undefined ? '' : `${scale.range[0]}–${scale.range[1]}${scale.unit === 'percent' ? ' %' : ''}`;
    return [
      d.id,
      d.version,
      String(d.items.length),
      d.total === null ? `${range} per subscale` : range,
      scale?.higherIsWorse === true ? 'higher is worse' : 'higher is better',
      d.licence.kind,
      d.name,
    ];
  });
  const header = ['id', 'version', 'items', 'range', 'direction', 'licence', 'name'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

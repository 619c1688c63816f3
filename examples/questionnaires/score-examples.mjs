#!/usr/bin/env node
// Scores every example responses file in this folder with the built `groundup` command and prints one
// line per instrument. Run from the repository after `npm run build`:
//   node examples/questionnaires/score-examples.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = path.resolve(here, '../../packages/cli/bin/groundup.js');

function score(instrument, file, baseline) {
  const args = [bin, 'questionnaire', 'score', instrument, path.join(here, file), '--json'];
  if (baseline !== undefined) args.push('--baseline', path.join(here, baseline));
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${instrument}: ${result.stderr.trim()}`);
  return JSON.parse(result.stdout);
}

function describe(report) {
  if (report.subscales !== undefined && report.score === null) {
    return report.subscales.map((s) => `${s.id} ${s.score === null ? 'n/a' : s.score.toFixed(1)}`).join(', ');
  }
  if (report.score === null) return 'not scorable';
  const band = report.band === null ? '' : ` (${report.band.label})`;
  const change =
    report.change === undefined || report.change === null
      ? ''
      : `, change ${report.change.toFixed(1)}${report.clinicallyImportant ? ', clinically important' : ''}`;
  return `${report.score.toFixed(1)}${report.unit === 'percent' ? ' %' : ''}${band}${change}`;
}

const files = readdirSync(here).filter((file) => file.endsWith('.json') && !file.endsWith('-baseline.json'));
for (const file of files.sort()) {
  const instrument = file.replace(/\.json$/, '');
  const baseline = existsSync(path.join(here, `${instrument}-baseline.json`))
    ? `${instrument}-baseline.json`
    : undefined;
  console.log(`${instrument.padEnd(12)} ${describe(score(instrument, file, baseline))}`);
}

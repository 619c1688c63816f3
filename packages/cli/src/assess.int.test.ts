import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { requirement } from '../../../test-support/requirements.js';
import { testdataOrSkip } from '../../../test-support/testdata.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = path.join(ROOT, 'packages/cli/bin/groundup.js');
const CASES = path.join(ROOT, 'examples/cases');
const dir = mkdtempSync(path.join(tmpdir(), 'groundup-assess-'));

function groundup(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000, cwd: dir });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function caseFile(name: string, content: unknown): string {
  const target = path.join(dir, name);
  writeFileSync(target, JSON.stringify(content));
  return target;
}

const golden = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(CASES, `${name}.json`), 'utf8')) as Record<string, unknown>;

const hasPdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).error === undefined;

function pdfText(file: string): string {
  return spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
}

describe('groundup assess', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs every example case as it is and prints the documented JSON, with the golden prescription', () => {
    const names = readdirSync(CASES).filter((f) => f.endsWith('.json') && f !== 'case.schema.json');
    expect(names.length).toBe(6);
    for (const name of names) {
      const { code, stdout, stderr } = groundup('assess', path.join(CASES, name), '--json');
      expect(code, `${name}: ${stderr}`).toBe(0);
      const report = JSON.parse(stdout);
      for (const key of ['redFlags', 'footType', 'chain', 'evidence', 'prescription'])
        expect(report, key).toHaveProperty(key);
      expect(report.footType.left).toHaveProperty('agreement');
      expect(report.footType.left.measures).toHaveProperty('fpi6');
      const expected = JSON.parse(
        readFileSync(path.join(CASES, 'golden', name.replace(/\.json$/, '.rx.json')), 'utf8'),
      );
      expect(report.prescription, name).toEqual(expected);
      const ruleIds = new Set(report.rules.map((r: { id: string }) => r.id));
      const sides: Record<string, Record<string, { ruleId?: string }>> = report.prescription?.sides ?? {};
      for (const side of Object.values(sides)) {
        for (const field of Object.values(side))
          if (field.ruleId !== undefined) expect(ruleIds.has(field.ruleId)).toBe(true);
      }
      if (name === 'emergency-red-flag.json') {
        expect(report.redFlags.outcome).toBe('emergency-same-day');
        expect(report.prescription).toBeNull();
        expect(report.referral).not.toBeNull();
      } else {
        for (const link of [...report.chain.left.links, ...report.chain.right.links]) {
          expect(Object.keys(link)).toEqual(expect.arrayContaining(['from', 'to', 'estimate', 'range', 'source']));
        }
      }
    }
  });

  it('says what NICE NG59 says for low back pain, and gives the lift with a shoe build-up for 12 mm', () => {
    const { stdout } = groundup('assess', path.join(CASES, 'leg-length-difference-low-back-pain.json'), '--json');
    const report = JSON.parse(stdout);
    const lbp = report.evidence.find((e: { id: string }) => e.id === 'orthoses-for-low-back-pain');
    expect(lbp.text).toMatch(/NICE NG59/);
    expect(lbp.citations.map((c: { id: string }) => c.id)).toContain('nice-ng59-2016');
    expect(report.prescription.sides.left.heelLiftMm).toEqual({ value: 6, unit: 'mm', ruleId: 'leg-length-heel-lift' });
    expect(report.prescription.sides.left.shoeBuildUpMm.value).toBe(2);
  });

  it('rejects a case with unknown fields, missing parts and contradictory sides: issues with paths, exit 1', () => {
    const base = golden('plantar-heel-pain');
    const bad = {
      ...base,
      extra: 1,
      exam: { right: (base['exam'] as Record<string, unknown>)['right'] },
      intake: undefined,
    };
    const { code, stdout, stderr } = groundup('assess', caseFile('bad.json', bad), '--json');
    expect(code).toBe(1);
    const document = JSON.parse(stdout);
    expect(document.prescription).toBeNull();
    const paths = document.issues.map((i: { path: string; code: string }) => `${i.path}:${i.code}`);
    expect(paths).toEqual(expect.arrayContaining(['extra:unknown_field', 'intake:required', 'exam.left:missing_exam']));
    expect(stderr).toMatch(/exam\.left/);
  });

  it('reports a named file that fails to parse with its path and the file’s own error, exit 1, no prescription', () => {
    writeFileSync(path.join(dir, 'broken.stl'), 'solid broken\nfacet normal 0 0 1\n');
    const kase = {
      ...golden('plantar-heel-pain'),
      captures: { scan: { left: { file: 'broken.stl' } }, motion: { file: 'missing.trc' } },
    };
    const { code, stdout } = groundup('assess', caseFile('broken-case.json', kase), '--json');
    expect(code).toBe(1);
    const document = JSON.parse(stdout);
    expect(document.prescription).toBeNull();
    const byPath = new Map(document.issues.map((i: { path: string; message: string }) => [i.path, i.message]));
    expect(byPath.get('captures.scan.left.file')).toMatch(/^broken\.stl: /);
    expect(byPath.get('captures.motion.file')).toMatch(/missing\.trc: no such file/);
  });

  it('prints in text the full measurement list, the what-if and every prescription value in words', () => {
    const file = path.join(CASES, 'leg-length-difference-low-back-pain.json');
    const report = JSON.parse(groundup('assess', file, '--json').stdout);
    const { code, stdout } = groundup('assess', file);
    expect(code).toBe(0);
    for (const m of report.measurements as { label: string; value: number }[])
      expect(stdout).toMatch(new RegExp(`${m.label.replace(/[()]/g, '\\$&')}\\s+${m.value} `));
    expect(stdout).toContain('What the device would change (estimated, not measured):');
    for (const w of report.whatIf as {
      side: string;
      changes: { to: string; quantity: string; estimate: number }[];
    }[]) {
      for (const c of w.changes) expect(stdout).toContain(`${c.to} ${c.quantity}: ${c.estimate}`);
    }
    expect(stdout).toContain(`left after the lift: ${report.whatIf[0].residualLegLengthDifferenceMm} mm`);
    const rx = stdout.slice(stdout.indexOf('Prescription:'));
    expect(rx).not.toMatch(/[{}]|"|\bnull\b/);
    expect(rx).toMatch(/topCover\s+\w+, \d+ mm, \w+ length/);
    expect(rx).toMatch(/rearfootPostDeg\s+4°/);
  });

  it('never headlines an incomplete red-flag screen "none", and exits 1 without a prescription', () => {
    const kase = golden('plantar-heel-pain');
    const intake = kase['intake'] as { redFlags: Record<string, string> };
    const { 'ces-bladder': _, ...unanswered } = intake.redFlags;
    const file = caseFile('unscreened.json', { ...kase, intake: { ...intake, redFlags: unanswered } });
    const report = JSON.parse(groundup('assess', file, '--json').stdout);
    expect(report.redFlags).toMatchObject({ outcome: 'none', complete: false });
    const { code, stdout } = groundup('assess', file);
    expect(code).toBe(1);
    const headline = stdout.split('\n').find((l) => l.startsWith('Red flags:'));
    expect(headline).toMatch(/^Red flags: INCOMPLETE/);
    expect(headline).not.toMatch(/^Red flags: none/);
  });

  it('documents its exit codes (referral 0, incomplete 1, error 1, usage 2) in --help', () => {
    const help = groundup('assess', '--help').stdout;
    const codes = help.slice(help.indexOf('Exit codes'));
    expect(codes).toMatch(/^ {2}0 {2}assessed: .*\[prescribed\].*\[referred\]$/m);
    expect(codes).toMatch(/^ {2}1 {2}no prescription: [^]*\[not-cleared\][^]*\[incomplete\]/m);
    expect(codes).toMatch(/^ {2}1 {2}error: the case or a file it names is invalid/m);
    expect(codes).toMatch(/^ {2}2 {2}the command line was not understood$/m);
    // docs/assessment.md (linked from the README) documents the same codes.
    const readme = readFileSync(path.join(ROOT, 'docs', 'assessment.md'), 'utf8');
    expect(readme).toContain('**Exit codes of `groundup assess`.**');
    for (const status of ['`prescribed`', '`referred`', '`not-cleared`', '`incomplete`'])
      expect(readme).toContain(status);
  });

  it('exits 1 and prints no prescription when a value only the clinician can give is missing', () => {
    const kase = { ...golden('metatarsalgia'), clinicianChoices: undefined };
    const { code, stdout, stderr } = groundup('assess', caseFile('incomplete.json', kase), '--json');
    expect(code).toBe(1);
    expect(stderr).toMatch(/incomplete/);
    const report = JSON.parse(stdout);
    expect(report.status).toBe('incomplete');
    expect(report.prescription).toBeNull();
    expect(report.pending[0].field).toBe('metatarsalPad');
  });

  it('runs a case built from real data (BOA scan, pedar recording, OpenSim trial) end to end', (ctx) => {
    const scan = testdataOrSkip(ctx, 'boa-ssm-foot-stl/m2s_105_foot.stl');
    const pressure = testdataOrSkip(ctx, 'pedar-insole-example/pressure_example.asc');
    const motion = testdataOrSkip(ctx, 'opensim-gait2354-walk/subject01_walk1.trc');
    const still = testdataOrSkip(ctx, 'opensim-gait2354-walk/subject01_static.trc');
    const kase = {
      ...golden('flat-foot-medial-knee-pain'),
      captures: {
        scan: { right: { file: scan } },
        pressure: { file: pressure },
        motion: { file: motion, static: still },
      },
    };
    const { code, stdout, stderr } = groundup('assess', caseFile('real.json', kase), '--json');
    expect(code, stderr).toBe(0);
    const report = JSON.parse(stdout);
    const measured = report.measurements.map((m: { id: string; source: string }) => `${m.source}:${m.id}`);
    expect(measured).toEqual(
      expect.arrayContaining(['scan:footLength', 'scan:archHeightIndex', 'pressure:peakPressure', 'motion:cadence']),
    );
    // The BOA statistical-shape-model foot is an adult foot: 200–320 mm covers adult foot lengths with room for scan error.
    const length = report.measurements.find((m: { id: string }) => m.id === 'footLength').value;
    expect(length).toBeGreaterThan(200);
    expect(length).toBeLessThan(320);
    expect(report.footType.right.measures.archHeightIndex.value).toBeGreaterThan(0);
    expect(report.footType.right.measures.archIndex.note).toMatch(/in-shoe/);
    expect(report.prescription).not.toBeNull();
    // Stance angles per side from the static calibration. Bounds: foot progression −15…30° spans toe-in to
    // marked toe-out in adult walking; ±20° for the frontal-plane angles is far outside what a walk produces
    // and only catches a sign or axis error; the gait2354 walk is at about 1.1 m/s (README), 0.8–1.8 m/s is
    // adult walking.
    type Measurement = { id: string; side: string | null; source: string; value: number; unit: string };
    const motionFigure = (id: string, side: string | null): Measurement | undefined =>
      report.measurements.find((m: Measurement) => m.id === id && m.side === side && m.source === 'motion');
    for (const side of ['left', 'right']) {
      const progression = motionFigure('stanceFootProgression', side);
      expect(progression?.unit).toBe('deg');
      expect(progression?.value).toBeGreaterThan(-15);
      expect(progression?.value).toBeLessThan(30);
      for (const id of ['stanceInversion', 'stanceKneeAdduction', 'stancePelvisObliquity']) {
        expect(Math.abs(motionFigure(id, side)?.value ?? NaN), `${side} ${id}`).toBeLessThan(20);
      }
    }
    // The walk has two right strikes but one left strike (README: right stride 1.40 m): only the right stride.
    expect(motionFigure('strideLength', 'right')?.value).toBeGreaterThan(0.8);
    expect(motionFigure('strideLength', 'right')?.value).toBeLessThan(2);
    expect(motionFigure('strideLength', 'left')).toBeUndefined();
    const speed = motionFigure('walkingSpeed', null);
    expect(speed?.unit).toBe('m/s');
    expect(speed?.value).toBeGreaterThan(0.8);
    expect(speed?.value).toBeLessThan(1.8);
    expect(motionFigure('stepWidth', null)?.value).toBeGreaterThan(0);
    expect(motionFigure('stepWidth', null)?.value).toBeLessThan(0.4);
    expect(report.warnings.map((i: { code: string }) => i.code)).not.toContain('no_static');
    // The dynamic inversion range sits beside the chain, labelled, and the chain still starts from the exam's RCSP.
    expect(report.chain.right.measuredStanceInversion.label).toMatch(/not used by the estimate/);
    expect(report.chain.right.measuredStanceInversion.minDeg).toBeLessThanOrEqual(
      report.chain.right.measuredStanceInversion.maxDeg,
    );
  });

  it('reports a static trial without the markers for joint angles at captures.motion.static, exit 1', (ctx) => {
    const motion = testdataOrSkip(ctx, 'opensim-gait2354-walk/subject01_walk1.trc');
    const kase = {
      ...golden('flat-foot-medial-knee-pain'),
      captures: { motion: { file: motion, static: 'missing-static.trc' } },
    };
    const { code, stdout } = groundup('assess', caseFile('no-static.json', kase), '--json');
    expect(code).toBe(1);
    const document = JSON.parse(stdout);
    const byPath = new Map(document.issues.map((i: { path: string; message: string }) => [i.path, i.message]));
    expect(byPath.get('captures.motion.static')).toMatch(/missing-static\.trc: no such file/);
  });

  it('writes the lab form and the patient report as PDFs with the key fields in their text', (ctx) => {
    if (!requirement('pdftotext (poppler-utils)', hasPdftotext, 'apt-get install poppler-utils'))
      return ctx.skip('pdftotext (poppler-utils) is not installed');
    const rx = path.join(dir, 'rx.pdf');
    const report = path.join(dir, 'report.pdf');
    const { code, stderr } = groundup(
      'assess',
      path.join(CASES, 'leg-length-difference-low-back-pain.json'),
      '--pdf',
      rx,
      '--report',
      report,
    );
    expect(code, stderr).toBe(0);
    const form = pdfText(rx);
    for (const text of [
      'Orthotic prescription',
      'golden-leg-length-difference-low-back-pain',
      'Age 42',
      'meat cutter',
      'Heel lift',
      '6 mm',
      'leg-length-heel-lift',
      'External shoe build-up',
      'polypropylene',
      'NICE NG59',
    ]) {
      expect(form, text).toContain(text);
    }
    const patient = pdfText(report);
    for (const text of [
      'Your foot assessment',
      'What we measured',
      'Pelvis',
      'What the insoles do',
      'heel lift',
      'NICE',
      'What the research says',
    ]) {
      expect(patient, text).toContain(text);
    }
    const referral = path.join(dir, 'referral.pdf');
    expect(groundup('assess', path.join(CASES, 'emergency-red-flag.json'), '--pdf', referral).code).toBe(0);
    expect(pdfText(referral)).toContain('NO PRESCRIPTION');
  });
});

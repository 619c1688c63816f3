import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { requirement } from '../../../test-support/requirements.js';
import { TESTDATA_DIR } from '../../../test-support/testdata.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = path.join(ROOT, 'packages/cli/bin/groundup.js');
const CASES = path.join(ROOT, 'examples/cases');
const LLD_CASE = path.join(CASES, 'leg-length-difference-low-back-pain.json');
const KNEE_CASE = path.join(CASES, 'flat-foot-medial-knee-pain.json');

const hasPdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).error === undefined;
const runs = requirement('pdftotext (poppler-utils)', hasPdftotext, 'apt-get install poppler-utils');

interface Measurement {
  readonly id: string;
  readonly side: 'left' | 'right' | null;
  readonly label: string;
  readonly value: number | string | null;
  readonly unit: string | null;
  readonly source: string;
}

describe.skipIf(!runs)('the assess PDFs read as plain words', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'groundup-assess-pdf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function groundup(...args: string[]) {
    const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000, cwd: dir });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  /** The PDF's text in reading order, whitespace collapsed (labels wrap across lines). */
  function text(file: string): string {
    return spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
  }

  function assessCase(casePath: string, name: string, ...extra: string[]) {
    const rx = path.join(dir, `${name}-rx.pdf`);
    const report = path.join(dir, `${name}-report.pdf`);
    const run = groundup('assess', casePath, '--json', '--pdf', rx, '--report', report, ...extra);
    expect(run.code, run.stderr).toBe(0);
    return {
      json: JSON.parse(run.stdout) as {
        measurements: Measurement[];
        legLength: { differenceMm: number; shortSide: 'left' | 'right' | null } | null;
        chain: { left: { links: { estimate: number | null }[] }; right: { links: { estimate: number | null }[] } };
      },
      form: text(rx),
      patient: text(report),
    };
  }

  it('tells every measurement with what it is, its value and unit, what it means, and that it was measured', () => {
    const { json, patient } = assessCase(LLD_CASE, 'lld');
    const shown = json.measurements.filter((m) => m.source !== 'questionnaire' && m.value !== null);
    expect(shown.length).toBeGreaterThan(3);
    for (const m of shown) {
      expect(patient, m.label).toContain(m.label);
      const unit = m.unit === 'deg' ? '°' : m.unit === null || m.unit === 'ratio' ? '' : ` ${m.unit}`;
      expect(patient, m.id).toContain(`${m.side === null ? '' : `${m.side} `}${String(m.value)}${unit}`);
    }
    const groups = new Set(shown.map((m) => m.id)).size;
    expect(patient.match(/What it is:/g)?.length).toBe(groups);
    expect(patient.match(/What it means for you/g)?.length ?? 0).toBeGreaterThanOrEqual(groups);
    expect(patient).toContain('(measured on you)');
    expect(patient).toMatch(/Evidence: .*measurement study/);
    // The navicular drop says what a drop is, not only a number.
    expect(patient).toMatch(/Navicular drop: left \d+ mm, right \d+ mm .*What it is: How far the bony bump/);
  });

  it('says NICE NG59 advises against orthoses for low back pain wherever back pain is the complaint', () => {
    const back = assessCase(LLD_CASE, 'back').patient;
    expect(back).toContain('In short');
    expect(back).toMatch(/About your back pain: .*NICE NG59/);
    expect(back).toMatch(/About your back: NICE guideline NG59 advises against foot orthoses for low back pain/);
    const knee = assessCase(KNEE_CASE, 'knee').patient;
    expect(knee).not.toContain('About your back pain');
    // The chain drawing reaches the lower back, so the caveat is there for everyone.
    expect(knee).toMatch(/foot orthoses are not a treatment for back pain: NICE guideline NG59/);
  });

  it('draws the chain with the pelvis low on the measured short side and each estimate labelled estimated', () => {
    const { json, patient } = assessCase(LLD_CASE, 'chain');
    const short = json.legLength?.shortSide;
    expect(short).toBeDefined();
    expect(patient).toContain(`Pelvis lower on the ${short ?? '?'}`);
    expect(patient).toContain(`Your ${short ?? '?'} leg is ${json.legLength?.differenceMm ?? '?'} mm shorter`);
    expect(patient).toMatch(/Direction only: no study gives how much the pelvis tilts/);
    expect(patient).toContain('Lower back: no estimate');
    for (const side of ['left', 'right'] as const) {
      for (const link of json.chain[side].links) {
        if (link.estimate === null) continue;
        const name = side === 'left' ? 'Left' : 'Right';
        expect(patient).toContain(`${name} shin turns inward about ${link.estimate}°`);
      }
    }
    expect(patient).toMatch(/Estimated from how your left heel leans \(range [\d.]+–[\d.]+°\)/);
    expect(patient).toContain('Estimated from studies of other people, not measured on you');
    // The old stick frame's wording is gone.
    expect(patient).not.toContain('Shin (tibia):');
  });

  it('puts the clinic and clinician on the lab form, or lines to fill in when they are not given', () => {
    const named = assessCase(LLD_CASE, 'named', '--clinic', 'Northside Foot Clinic', '--clinician', 'A. Rivera');
    expect(named.form).toMatch(/Ordering clinic: Northside Foot Clinic/);
    expect(named.form).toMatch(/Clinician: A\. Rivera/);
    expect(named.patient).toContain('by A. Rivera, Northside Foot Clinic');
    const blank = assessCase(LLD_CASE, 'blank');
    expect(blank.form).toMatch(/Ordering clinic: .*Clinician: .*Signature: .*Date:/);
    expect(blank.form).not.toContain('Northside');
  });

  it('never says the arch comes from the scan when there is no scan, and labels low-quality conventions', () => {
    const { json, form } = assessCase(LLD_CASE, 'noscan');
    expect(json.measurements.some((m) => m.source === 'scan')).toBe(false);
    expect(form).toContain('Captures: no 3D scan');
    expect(form).not.toMatch(/from the (3D )?scan/);
    expect(form).toMatch(/Arch height NOT SET: no scan on file/);
    // default-arch-standard rests on a blog only; the in-shoe heel-lift limit on an encyclopedia and a blog.
    expect(form).toMatch(/default-arch-standard \(practice convention, low-quality source\)/);
    expect(form).toMatch(/In-shoe heel-lift limit applied: .*practice convention from a low-quality source/);
    expect(form).toMatch(/default-arch-standard \[V2\] \(practice convention from a low-quality source \(a blog\)\)/);
  });

  it('shows the same low-quality label in the CLI text', () => {
    const run = groundup('assess', LLD_CASE);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /rule default-arch-standard \(practice convention from a low-quality source \(a blog\)\)/,
    );
    expect(run.stdout).not.toMatch(/rule default-shell-polypropylene \(practice convention from a low-quality/);
  });

  const scan = path.join(TESTDATA_DIR, 'boa-ssm-foot-stl/m2s_105_foot.stl');
  const hasScan = requirement(
    'test data boa-ssm-foot-stl',
    existsSync(scan),
    'set GROUNDUP_TESTDATA or put shared/testdata beside the repository',
  );
  it.skipIf(!hasScan)('takes the arch from the scan only on the side that has one', () => {
    const kase = JSON.parse(readFileSync(KNEE_CASE, 'utf8')) as Record<string, unknown>;
    const file = path.join(dir, 'one-scan.json');
    writeFileSync(file, JSON.stringify({ ...kase, captures: { scan: { right: { file: scan } } } }));
    const { form } = assessCase(file, 'one-scan');
    expect(form).toContain('Captures: 3D scan of the right foot');
    const row = /Arch height (NOT SET.*?) Heel cup depth/.exec(form)?.[1] ?? '';
    // Left (no scan) first, then right (scanned).
    expect(row).toMatch(/^NOT SET: no scan on file.*from the 3D scan \(total contact\)/);
  });
});

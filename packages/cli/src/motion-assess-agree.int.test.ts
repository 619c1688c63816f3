import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { testdataFile } from '../../../test-support/testdata.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = path.join(ROOT, 'packages/cli/bin/groundup.js');
const dir = mkdtempSync(path.join(tmpdir(), 'groundup-agree-'));

function groundup(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000, cwd: dir });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const trials = [
  {
    name: 'the gait2354 walk with its GRF file',
    motion: testdataFile('opensim-gait2354-walk/subject01_walk1.trc'),
    grf: testdataFile('opensim-gait2354-walk/subject01_walk1_grf.mot'),
    source: 'grf',
  },
  {
    name: 'the OpenSim walking2.c3d',
    motion: testdataFile('opensim-c3d-walking/walking2.c3d'),
    grf: null,
    source: 'force-plates+markers',
  },
] as const;

describe('groundup motion analyze and groundup assess on the same trial', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const trial of trials) {
    it.skipIf(trial.motion === null)(`find the same events and cadence in ${trial.name}`, () => {
      const analyzed = groundup(
        'motion',
        'analyze',
        trial.motion!,
        ...(trial.grf === null ? [] : ['--grf', trial.grf]),
        '--json',
      );
      expect(analyzed.code, analyzed.stderr).toBe(0);
      const motion = JSON.parse(analyzed.stdout);
      expect(motion.eventSource).toBe(trial.source);
      const golden = JSON.parse(
        readFileSync(path.join(ROOT, 'examples/cases/flat-foot-medial-knee-pain.json'), 'utf8'),
      ) as Record<string, unknown>;
      const kase = {
        ...golden,
        captures: { motion: { file: trial.motion, ...(trial.grf === null ? {} : { grf: trial.grf }) } },
      };
      const file = path.join(dir, 'case.json');
      writeFileSync(file, JSON.stringify(kase));
      const assessed = groundup('assess', file, '--json');
      const report = JSON.parse(assessed.stdout);
      const cadence = report.measurements.find((m: { id: string }) => m.id === 'cadence');
      expect(cadence, assessed.stderr).toBeDefined();
      // The assessment rounds to 0.1 steps/min.
      expect(Math.abs(cadence.value - motion.spatiotemporal.cadenceStepsPerMin)).toBeLessThanOrEqual(0.05 + 1e-9);
      expect(cadence.method).toMatch(trial.source === 'grf' ? /ground reaction force/ : /force plates/);
    });
  }
});

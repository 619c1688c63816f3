import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, type TestContext } from 'vitest';
import { testdataFile } from '../../../test-support/testdata.js';

const BIN = path.join(fileURLToPath(new URL('../../../', import.meta.url)), 'packages/cli/bin/groundup.js');

function inspect(files: string[]) {
  const result = spawnSync(process.execPath, [BIN, 'inspect', ...files, '--json'], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, json: JSON.parse(result.stdout) as unknown, stderr: result.stderr };
}

function real(relative: string, context: TestContext): string {
  const file = testdataFile(relative);
  if (file === null) context.skip(`test data ${relative} is absent`);
  return file;
}

describe('groundup inspect', () => {
  it('recognises the real pedar, PhysioNet and C3D files with the readers, and not the PNG', (context) => {
    const files = [
      real('pedar-insole-example/pressure_example.asc', context),
      real('physionet-gaitpdb-sample/GaCo01_01.txt', context),
      real('opensim-c3d-walking/walking2.c3d', context),
      real('pedar-insole-example/pedarProbe_left_foot_mask.png', context),
    ];
    const { code, json } = inspect(files);
    const kinds = (json as { format: { kind: string } }[]).map((report) => report.format.kind);
    expect(kinds).toEqual(['pedar', 'gaitpdb', 'c3d', 'unknown']);
    expect(code).toBe(1); // one file is not a capture
  });

  it('exits 0 when every file is a capture', (context) => {
    const { code, json } = inspect([real('boa-ssm-foot-stl/m2s_105_foot.stl', context)]);
    expect(code).toBe(0);
    expect((json as { format: { kind: string; family: string } }).format).toMatchObject({
      kind: 'stl-binary',
      family: 'scan',
    });
  });
});

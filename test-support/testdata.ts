import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requirement } from './requirements.js';

/** The shared real-data folder: `GROUNDUP_TESTDATA`, or `../shared/testdata` beside the repository. */
export const TESTDATA_DIR =
  process.env['GROUNDUP_TESTDATA'] ?? fileURLToPath(new URL('../../shared/testdata/', import.meta.url));

/**
 * The path of a file in the shared test data, or null (with a visible skip message, or a failure under CI)
 * when the folder is absent.
 *
 * @param relative - path inside the test data folder, e.g. `boa-ssm-foot-stl/m2s_105_foot.stl`
 * @returns the absolute path, or null to skip
 */
export function testdataFile(relative: string): string | null {
  const full = path.join(TESTDATA_DIR, relative);
  return requirement(
    `test data ${relative}`,
    existsSync(full),
    `set GROUNDUP_TESTDATA or put shared/testdata beside the repository`,
  )
    ? full
    : null;
}

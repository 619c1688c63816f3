import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requirement } from './requirements.js';

/** The shared real-data folder: `GROUNDUP_TESTDATA`, or `../shared/testdata` beside the repository. */
export const TESTDATA_DIR =
  process.env['GROUNDUP_TESTDATA'] ?? fileURLToPath(new URL('../../shared/testdata/', import.meta.url));

/** What a test can skip itself with: vitest's test context (`it('…', (ctx) => …)`). */
export interface SkippableContext {
  readonly skip: (note?: string) => never;
}

/**
 * The path of a file in the shared test data, or null (with a visible skip message, or a failure under CI)
 * when the folder is absent. Tests do not call this and return early (that counts as passed): they use
 * {@link testdataOrSkip} inside a test, or {@link hasTestdata} with `describe.skipIf` / `it.skipIf`.
 *
 * @param relative - path inside the test data folder, e.g. `boa-ssm-foot-stl/m2s_105_foot.stl`
 * @returns the absolute path, or null when it is absent
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

/**
 * Whether every named file of the shared test data is present (printing a skip message, or failing
 * under CI, for each that is not): the condition for `describe.skipIf(!hasTestdata(…))`.
 *
 * @param relative - paths inside the test data folder
 * @returns true when all are there
 */
export function hasTestdata(...relative: readonly string[]): boolean {
  return relative.map((file) => testdataFile(file) !== null).every(Boolean);
}

/**
 * The path of a file in the shared test data; when it is absent the running test is marked skipped
 * (vitest's `ctx.skip`), so the summary counts it as skipped, not passed.
 *
 * @param ctx - the test's context
 * @param relative - path inside the test data folder
 * @returns the absolute path (never returns when the file is absent)
 */
export function testdataOrSkip(ctx: SkippableContext, relative: string): string {
  const file = testdataFile(relative);
  if (file === null) return ctx.skip(`test data ${relative} is absent`);
  return file;
}

/**
 * Tests that need something outside Node (a Debian package, PostgreSQL, the shared test data)
 * skip with a visible message on a developer machine that lacks it, and fail under `CI=true`,
 * where `.ci/run` has installed everything.
 */
export const IN_CI = process.env['CI'] === 'true';

/**
 * Decides whether a suite that needs `what` runs.
 *
 * @param what - a short name, e.g. "PostgreSQL (DATABASE_URL)"
 * @param available - whether it is there
 * @param hint - how to get it
 * @returns true to run the suite; false to skip it (after printing why). Under CI a missing requirement throws.
 */
export function requirement(what: string, available: boolean, hint: string): boolean {
  if (available) return true;
  const message = `${what} is not available: ${hint}`;
  if (IN_CI) throw new Error(`CI=true and ${message}`);
  console.warn(`\n  SKIPPED: ${message}\n`);
  return false;
}

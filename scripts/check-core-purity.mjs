#!/usr/bin/env node
// packages/core must stay pure: no node:* or other I/O modules, no fetch, clock or randomness,
// and no imports of the other groundup packages (CONVENTIONS.md, "Pure core; I/O at the edges").
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Rules: a pattern, and what it means. Exported for the test that proves the check can fail. */
export const RULES = [
  [
    /\bfrom\s+['"](node:[^'"]+|fs|fs\/promises|path|os|child_process|http|https|net|crypto|worker_threads|url)['"]/,
    'imports a Node I/O module',
  ],
  [/\bimport\s*\(\s*['"]node:/, 'imports a Node module dynamically'],
  [/\brequire\s*\(/, 'uses require()'],
  [/\bfrom\s+['"]@groundup\//, 'imports another groundup package'],
  [/\bfetch\s*\(/, 'calls fetch()'],
  [/\bDate\.now\s*\(|\bnew Date\s*\(\s*\)/, 'reads the clock'],
  [/\bperformance\.now\s*\(/, 'reads the clock'],
  [/\bMath\.random\s*\(/, 'uses Math.random()'],
  [/\bcrypto\.(getRandomValues|randomUUID)\s*\(/, 'uses randomness'],
  [/\bprocess\.(env|argv|cwd|exit)\b/, 'reads the process'],
];

/**
 * Lists violations in one file's source text (comments are not exempt: keep them out of the way).
 *
 * @param text - the source
 * @returns one message per violating line
 */
export function violations(text) {
  const found = [];
  text.split('\n').forEach((line, index) => {
    for (const [pattern, meaning] of RULES)
      if (pattern.test(line)) found.push(`line ${index + 1}: ${meaning}: ${line.trim()}`);
  });
  return found;
}

function sources(dir) {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry) ? [full] : [];
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'core', 'src');
  const problems = sources(root).flatMap((file) =>
    violations(readFileSync(file, 'utf8')).map((v) => `${path.relative(process.cwd(), file)} ${v}`),
  );
  if (problems.length > 0) {
    process.stderr.write(
      `packages/core must stay pure (no I/O, clock, randomness or other packages):\n${problems.join('\n')}\n`,
    );
    process.exit(1);
  }
  process.stdout.write('core purity: ok\n');
}

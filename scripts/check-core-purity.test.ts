import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { violations } from './check-core-purity.mjs';

describe('the core purity check', () => {
  it('catches I/O, clock, randomness and cross-package imports', () => {
    const bad = [
      "import { readFile } from 'node:fs/promises';",
      "import path from 'path';",
      "const x = await import('node:os');",
      "import { startServer } from '@groundup/server';",
      'const r = await fetch(url);',
      'const t = Date.now();',
      'const d = new Date();',
      'const n = Math.random();',
      'const id = crypto.randomUUID();',
      "const v = process.env['X'];",
    ];
    for (const line of bad) expect(violations(line), line).toHaveLength(1);
  });

  it('lets pure code through', () => {
    const good = [
      "import type { Issue } from '../issue.js';",
      'const d = new Date(Date.UTC(2020, 0, 1));',
      'const scaled = Math.round(value * 10) / 10;',
      'export function prefetchless(fetcher: number) { return fetcher; }',
    ];
    for (const line of good) expect(violations(line), line).toEqual([]);
  });

  it('passes on the real packages/core', () => {
    const script = fileURLToPath(new URL('./check-core-purity.mjs', import.meta.url));
    const result = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as root from './index.js';
import * as insole from './insole/index.js';
import * as mesh from './mesh/index.js';
import * as motion from './motion/index.js';
import * as prescription from './prescription/index.js';
import * as pressure from './pressure/index.js';
import * as scan from './scan/index.js';

const AREAS: Readonly<Record<string, Record<string, unknown>>> = { insole, mesh, motion, prescription, pressure, scan };

/** The names a barrel's source exports from `./<folder>/…` (all of them when folder is null), types included. */
function exportedNames(source: string, folder: string | null): string[] {
  const names: string[] = [];
  for (const [, list, from] of source.matchAll(/export (?:type )?\{([^}]*)\} from '\.\/([^']+)';/g)) {
    if (folder !== null && !(from ?? '').startsWith(`${folder}/`)) continue;
    for (const item of (list ?? '').split(',')) {
      const name =
        item
          .replace(/^\s*type\s+/, '')
          .split(' as ')
          .at(-1)
          ?.trim() ?? '';
      if (name !== '') names.push(name);
    }
  }
  return names.sort();
}

describe('the subpath barrels (@groundup/core/mesh, /scan, …)', () => {
  const rootSource = readFileSync(new URL('./index.ts', import.meta.url), 'utf8');
  for (const [folder, area] of Object.entries(AREAS)) {
    it(`/${folder} is the one list of ${folder}/'s exports: the root barrel re-exports it whole, as the same values`, () => {
      const areaSource = readFileSync(new URL(`./${folder}/index.ts`, import.meta.url), 'utf8');
      expect(exportedNames(areaSource, null).length).toBeGreaterThan(3);
      expect(rootSource).toContain(`export * from './${folder}/index.js';`);
      // No second list: the root names nothing of the folder itself.
      expect(exportedNames(rootSource, folder)).toEqual([]);
      for (const [name, value] of Object.entries(area))
        expect(value, name).toBe((root as Record<string, unknown>)[name]);
    });
  }
});

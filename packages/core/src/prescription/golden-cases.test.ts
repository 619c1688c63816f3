import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { assess } from '../assessment/assess.js';
import { loadCaseCaptures } from '../assessment/case-captures.js';
import { parseCase } from '../assessment/case-file.js';
import { prescribe } from './prescribe.js';
import { readPrescription } from './read-prescription.js';

// Golden prescriptions for the canonical cases. A rule change shows up as a diff of
// examples/cases/golden/*.rx.json; after review, regenerate with
//   GROUNDUP_UPDATE_GOLDEN=1 npx vitest run packages/core/src/prescription/golden-cases.test.ts
const CASES = fileURLToPath(new URL('../../../../examples/cases/', import.meta.url));
const UPDATE = process.env['GROUNDUP_UPDATE_GOLDEN'] === '1';
const names = readdirSync(CASES)
  .filter((f) => f.endsWith('.json') && f !== 'case.schema.json')
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

function golden(name: string) {
  const kase = parseCase(readFileSync(path.join(CASES, `${name}.json`), 'utf8'));
  if (kase.kind !== 'valid') throw new Error(`${name}: ${JSON.stringify(kase.issues)}`);
  const captures = loadCaseCaptures(kase.value, new Map());
  if (captures.kind !== 'valid') throw new Error(`${name}: ${JSON.stringify(captures.issues)}`);
  const result = prescribe(assess(kase.value, captures.value));
  return { result, text: `${JSON.stringify(result.kind === 'prescribed' ? result.prescription : null, null, 2)}\n` };
}

describe('golden prescriptions of the canonical cases', () => {
  it('has the six canonical cases', () => {
    expect(names).toEqual([
      'emergency-red-flag',
      'flat-foot-medial-knee-pain',
      'high-arch-lateral-ankle-instability',
      'leg-length-difference-low-back-pain',
      'metatarsalgia',
      'plantar-heel-pain',
    ]);
  });

  it('every case file validates against examples/cases/case.schema.json', () => {
    const schema = JSON.parse(readFileSync(path.join(CASES, 'case.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true }).compile(schema);
    for (const name of names) {
      const ok = validate(JSON.parse(readFileSync(path.join(CASES, `${name}.json`), 'utf8')));
      expect(validate.errors ?? [], name).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  for (const name of names) {
    it(`${name} matches golden/${name}.rx.json`, () => {
      const file = path.join(CASES, 'golden', `${name}.rx.json`);
      const { result, text } = golden(name);
      if (UPDATE || !existsSync(file)) {
        if (!UPDATE) throw new Error(`${file} is missing: run with GROUNDUP_UPDATE_GOLDEN=1 and review the diff`);
        writeFileSync(file, text);
      }
      expect(text).toBe(readFileSync(file, 'utf8'));
      if (result.kind === 'prescribed') expect(readPrescription(result.prescription).issues).toEqual([]);
    });
  }

  it('refers the emergency case with no prescription, and prescribes the others completely', () => {
    for (const name of names) {
      const { result } = golden(name);
      expect(result.kind, name).toBe(name === 'emergency-red-flag' ? 'referred' : 'prescribed');
    }
  });
});

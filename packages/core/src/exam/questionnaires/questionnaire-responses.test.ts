import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FFI } from './ffi.js';
import { ODI } from './odi.js';
import { QUESTIONNAIRES } from './questionnaires.js';
import { parseQuestionnaireResponses, readQuestionnaireResponses } from './questionnaire-responses.js';

function codes(input: unknown): string[] {
  return readQuestionnaireResponses(ODI, input).issues.map((issue) => `${issue.path}:${issue.code}`);
}

describe('readQuestionnaireResponses', () => {
  it('keeps answered items and treats null or absent as unanswered', () => {
    const read = readQuestionnaireResponses(ODI, { version: '2.1a', answers: { walking: 2, 'sex-life': null } });
    expect(read).toEqual({
      kind: 'valid',
      value: { kind: 'QuestionnaireResponses', instrument: 'odi', version: '2.1a', answers: { walking: 2 } },
      issues: [],
    });
  });

  it('rejects out-of-range and fractional item scores at the item path', () => {
    expect(codes({ answers: { walking: 6, lifting: -1, sitting: 2.5, standing: '3' } })).toEqual([
      'answers.walking:out_of_range',
      'answers.lifting:out_of_range',
      'answers.sitting:not_integer',
      'answers.standing:invalid_type',
    ]);
  });

  it('accepts decimals on a visual analogue scale (FFI) but not past its ends', () => {
    expect(readQuestionnaireResponses(FFI, { answers: { p1: 3.5 } }).kind).toBe('valid');
    expect(readQuestionnaireResponses(FFI, { answers: { p1: 10.5 } }).issues[0]?.path).toBe('answers.p1');
  });

  it('rejects unknown items, unknown versions and another instrument’s responses', () => {
    expect(codes({ answers: { q1: 1 } })).toEqual(['answers.q1:unknown_item']);
    expect(codes({ version: '2.0', answers: {} })).toEqual(['version:unknown_version']);
    expect(codes({ instrument: 'rmdq', answers: {} })).toEqual(['instrument:instrument_mismatch']);
  });

  it('requires an answers object and warns about fields it does not use', () => {
    expect(codes({})).toEqual(['answers:required']);
    expect(codes({ answers: [1, 2] })).toEqual(['answers:invalid_type']);
    expect(codes([])).toEqual([':invalid_type']);
    const read = readQuestionnaireResponses(ODI, { answers: {}, patient: 'x' });
    expect(read.kind).toBe('valid');
    expect(read.issues).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'patient', code: 'unknown_field' }),
    ]);
  });

  it('reports text that is not JSON as one issue', () => {
    const read = parseQuestionnaireResponses(ODI, '{"answers": {');
    expect(read.kind).toBe('invalid');
    expect(read.issues).toEqual([expect.objectContaining({ code: 'invalid_json', path: '' })]);
  });

  it('never throws, whatever JSON or text it is given', () => {
    fc.assert(
      fc.property(fc.constantFrom(...QUESTIONNAIRES), fc.jsonValue(), fc.string(), (definition, value, text) => {
        void readQuestionnaireResponses(definition, value);
        void readQuestionnaireResponses(definition, { answers: value });
        void parseQuestionnaireResponses(definition, text);
      }),
    );
  });
});

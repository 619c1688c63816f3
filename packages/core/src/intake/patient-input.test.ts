import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalisePatientInput, validatePatientInput } from './patient-input.js';

const TODAY = '2026-11-22';
const valid = {
  givenName: 'Jordan',
  familyName: 'Lee',
  birthDate: '1985-03-02',
  sex: 'female',
  email: 'j@example.org',
};

function codesAt(input: unknown): string[] {
  return validatePatientInput(input, TODAY).map((issue) => `${issue.path}:${issue.code}`);
}

describe('validatePatientInput', () => {
  it('accepts a complete patient and one with only the two names', () => {
    expect(validatePatientInput(valid, TODAY)).toEqual([]);
    expect(validatePatientInput({ givenName: 'A', familyName: 'B' }, TODAY)).toEqual([]);
  });

  it('reports each missing or blank name at its field', () => {
    expect(codesAt({})).toEqual(['givenName:required', 'familyName:required']);
    expect(codesAt({ givenName: '   ', familyName: 'B' })).toEqual(['givenName:required']);
  });

  it('rejects something that is not an object', () => {
    for (const input of [null, 3, 'x', [valid]]) expect(codesAt(input)).toEqual([':invalid_type']);
  });

  it('rejects impossible, future and pre-1900 birth dates', () => {
    expect(codesAt({ ...valid, birthDate: '2023-02-29' })).toEqual(['birthDate:invalid_date']);
    expect(codesAt({ ...valid, birthDate: '1985-13-01' })).toEqual(['birthDate:invalid_date']);
    expect(codesAt({ ...valid, birthDate: '02/03/1985' })).toEqual(['birthDate:invalid_date']);
    expect(codesAt({ ...valid, birthDate: '2026-11-23' })).toEqual(['birthDate:out_of_range']);
    expect(codesAt({ ...valid, birthDate: '1899-12-31' })).toEqual(['birthDate:out_of_range']);
    expect(codesAt({ ...valid, birthDate: '2024-02-29' })).toEqual([]);
  });

  it('accepts every real calendar date from 1900 to today, and rejects day 32', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date(`${TODAY}T00:00:00Z`), noInvalidDate: true }),
        (date) => {
          const text = date.toISOString().slice(0, 10);
          expect(validatePatientInput({ ...valid, birthDate: text }, TODAY)).toEqual([]);
          expect(codesAt({ ...valid, birthDate: `${text.slice(0, 8)}32` })).toEqual(['birthDate:invalid_date']);
        },
      ),
    );
  });

  it('rejects an unknown sex and a malformed email', () => {
    expect(codesAt({ ...valid, sex: 'F' })).toEqual(['sex:invalid_value']);
    expect(codesAt({ ...valid, email: 'not an email' })).toEqual(['email:invalid_email']);
    expect(codesAt({ ...valid, email: '' })).toEqual([]);
  });

  it('never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const issues = validatePatientInput(value, TODAY);
        expect(Array.isArray(issues)).toBe(true);
      }),
    );
  });
});

describe('normalisePatientInput', () => {
  it('trims names, lowercases the email and fills defaults', () => {
    expect(normalisePatientInput({ givenName: ' Ann ', familyName: 'Bo ', email: ' A@B.Org ' })).toEqual({
      givenName: 'Ann',
      familyName: 'Bo',
      birthDate: null,
      sex: 'unknown',
      email: 'a@b.org',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { readQuestionnaireWording } from './questionnaire-wording.js';

const pack = {
  instrument: 'faam-sports',
  version: '8-item',
  language: 'en-GB',
  licence: 'Licensed to Example Clinic',
  items: Object.fromEntries(
    Array.from({ length: 8 }, (_, i) => [
      `sports${i + 1}`,
      { text: `Licensed text ${i + 1}`, options: ['a', 'b', 'c', 'd', 'e'] },
    ]),
  ),
};

describe('readQuestionnaireWording', () => {
  it('loads a clinic’s licensed wording for an instrument groundup ships without it', () => {
    const read = readQuestionnaireWording(pack);
    expect(read.kind).toBe('valid');
    if (read.kind === 'valid') expect(read.value.items['sports3']?.text).toBe('Licensed text 3');
  });

  it('rejects unknown instruments, versions and items, and wrong numbers of answer labels', () => {
    expect(readQuestionnaireWording({ ...pack, instrument: 'sf-36' }).issues.map((i) => i.code)).toEqual([
      'unknown_instrument',
    ]);
    const bad = readQuestionnaireWording({
      ...pack,
      version: '9-item',
      items: { ...pack.items, sports9: { text: 'x' }, sports1: { text: 'x', options: ['a', 'b'] } },
    });
    expect(bad.issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      'version:unknown_version',
      'items.sports1.options:wrong_length',
      'items.sports9:unknown_item',
    ]);
  });

  it('warns about items left without wording', () => {
    const { sports8: _left, ...seven } = pack.items;
    const read = readQuestionnaireWording({ ...pack, items: seven });
    expect(read.kind).toBe('valid');
    expect(read.issues).toEqual([expect.objectContaining({ severity: 'warning', path: 'items.sports8' })]);
  });
});

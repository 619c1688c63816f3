import { describe, expect, it } from 'vitest';
import { formatRxValue } from './format-rx-value.js';

describe('formatRxValue', () => {
  it('writes a top cover and a metatarsal pad as phrases, not JSON', () => {
    expect(formatRxValue('topCover', { material: 'spenco', thicknessMm: 2, length: 'full' })).toBe(
      'spenco, 2 mm, full length',
    );
    expect(formatRxValue('topCover', { material: 'none', thicknessMm: 0, length: 'full' })).toBe('none');
    expect(formatRxValue('metatarsalPad', { metatarsal: 2, heightMm: 5, proximalOffsetMm: 3 })).toBe(
      'pad under metatarsal 2, 5 mm high, distal edge 3 mm proximal to the head',
    );
  });

  it('says what a null means for its field, never a bare null', () => {
    expect(formatRxValue('archHeightMm', null, 'mm')).toMatch(/^from the foot scan/);
    expect(formatRxValue('metatarsalPad', null)).toBe('none');
    expect(formatRxValue('somethingElse', null)).toBe('not set');
  });

  it('attaches units (° for degrees) and lists additions, "none" for an empty list', () => {
    expect(formatRxValue('rearfootPostDeg', 4, 'deg')).toBe('4°');
    expect(formatRxValue('shellThicknessMm', 4.8, 'mm')).toBe('4.8 mm');
    expect(formatRxValue('shellThicknessMm', 1 / 3, 'mm')).toBe('0.33 mm');
    expect(formatRxValue('additions', [])).toBe('none');
    expect(formatRxValue('additions', ['deep-heel-cup', 'medial-flange'])).toBe('deep-heel-cup, medial-flange');
  });

  it('never prints JSON punctuation for any object a field may hold', () => {
    const text = formatRxValue('unknownObject', { a: 1, b: { c: 'x' } });
    expect(text).not.toMatch(/[{}"]/);
    expect(text).toBe('a 1, b c x');
  });
});

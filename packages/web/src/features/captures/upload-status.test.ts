import { describe, expect, it } from 'vitest';
import { failureReason, resultSummary, statusLook } from './upload-status.js';

describe('resultSummary', () => {
  it('says every count the analysis reported, in words, singular for one', () => {
    expect(resultSummary({ triangleCount: 4, format: { frameCount: 1, markerCount: 12 } })).toBe(
      '4 triangles · 1 frame · 12 markers',
    );
    expect(resultSummary({ analogChannelCount: 2 })).toBe('2 analog channels');
    expect(resultSummary({ vertexCount: 4, triangleCount: 4 })).toBe('4 vertices · 4 triangles');
    expect(resultSummary({ vertexCount: 1 })).toBe('1 vertex');
  });

  it('says nothing for a result it does not understand, never a crash', () => {
    for (const result of [null, undefined, 'text', 42, [], { count: 'x' }, { triangleCount: Number.NaN }])
      expect(resultSummary(result)).toBeNull();
  });
});

describe('statusLook and failureReason', () => {
  it('labels every status and reads the error message of a failed upload', () => {
    expect(['queued', 'running', 'done', 'failed'].map((s) => statusLook(s as 'done').label)).toEqual([
      'Queued',
      'Analysing',
      'Done',
      'Failed',
    ]);
    expect(failureReason({ error: { code: 'unknown_format', message: 'Not a capture file.', where: 'file' } })).toBe(
      'Not a capture file.',
    );
    expect(failureReason({ error: null })).toBe('The analysis failed.');
  });
});

import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.js';
import type { Io } from './io.js';
import { runBatch } from './run-batch.js';

function captureIo(terminal: boolean) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    env: {},
    cwd: '/data',
    stderrIsTerminal: terminal,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

/** Fails for names containing "bad", like a file a reader rejects. */
const each = (name: string, file: string) => {
  if (name.includes('bad')) throw new CliError('truncated', `${name}: the file ends early`);
  if (name.includes('bug')) throw new RangeError('index out of range');
  return { report: { file, ok: true }, text: () => `${name}: fine` };
};

describe('runBatch', () => {
  it('prints one file as the command always did: its report alone, no progress, no summary', () => {
    const { io, stdout, stderr } = captureIo(false);
    expect(runBatch({ files: ['a.stl'], json: true, verb: 'measured', io, each })).toBe(0);
    expect(JSON.parse(stdout())).toEqual({ file: '/data/a.stl', ok: true });
    expect(stderr()).toBe('');
  });

  it('lets a single failing file fail the command (its error, exit by the caller)', () => {
    const { io } = captureIo(false);
    expect(() => runBatch({ files: ['bad.stl'], json: false, verb: 'measured', io, each })).toThrow(CliError);
  });

  it('reports a failing file in its place among many, goes on, and exits 1 with the counts', () => {
    const { io, stdout, stderr } = captureIo(false);
    const files = ['a.stl', 'bad.stl', 'c.stl'];
    expect(runBatch({ files, json: true, verb: 'analyzed', io, each })).toBe(1);
    const document = JSON.parse(stdout()) as { files: { file: string; error?: { code: string } }[] };
    expect(document).toMatchObject({ analyzed: 2, failed: 1 });
    expect(document.files.map((f) => f.file)).toEqual(['/data/a.stl', '/data/bad.stl', '/data/c.stl']);
    expect(document.files[1]?.error?.code).toBe('truncated');
    // Not a terminal: one line per file, then the summary, on stderr only.
    const lines = stderr().trim().split('\n');
    expect(lines).toHaveLength(files.length + 1);
    expect(lines[0]).toMatch(/^groundup: \[1\/3\] a\.stl: analyzed in \d+\.\d\d s$/);
    expect(lines[1]).toBe('groundup: [2/3] bad.stl: error truncated');
    expect(lines[3]).toBe('groundup: 2 analyzed, 1 failed (bad.stl)');
  });

  it('reports even an unexpected failure of one file in its place (code internal) and goes on', () => {
    const { io, stdout } = captureIo(false);
    expect(runBatch({ files: ['a.stl', 'bug.stl', 'c.stl'], json: true, verb: 'measured', io, each })).toBe(1);
    const document = JSON.parse(stdout()) as { files: { error?: { code: string; message: string } }[] };
    expect(document).toMatchObject({ measured: 2, failed: 1 });
    expect(document.files[1]?.error).toEqual({ code: 'internal', message: 'index out of range' });
  });

  it('prints each text report and the summary on stdout in text mode', () => {
    const { io, stdout } = captureIo(false);
    expect(runBatch({ files: ['a.stl', 'b.stl'], json: false, verb: 'measured', io, each })).toBe(0);
    expect(stdout()).toBe('a.stl: fine\n\nb.stl: fine\n\n2 measured, 0 failed\n');
  });

  it('draws a bar redrawn in place on a terminal, and clears it for the summary', () => {
    const { io, stderr } = captureIo(true);
    runBatch({ files: ['a.stl', 'b.stl', 'c.stl', 'd.stl'], json: true, verb: 'measured', io, each });
    const text = stderr();
    expect(text).not.toContain('\n[');
    const frames = text.split('\r\x1b[2K').filter((f) => f !== '');
    expect(frames.slice(0, 4)).toEqual([
      `[${'.'.repeat(24)}] 0/4 a.stl`,
      `[${'#'.repeat(6)}${'.'.repeat(18)}] 1/4 b.stl`,
      `[${'#'.repeat(12)}${'.'.repeat(12)}] 2/4 c.stl`,
      `[${'#'.repeat(18)}${'.'.repeat(6)}] 3/4 d.stl`,
    ]);
    expect(frames[4]).toBe('groundup: 4 measured, 0 failed\n');
  });
});

import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  builtServerAvailable,
  firstPatientId,
  signInAsClinician,
  startServerProcess,
  streamUpload,
  type ServerProcess,
} from '../../../test-support/server-process.js';

const MB = 1024 * 1024;
/** The bound: an upload over the cap may not grow the server's memory by more than this. */
const OVER_CAP_GROWTH_LIMIT = 64 * MB;

/** Samples the process's resident memory every 20 ms while `work` runs; returns the highest sample. */
async function peakRssDuring<T>(server: ServerProcess, work: () => Promise<T>): Promise<{ result: T; peak: number }> {
  let peak = server.rssBytes();
  const timer = setInterval(() => {
    peak = Math.max(peak, server.rssBytes());
  }, 20);
  try {
    const result = await work();
    return { result, peak: Math.max(peak, server.rssBytes()) };
  } finally {
    clearInterval(timer);
  }
}

describe.skipIf(!builtServerAvailable())('uploads are streamed: the server never holds a body whole', () => {
  let dataDir: string;
  let server: ServerProcess;
  let cookie: string;
  let patientId: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'groundup-memory-'));
    // Jobs off: this suite measures the upload path alone. (An analysis reads its file whole, as core's readers
    // take whole files: its memory is bounded by GROUNDUP_WORKERS × the largest upload, not by the uploads at once.)
    server = await startServerProcess({
      GROUNDUP_DATA_DIR: dataDir,
      GROUNDUP_MAX_UPLOAD_MB: '200',
      GROUNDUP_JOBS: 'off',
    });
    cookie = await signInAsClinician(server.url);
    patientId = await firstPatientId(server.url, cookie);
  });
  afterAll(async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers 413 too_large to a 300 MB upload against a 200 MB cap, without growing by 64 MB, and keeps no part of it', async () => {
    // Warm up the upload path once, so the baseline includes the code and buffers any upload uses.
    expect((await streamUpload(server.url, cookie, patientId, 2 * MB, { fill: 1 })).status).toBe(202);
    const baseline = server.rssBytes();
    const baselinePeak = server.peakRssBytes();
    const { result, peak } = await peakRssDuring(server, () => streamUpload(server.url, cookie, patientId, 300 * MB));
    expect(result.status).toBe(413);
    expect((result.body as { error: { code: string } }).error.code).toBe('too_large');
    expect(peak - baseline).toBeLessThan(OVER_CAP_GROWTH_LIMIT);
    expect(server.peakRssBytes() - baselinePeak).toBeLessThan(OVER_CAP_GROWTH_LIMIT);
    expect(await readdir(path.join(dataDir, 'files', 'tmp'))).toEqual([]);
  });

  it('refuses a declared Content-Length over the cap before reading the body', async () => {
    const result = await streamUpload(server.url, cookie, patientId, 300 * MB, { declareLength: true });
    expect(result.status).toBe(413);
  });

  it('stores five 190 MB uploads sent at once, with memory bounded far below their 950 MB', async () => {
    const baseline = server.rssBytes();
    const baselinePeak = server.peakRssBytes();
    const { result, peak } = await peakRssDuring(server, () =>
      Promise.all([1, 2, 3, 4, 5].map((fill) => streamUpload(server.url, cookie, patientId, 190 * MB, { fill }))),
    );
    expect(result.map((r) => r.status)).toEqual([202, 202, 202, 202, 202]);
    for (const [i, r] of result.entries()) {
      expect((r.body as { upload: { sizeBytes: number } }).upload.sizeBytes, `upload ${String(i)}`).toBe(190 * MB);
    }
    // Five streams at once: each holds at most a few chunks in flight, so the growth stays near one bound.
    expect(peak - baseline).toBeLessThan(OVER_CAP_GROWTH_LIMIT);
    expect(server.peakRssBytes() - baselinePeak).toBeLessThan(OVER_CAP_GROWTH_LIMIT);
    expect(await readdir(path.join(dataDir, 'files', 'tmp'))).toEqual([]);
  });
});

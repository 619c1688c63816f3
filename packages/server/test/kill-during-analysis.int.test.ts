import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { createIcosphereMesh, writeAsciiStl } from '@groundup/core';
import { describe, expect, it } from 'vitest';
import { databaseTargets, scratchDatabase } from '../../../test-support/databases.js';
import {
  builtServerAvailable,
  firstPatientId,
  signInAsClinician,
  startServerProcess,
  startStalledUpload,
  waitFor,
} from '../../../test-support/server-process.js';

interface UploadView {
  readonly id: string;
  readonly status: string;
  readonly format: string | null;
  readonly progress: number | null;
  readonly result: { format: { triangleCount?: number } } | null;
}

async function uploadsOf(url: string, cookie: string, patientId: string): Promise<UploadView[]> {
  const response = await fetch(`${url}/api/patients/${patientId}/uploads`, { headers: { cookie } });
  return ((await response.json()) as { uploads: UploadView[] }).uploads;
}

async function tempFiles(dataDir: string): Promise<string[]> {
  return readdir(path.join(dataDir, 'files', 'tmp')).catch(() => []);
}

const built = builtServerAvailable();

for (const target of databaseTargets()) {
  describe.runIf(target.available && built)(`kill -9 during an analysis, on ${target.name}`, () => {
    it('retries the analysis after a restart and finishes it within two minutes, leaving no orphan temp file', async () => {
      const scratch = await scratchDatabase(target);
      const env = {
        GROUNDUP_DATA_DIR: scratch.dataDir,
        ...(scratch.config.databaseUrl === null ? {} : { DATABASE_URL: scratch.config.databaseUrl }),
      };
      // An 80 MB ASCII STL: its analysis (reading 327,680 triangles as text) takes seconds, long enough to be
      // caught running.
      const sphere = createIcosphereMesh(50, 7);
      const stl = new TextEncoder().encode(writeAsciiStl(sphere));
      let server = await startServerProcess(env);
      try {
        let cookie = await signInAsClinician(server.url);
        const patientId = await firstPatientId(server.url, cookie);
        // A client stalls mid-upload: its temporary file is on disk when the process dies.
        const stalled = await startStalledUpload(server.url, cookie, patientId, 4 * 1024 * 1024);
        await waitFor(async () => ((await tempFiles(scratch.dataDir)).length > 0 ? true : undefined), 20_000);

        const posted = await fetch(`${server.url}/api/patients/${patientId}/uploads?filename=sphere.stl`, {
          method: 'POST',
          headers: { cookie, 'content-type': 'application/octet-stream', 'x-groundup-request': '1' },
          body: stl,
        });
        expect(posted.status).toBe(202);
        const uploadId = ((await posted.json()) as { upload: { id: string } }).upload.id;
        await waitFor(
          async () =>
            (await uploadsOf(server.url, cookie, patientId)).find((u) => u.id === uploadId)?.status === 'running'
              ? true
              : undefined,
          30_000,
          10,
        );
        await server.kill9();
        const killedAt = Date.now();
        stalled.abort();
        expect(await tempFiles(scratch.dataDir)).not.toEqual([]);

        server = await startServerProcess(env);
        expect(await tempFiles(scratch.dataDir)).toEqual([]);
        cookie = await signInAsClinician(server.url);
        const finished = await waitFor(
          async () => {
            const upload = (await uploadsOf(server.url, cookie, patientId)).find((u) => u.id === uploadId);
            return upload?.status === 'done' || upload?.status === 'failed' ? upload : undefined;
          },
          120_000,
          250,
        );
        const retriedInMs = Date.now() - killedAt;
        console.info(`kill -9 on ${target.name}: analysis done ${(retriedInMs / 1000).toFixed(1)} s after the kill`);
        expect(retriedInMs).toBeLessThan(120_000);
        expect(finished.status).toBe('done');
        expect(finished.format).toBe('stl-ascii');
        expect(finished.progress).toBe(1);
        expect(finished.result?.format.triangleCount).toBe(sphere.triangles.length / 3);
      } finally {
        await server.stop();
        await scratch.dispose();
      }
    }, 240_000);
  });
}

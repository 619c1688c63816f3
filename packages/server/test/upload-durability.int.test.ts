import { createHash, randomBytes, randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { databaseTargets, scratchDatabase } from '../../../test-support/databases.js';
import {
  builtServerAvailable,
  firstPatientId,
  signInAsClinician,
  startServerProcess,
} from '../../../test-support/server-process.js';

/** Parallel upload streams, as the durability finding had them. */
const STREAMS = 8;
/** Rounds of: upload at full speed, kill -9 at a random moment, restart. */
const ROUNDS = 3;

interface Acknowledged {
  readonly id: string;
  readonly sha256: string;
  readonly sizeBytes: number;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const built = builtServerAvailable();

for (const target of databaseTargets()) {
  describe.runIf(target.available && built)(`durability under kill -9, on ${target.name}`, () => {
    it(`keeps every acknowledged upload, with its hash, through ${String(ROUNDS)} kills under ${String(STREAMS)} parallel upload streams`, async () => {
      const scratch = await scratchDatabase(target);
      const env = {
        GROUNDUP_DATA_DIR: scratch.dataDir,
        ...(scratch.config.databaseUrl === null ? {} : { DATABASE_URL: scratch.config.databaseUrl }),
      };
      const acknowledged: Acknowledged[] = [];
      let server = await startServerProcess(env);
      try {
        for (let round = 0; round < ROUNDS; round++) {
          const cookie = await signInAsClinician(server.url);
          const patientId = await firstPatientId(server.url, cookie);
          const url = server.url;
          const state = { dead: false };
          const stream = async () => {
            while (!state.dead) {
              const bytes = randomBytes(randomInt(1, 256 * 1024));
              let response: Response;
              try {
                response = await fetch(`${url}/api/patients/${patientId}/uploads?filename=d.bin`, {
                  method: 'POST',
                  headers: { cookie, 'content-type': 'application/octet-stream', 'x-groundup-request': '1' },
                  body: bytes,
                });
              } catch {
                return; // the server died mid-request: this upload was never acknowledged
              }
              if (response.status !== 202) {
                await response.body?.cancel();
                continue;
              }
              const { upload } = (await response.json()) as { upload: Acknowledged };
              expect(upload.sha256).toBe(sha256(bytes));
              acknowledged.push({ id: upload.id, sha256: upload.sha256, sizeBytes: bytes.byteLength });
            }
          };
          const streams = Array.from({ length: STREAMS }, () => stream());
          await new Promise((resolve) => setTimeout(resolve, randomInt(1500, 3500)));
          await server.kill9();
          state.dead = true;
          await Promise.all(streams);
          server = await startServerProcess(env);
        }
        expect(acknowledged.length).toBeGreaterThan(ROUNDS * STREAMS);

        const cookie = await signInAsClinician(server.url);
        const patientId = await firstPatientId(server.url, cookie);
        const listed = await fetch(`${server.url}/api/patients/${patientId}/uploads`, { headers: { cookie } });
        const byId = new Map(
          ((await listed.json()) as { uploads: Acknowledged[] }).uploads.map((upload) => [upload.id, upload]),
        );
        const lost: string[] = [];
        for (const upload of acknowledged) {
          const row = byId.get(upload.id);
          if (row?.sha256 !== upload.sha256 || row.sizeBytes !== upload.sizeBytes) {
            lost.push(upload.id);
            continue;
          }
          const file = await fetch(`${server.url}/api/uploads/${upload.id}/file`, { headers: { cookie } });
          const bytes = new Uint8Array(await file.arrayBuffer());
          if (file.status !== 200 || sha256(bytes) !== upload.sha256) lost.push(upload.id);
        }
        console.info(
          `durability on ${target.name}: ${String(acknowledged.length - lost.length)} of ${String(acknowledged.length)} acknowledged uploads kept through ${String(ROUNDS)} kills`,
        );
        expect(lost).toEqual([]);
      } finally {
        await server.stop();
        await scratch.dispose();
      }
    }, 400_000);
  });
}

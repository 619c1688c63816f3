import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createIcosphereMesh, writeBinaryStl } from '@groundup/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../../../../../test-support/databases.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const headers = { 'content-type': 'application/octet-stream', 'x-groundup-request': '1' };

for (const target of databaseTargets()) {
  describe.runIf(target.available)(`upload files in storage, on ${target.name}`, () => {
    let t: TestApp;
    let north: string;
    let harbour: string;
    let patientId: string;

    beforeAll(async () => {
      t = await startTestApp(target);
      north = await t.login('clinician', 'north');
      harbour = await t.login('clinician', 'harbour');
      patientId = ((await t.call('GET', '/api/patients', { cookie: north })).body.patients[0] as { id: string }).id;
    });
    afterAll(async () => {
      await t.close();
    });

    async function upload(bytes: Uint8Array, filename = 'scan.stl'): Promise<{ id: string; sha256: string }> {
      const response = await t.call('POST', `/api/patients/${patientId}/uploads?filename=${filename}`, {
        cookie: north,
        body: bytes,
        headers,
      });
      expect(response.status).toBe(202);
      return response.body.upload as { id: string; sha256: string };
    }

    it('downloads the stored bytes as an attachment, for the clinic of the patient only', async () => {
      const stl = writeBinaryStl(createIcosphereMesh(20, 2));
      const stored = await upload(stl, 'left%20foot.stl');
      expect(stored.sha256).toBe(sha256(stl));
      const response = await t.app.request(`/api/uploads/${stored.id}/file`, { headers: { cookie: north } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toContain('attachment');
      expect(response.headers.get('content-disposition')).toContain('left foot.stl');
      expect(response.headers.get('content-type')).toBe('application/octet-stream');
      expect(Number(response.headers.get('content-length'))).toBe(stl.byteLength);
      expect(sha256(new Uint8Array(await response.arrayBuffer()))).toBe(stored.sha256);
      // Another clinic's clinician: the same answer as for an id that does not exist.
      const other = await t.call('GET', `/api/uploads/${stored.id}/file`, { cookie: harbour });
      expect(other.status).toBe(404);
      const none = await t.call('GET', '/api/uploads/00000000-0000-4000-8000-000000000000/file', { cookie: harbour });
      expect(none.body.error.code).toBe(other.body.error.code);
      expect((await t.call('GET', `/api/uploads/${stored.id}/file`)).status).toBe(401);
    });

    it('never serves a stored file whose bytes changed: the download is cut off instead of finishing', async (context) => {
      if (t.runtime.files.kind !== 'disk') context.skip('tampers with the data directory');
      const bytes = new TextEncoder().encode('solid tampered\nendsolid tampered\n'.repeat(2000));
      const stored = await upload(bytes, 'tampered.stl');
      const root = path.join(t.scratch.dataDir, 'files');
      const row = await t.runtime.database.db
        .selectFrom('uploads')
        .select('storage_key')
        .where('id', '=', stored.id)
        .executeTakeFirstOrThrow();
      const altered = bytes.slice();
      altered[100] = 0x21;
      await writeFile(path.join(root, ...row.storage_key.split('/')), altered);
      const response = await t.app.request(`/api/uploads/${stored.id}/file`, { headers: { cookie: north } });
      await expect(response.arrayBuffer()).rejects.toThrow();
    });

    it('refuses an upload over the cap with 413 too_large and records nothing', async () => {
      const before = (await t.call('GET', `/api/patients/${patientId}/uploads`, { cookie: north })).body.uploads.length;
      // Generated as read, 1 MiB at a time, until just past the cap (no Content-Length: counted while streaming).
      const cap = t.scratch.config.maxUploadBytes;
      const chunk = new Uint8Array(1024 * 1024).fill(7);
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent > cap) {
            controller.close();
            return;
          }
          controller.enqueue(chunk);
          sent += chunk.byteLength;
        },
      });
      const response = await t.app.request(`/api/patients/${patientId}/uploads?filename=big.bin`, {
        method: 'POST',
        headers: { ...headers, cookie: north },
        body,
        duplex: 'half',
      });
      const answer = (await response.json()) as { error: { code: string } };
      expect(response.status).toBe(413);
      expect(answer.error.code).toBe('too_large');
      expect(sent).toBeLessThan(cap + 4 * chunk.byteLength); // it stopped reading at the cap
      const after = (await t.call('GET', `/api/patients/${patientId}/uploads`, { cookie: north })).body.uploads.length;
      expect(after).toBe(before);
      expect(await t.runtime.files.listTemp()).toEqual([]);
    });
  });
}

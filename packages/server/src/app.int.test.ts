import { createIcosphereMesh, writeBinaryStl } from '@groundup/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../../../test-support/databases.js';
import { startTestApp, type TestApp } from './testing/test-app.js';

async function waitForUpload(t: TestApp, cookie: string, patientId: string, uploadId: string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const { body } = await t.call('GET', `/api/patients/${patientId}/uploads`, { cookie });
    const upload = body.uploads.find((u: { id: string }) => u.id === uploadId);
    if (upload.status === 'done' || upload.status === 'failed') return upload;
    if (Date.now() > deadline) throw new Error(`upload still ${upload.status} after 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

for (const target of databaseTargets()) {
  describe.runIf(target.available)(`the API on ${target.name}`, () => {
    let t: TestApp;
    let clinician: string;

    beforeAll(async () => {
      t = await startTestApp(target);
      clinician = await t.login('clinician');
    });
    afterAll(async () => {
      await t.close();
    });

    it('answers health with the database kind and the version', async () => {
      const { status, body } = await t.call('GET', '/api/health');
      expect(status).toBe(200);
      expect(body).toEqual({ status: 'ok', database: target.name, version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    });

    it('sets an HttpOnly, SameSite session cookie on login and knows the user', async () => {
      const response = await t.call('POST', '/api/auth/login', {
        json: { email: ' Clinician@North.Demo.Groundup.Test ', password: 'demo-clinician' },
      });
      expect(response.status).toBe(200);
      const cookie = response.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^groundup_session=/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      const me = await t.call('GET', '/api/auth/me', { cookie: cookie.split(';')[0] });
      expect(me.body.user).toMatchObject({ role: 'clinician', organizationKind: 'clinic' });
    });

    it('refuses a wrong password and an unknown user alike, with 401 invalid_credentials', async () => {
      for (const json of [
        { email: 'clinician@north.demo.groundup.test', password: 'wrong' },
        { email: 'nobody@example.org', password: 'demo-clinician' },
      ]) {
        const { status, body } = await t.call('POST', '/api/auth/login', { json });
        expect(status).toBe(401);
        expect(body.error.code).toBe('invalid_credentials');
      }
    });

    it('answers malformed JSON, missing fields and a missing body with 400 and a code, never 500', async () => {
      const malformed = await t.call('POST', '/api/auth/login', {
        body: '{"email": "a@b.c", ',
        headers: { 'content-type': 'application/json' },
      });
      expect(malformed.status).toBe(400);
      expect(malformed.body.error).toMatchObject({ code: 'malformed_json', where: 'body' });

      const missing = await t.call('POST', '/api/auth/login', { json: { email: 'a@b.c' } });
      expect(missing.status).toBe(400);
      expect(missing.body.error.code).toBe('invalid_request');
      expect(missing.body.error.issues).toContainEqual(
        expect.objectContaining({ path: 'body.password', code: 'required' }),
      );

      const noBody = await t.call('POST', '/api/patients', { cookie: clinician });
      expect(noBody.status).toBe(400);
      expect(noBody.body.error.code).toBe('invalid_request');
    });

    it('refuses requests without a session, with an unknown token, and after the session expires', async () => {
      expect((await t.call('GET', '/api/patients')).body.error.code).toBe('unauthenticated');
      const forged = await t.call('GET', '/api/patients', { cookie: 'groundup_session=forged' });
      expect(forged.status).toBe(401);
      expect(forged.body.error.code).toBe('unauthenticated');

      const cookie = await t.login('admin');
      expect((await t.call('GET', '/api/patients', { cookie })).status).toBe(200);
      t.advanceClock(13 * 3600_000);
      try {
        const expired = await t.call('GET', '/api/patients', { cookie });
        expect(expired.status).toBe(401);
        expect(expired.body.error).toMatchObject({ code: 'session_expired', where: 'cookie' });
        // The expired session is gone for good, even if the clock went back.
        t.advanceClock(-13 * 3600_000);
        expect((await t.call('GET', '/api/patients', { cookie })).body.error.code).toBe('unauthenticated');
      } finally {
        t.advanceClock(0);
      }
    });

    it('ends the session on logout', async () => {
      const cookie = await t.login('clinician');
      expect((await t.call('POST', '/api/auth/logout', { cookie })).status).toBe(204);
      expect((await t.call('GET', '/api/auth/me', { cookie })).status).toBe(401);
    });

    it('keeps patient lists from lab technicians and patients (403)', async () => {
      for (const role of ['lab_technician', 'patient'] as const) {
        const { status, body } = await t.call('GET', '/api/patients', { cookie: await t.login(role) });
        expect(status).toBe(403);
        expect(body.error.code).toBe('forbidden');
      }
    });

    it("lists the clinic's patients, adds one, finds it by search, and reads it back", async () => {
      const before = await t.call('GET', '/api/patients', { cookie: clinician });
      expect(before.body.patients.map((p: { familyName: string }) => p.familyName)).toContain('Demo');

      const created = await t.call('POST', '/api/patients', {
        cookie: clinician,
        json: {
          givenName: ' Jordan ',
          familyName: 'Okafor',
          birthDate: '1985-03-02',
          sex: 'female',
          email: 'J@Example.org',
        },
      });
      expect(created.status).toBe(201);
      expect(created.body.patient).toMatchObject({
        givenName: 'Jordan',
        familyName: 'Okafor',
        birthDate: '1985-03-02',
        sex: 'female',
        email: 'j@example.org',
      });

      const after = await t.call('GET', '/api/patients', { cookie: clinician });
      expect(after.body.patients).toHaveLength(before.body.patients.length + 1);
      const found = await t.call('GET', '/api/patients?q=okaf', { cookie: clinician });
      expect(found.body.patients.map((p: { id: string }) => p.id)).toEqual([created.body.patient.id]);
      const none = await t.call('GET', '/api/patients?q=%25', { cookie: clinician });
      expect(none.body.patients).toEqual([]);

      const one = await t.call('GET', `/api/patients/${created.body.patient.id}`, { cookie: clinician });
      expect(one.body.patient).toEqual(created.body.patient);
    });

    it('rejects an invalid patient with the field that is wrong, and stores nothing', async () => {
      const before = await t.call('GET', '/api/patients', { cookie: clinician });
      const { status, body } = await t.call('POST', '/api/patients', {
        cookie: clinician,
        json: { givenName: 'A', familyName: 'B', birthDate: '2023-02-30' },
      });
      expect(status).toBe(400);
      expect(body.error).toMatchObject({ code: 'invalid_request', where: 'body.birthDate' });
      const after = await t.call('GET', '/api/patients', { cookie: clinician });
      expect(after.body.patients).toHaveLength(before.body.patients.length);
    });

    it("does not show another clinic's patient (404), nor a malformed id", async () => {
      const db = t.runtime.database.db;
      const other = await db
        .insertInto('organizations')
        .values({ kind: 'clinic', name: 'Other' })
        .returning('id')
        .executeTakeFirstOrThrow();
      const patient = await db
        .insertInto('patients')
        .values({ clinic_id: other.id, given_name: 'Hidden', family_name: 'Elsewhere', sex: 'unknown' })
        .returning('id')
        .executeTakeFirstOrThrow();
      expect((await t.call('GET', `/api/patients/${patient.id}`, { cookie: clinician })).status).toBe(404);
      expect((await t.call('GET', '/api/patients/not-a-uuid', { cookie: clinician })).body.error.code).toBe(
        'not_found',
      );
      const list = await t.call('GET', '/api/patients?q=Elsewhere', { cookie: clinician });
      expect(list.body.patients).toEqual([]);
    });

    it('runs the analyse-upload job through pg-boss: queued, then done with the detected format', async () => {
      const patients = await t.call('GET', '/api/patients', { cookie: clinician });
      const patientId = patients.body.patients[0].id as string;
      const sphere = createIcosphereMesh(30, 1); // 80 triangles, 42 vertices
      const stl = writeBinaryStl(sphere);
      const queued = await t.call(
        'POST',
        `/api/patients/${patientId}/uploads?filename=${encodeURIComponent('C:\\scans\\left foot.stl')}`,
        {
          cookie: clinician,
          body: stl,
          headers: { 'content-type': 'application/octet-stream' },
        },
      );
      expect(queued.status).toBe(202);
      expect(queued.body.upload).toMatchObject({ filename: 'left foot.stl', sizeBytes: stl.byteLength });
      expect(['queued', 'running', 'done']).toContain(queued.body.upload.status);
      const finished = await waitForUpload(t, clinician, patientId, queued.body.upload.id);
      expect(finished.status).toBe('done');
      expect(finished.format).toBe('stl-binary');
      expect(finished.progress).toBe(1);
      expect(finished.result.format).toEqual({
        kind: 'stl-binary',
        family: 'scan',
        triangleCount: sphere.triangles.length / 3,
        vertexCount: sphere.positions.length / 3,
      });
      expect(finished.error).toBeNull();
    });

    it('marks an upload that is not a capture as failed with a coded error', async () => {
      const patients = await t.call('GET', '/api/patients', { cookie: clinician });
      const patientId = patients.body.patients[0].id as string;
      const queued = await t.call('POST', `/api/patients/${patientId}/uploads?filename=notes.txt`, {
        cookie: clinician,
        body: 'just some notes',
        headers: { 'content-type': 'text/plain' },
      });
      const finished = await waitForUpload(t, clinician, patientId, queued.body.upload.id);
      expect(finished.status).toBe('failed');
      expect(finished.error.code).toBe('unknown_format');
    });

    it('refuses an empty upload, one without a file name, and one for a missing patient', async () => {
      const patients = await t.call('GET', '/api/patients', { cookie: clinician });
      const patientId = patients.body.patients[0].id as string;
      const empty = await t.call('POST', `/api/patients/${patientId}/uploads?filename=a.stl`, {
        cookie: clinician,
        body: '',
      });
      expect(empty.body.error.code).toBe('empty_file');
      const unnamed = await t.call('POST', `/api/patients/${patientId}/uploads`, { cookie: clinician, body: 'x' });
      expect(unnamed.status).toBe(400);
      expect(unnamed.body.error.where).toBe('query.filename');
      const missing = await t.call(
        'POST',
        '/api/patients/00000000-0000-4000-8000-000000000000/uploads?filename=a.stl',
        {
          cookie: clinician,
          body: 'x',
        },
      );
      expect(missing.status).toBe(404);
    });

    it('answers unknown API routes with a JSON 404 (401 before sign-in) and publishes an OpenAPI document', async () => {
      expect((await t.call('GET', '/api/nope')).status).toBe(401);
      const unknown = await t.call('GET', '/api/nope', { cookie: clinician });
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.code).toBe('not_found');
      const doc = await t.call('GET', '/api/openapi.json');
      expect(doc.status).toBe(200);
      expect(Object.keys(doc.body.paths)).toEqual(
        expect.arrayContaining(['/api/health', '/api/auth/login', '/api/patients', '/api/patients/{id}/uploads']),
      );
    });
  });
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../../../../../test-support/databases.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

for (const target of databaseTargets()) {
  describe.runIf(target.available)(`patients on ${target.name}`, () => {
    let t: TestApp;
    let clinician: string;

    beforeAll(async () => {
      t = await startTestApp(target);
      clinician = await t.login('clinician', 'north');
    });
    afterAll(async () => {
      await t.close();
    });

    it('orders by most recently touched with sort=recent: a change or an upload brings a patient to the top', async () => {
      const names = ['Recent-A', 'Recent-B', 'Recent-C'];
      const ids: string[] = [];
      for (const familyName of names) {
        t.advanceClock(1000);
        const created = await t.call('POST', '/api/patients', {
          cookie: clinician,
          json: { givenName: 'P', familyName },
        });
        ids.push(created.body.patient.id);
      }
      const order = async () =>
        (await t.call('GET', '/api/patients?sort=recent&q=Recent-', { cookie: clinician })).body.patients.map(
          (p: { familyName: string }) => p.familyName,
        );
      expect(await order()).toEqual(['Recent-C', 'Recent-B', 'Recent-A']);

      t.advanceClock(1000);
      const before = (await t.call('GET', `/api/patients/${ids[0] ?? ''}`, { cookie: clinician })).body.patient;
      const patched = await t.call('PATCH', `/api/patients/${ids[0] ?? ''}`, {
        cookie: clinician,
        json: { givenName: 'Changed' },
      });
      expect(patched.status).toBe(200);
      expect(patched.body.patient.givenName).toBe('Changed');
      expect(patched.body.patient.createdAt).toBe(before.createdAt);
      expect(Date.parse(patched.body.patient.updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));
      expect(await order()).toEqual(['Recent-A', 'Recent-C', 'Recent-B']);

      t.advanceClock(1000);
      await t.call('POST', `/api/patients/${ids[1] ?? ''}/uploads?filename=a.txt`, {
        cookie: clinician,
        body: 'bytes',
        headers: { 'content-type': 'application/octet-stream' },
      });
      expect(await order()).toEqual(['Recent-B', 'Recent-A', 'Recent-C']);
      expect(
        await (async () =>
          (await t.call('GET', '/api/patients?q=Recent-', { cookie: clinician })).body.patients.map(
            (p: { familyName: string }) => p.familyName,
          ))(),
      ).toEqual(names);
      const limited = await t.call('GET', '/api/patients?sort=recent&limit=2', { cookie: clinician });
      expect(limited.body.patients).toHaveLength(2);
    });

    it('limits every string: a long email, a NUL in a name or a search, an oversized limit are 400s and store nothing', async () => {
      const count = async () => (await t.call('GET', '/api/patients', { cookie: clinician })).body.patients.length;
      const before = await count();
      const cases: [unknown, string][] = [
        [{ givenName: 'A', familyName: 'B', email: `${'x'.repeat(300)}@example.org` }, 'body.email'],
        [{ givenName: 'A', familyName: 'B', email: `${'x'.repeat(10 * 1024 * 1024)}@example.org` }, 'body'],
        [{ givenName: 'A\u0000', familyName: 'B' }, 'body.givenName'],
        [{ givenName: 'A'.repeat(201), familyName: 'B' }, 'body.givenName'],
      ];
      for (const [json, where] of cases) {
        const { status, body } = await t.call('POST', '/api/patients', { cookie: clinician, json });
        expect([400, 413]).toContain(status);
        expect(body.error.where).toMatch(new RegExp(`^${where}`));
      }
      expect(await count()).toBe(before);
      for (const query of ['q=%00', `q=${'a'.repeat(201)}`, 'limit=501', 'limit=0', 'sort=oldest']) {
        const { status } = await t.call('GET', `/api/patients?${query}`, { cookie: clinician });
        expect(status, query).toBe(400);
      }
      const patch = await t.call('PATCH', '/api/patients/00000000-0000-4000-8000-000000000000', {
        cookie: clinician,
        json: { email: 'x\u0000@example.org' },
      });
      expect(patch.status).toBe(400);
    });

    it('lets a patient read their own record through /api/me/patient, and nobody else use it', async () => {
      const patient = await t.login('patient', 'north');
      const own = await t.call('GET', '/api/me/patient', { cookie: patient });
      expect(own.status).toBe(200);
      expect(own.body.patient).toMatchObject({ givenName: 'Alex', familyName: 'Demo', hasAccount: true });
      const me = await t.call('GET', '/api/auth/me', { cookie: patient });
      expect(me.body.user.patientId).toBe(own.body.patient.id);
      expect((await t.call('GET', '/api/me/patient', { cookie: clinician })).status).toBe(403);
    });
  });
}

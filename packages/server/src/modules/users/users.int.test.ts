import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../../../../../test-support/databases.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

for (const target of databaseTargets()) {
  describe.runIf(target.available)(`users on ${target.name}`, () => {
    let t: TestApp;
    let admin: string;

    beforeAll(async () => {
      t = await startTestApp(target);
      admin = await t.login('admin', 'north');
    });
    afterAll(async () => {
      await t.close();
    });

    it("lists only the admin's own organization, each user in the contract's shape", async () => {
      const { status, body } = await t.call('GET', '/api/users', { cookie: admin });
      expect(status).toBe(200);
      const emails = body.users.map((u: { email: string }) => u.email).sort();
      expect(emails).toEqual([
        'admin@north.demo.groundup.test',
        'clinician@north.demo.groundup.test',
        'patient@north.demo.groundup.test',
      ]);
      for (const user of body.users) {
        expect(Object.keys(user).sort()).toEqual([
          'active',
          'email',
          'id',
          'lastSignInAt',
          'name',
          'organizationId',
          'organizationKind',
          'organizationName',
          'patientId',
          'role',
        ]);
      }
      const patient = body.users.find((u: { role: string }) => u.role === 'patient');
      expect(patient.patientId).toEqual(expect.any(String));
    });

    it('deactivating a user ends their sessions and the tokens they created, and stops sign-in', async () => {
      // Promote a fresh clinician to admin so they can hold a token, then deactivate them.
      const users = await t.call('GET', '/api/users', { cookie: admin });
      const clinician = users.body.users.find((u: { role: string }) => u.role === 'clinician');
      const promoted = await t.call('PATCH', `/api/users/${clinician.id}`, { cookie: admin, json: { role: 'admin' } });
      expect(promoted.status).toBe(200);
      const session = await t.call('POST', '/api/auth/login', {
        json: { email: clinician.email, password: t.demoLogin('clinician', 'north').password },
      });
      const cookie = (session.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const token = await t.call('POST', '/api/tokens', { cookie, json: { name: 'script', role: 'clinician' } });
      expect(token.status).toBe(201);
      const bearer = { authorization: `Bearer ${token.body.secret as string}` };
      expect((await t.call('GET', '/api/patients', { headers: bearer })).status).toBe(200);

      const off = await t.call('PATCH', `/api/users/${clinician.id}`, { cookie: admin, json: { active: false } });
      expect(off.status).toBe(200);
      expect(off.body.user.active).toBe(false);
      expect((await t.call('GET', '/api/auth/me', { cookie })).status).toBe(401);
      expect((await t.call('GET', '/api/patients', { headers: bearer })).status).toBe(401);
      const again = await t.call('POST', '/api/auth/login', {
        json: { email: clinician.email, password: t.demoLogin('clinician', 'north').password },
      });
      expect(again.status).toBe(401);

      const back = await t.call('PATCH', `/api/users/${clinician.id}`, {
        cookie: admin,
        json: { active: true, role: 'clinician' },
      });
      expect(back.body.user).toMatchObject({ active: true, role: 'clinician' });
      expect((await t.call('GET', '/api/patients', { headers: bearer })).status).toBe(401); // revoked stays revoked
    });

    it('refuses to let an admin deactivate themselves (409) or touch another organization (404)', async () => {
      const me = await t.call('GET', '/api/auth/me', { cookie: admin });
      const self = await t.call('PATCH', `/api/users/${me.body.user.id}`, { cookie: admin, json: { active: false } });
      expect(self.status).toBe(409);
      expect(self.body.error.code).toBe('cannot_deactivate_self');
      const harbourAdmin = await t.login('admin', 'harbour');
      const other = await t.call('PATCH', `/api/users/${me.body.user.id}`, {
        cookie: harbourAdmin,
        json: { active: false },
      });
      expect(other.status).toBe(404);
      const lab = await t.call('PATCH', `/api/users/${me.body.user.id}`, {
        cookie: admin,
        json: { role: 'lab_technician' },
      });
      expect(lab.status).toBe(409); // own role
    });
  });
}

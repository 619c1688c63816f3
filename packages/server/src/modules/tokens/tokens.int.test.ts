import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../../../../../test-support/databases.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

for (const target of databaseTargets()) {
  describe.runIf(target.available)(`API tokens on ${target.name}`, () => {
    let t: TestApp;
    let admin: string;

    beforeAll(async () => {
      t = await startTestApp(target);
      admin = await t.login('admin', 'north');
    });
    afterAll(async () => {
      await t.close();
    });

    it('creates a gu_ token shown once, stores only its hash, acts with its role, records last use, and stops when revoked', async () => {
      const created = await t.call('POST', '/api/tokens', {
        cookie: admin,
        json: { name: 'scanner', role: 'clinician' },
      });
      expect(created.status).toBe(201);
      const secret = created.body.secret as string;
      expect(secret).toMatch(/^gu_[A-Za-z0-9_-]{43}$/);
      expect(created.body.token).toMatchObject({
        name: 'scanner',
        role: 'clinician',
        lastUsedAt: null,
        revokedAt: null,
      });
      expect(secret.startsWith(created.body.token.prefix)).toBe(true);

      const stored = await t.runtime.database.db.selectFrom('api_tokens').selectAll().execute();
      expect(JSON.stringify(stored)).not.toContain(secret.slice(3));

      const bearer = { authorization: `Bearer ${secret}` };
      const list = await t.call('GET', '/api/patients', { headers: bearer });
      expect(list.status).toBe(200);
      expect(list.body.patients.length).toBeGreaterThan(0);
      expect((await t.call('GET', '/api/users', { headers: bearer })).status).toBe(403); // a clinician token

      const tokens = await t.call('GET', '/api/tokens', { cookie: admin });
      const listed = tokens.body.tokens.find((x: { id: string }) => x.id === created.body.token.id);
      expect(listed.lastUsedAt).not.toBeNull();
      expect(JSON.stringify(tokens.body)).not.toContain(secret);

      expect((await t.call('DELETE', `/api/tokens/${created.body.token.id}`, { cookie: admin })).status).toBe(204);
      const revoked = await t.call('GET', '/api/patients', { headers: bearer });
      expect(revoked.status).toBe(401);
      expect(revoked.body.error.code).toBe('invalid_token');
    });

    it('refuses a malformed or unknown bearer token with 401, never falling back to the cookie', async () => {
      for (const authorization of ['Bearer nope', 'Basic abc', `Bearer gu_${'x'.repeat(43)}`]) {
        const { status } = await t.call('GET', '/api/patients', { cookie: admin, headers: { authorization } });
        expect(status).toBe(401);
      }
    });

    it('scopes tokens to the organization: another admin cannot list or revoke them; roles must fit the kind', async () => {
      const created = await t.call('POST', '/api/tokens', {
        cookie: admin,
        json: { name: 'north only', role: 'admin' },
      });
      const harbour = await t.login('admin', 'harbour');
      const theirs = await t.call('GET', '/api/tokens', { cookie: harbour });
      expect(theirs.body.tokens.map((x: { id: string }) => x.id)).not.toContain(created.body.token.id);
      expect((await t.call('DELETE', `/api/tokens/${created.body.token.id}`, { cookie: harbour })).status).toBe(404);
      const wrongKind = await t.call('POST', '/api/tokens', {
        cookie: admin,
        json: { name: 'x', role: 'lab_technician' },
      });
      expect(wrongKind.status).toBe(400);
      const patientToken = await t.call('POST', '/api/tokens', { cookie: admin, json: { name: 'x', role: 'patient' } });
      expect(patientToken.status).toBe(400);
    });
  });
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../../../../test-support/databases.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { pruneExpiredSessions } from './sessions.js';

const MINUTE = 60_000;

for (const target of databaseTargets()) {
  describe.runIf(target.available)(`sessions on ${target.name}`, () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await startTestApp(target, { GROUNDUP_SESSION_IDLE_MINUTES: '30', GROUNDUP_SESSION_HOURS: '2' });
    });
    afterAll(async () => {
      await t.close();
    });

    const me = async (cookie: string) => (await t.call('GET', '/api/auth/me', { cookie })).status;

    it('stay alive while used, and end after the idle limit without a request', async () => {
      const cookie = await t.login('clinician');
      for (let i = 0; i < 4; i++) {
        t.advanceClock(20 * MINUTE);
        expect(await me(cookie)).toBe(200);
      }
      t.advanceClock(31 * MINUTE);
      const expired = await t.call('GET', '/api/auth/me', { cookie });
      expect(expired.status).toBe(401);
      expect(expired.body.error.code).toBe('session_expired');
      expect(await me(cookie)).toBe(401);
    });

    it('end at the absolute limit however busy they are', async () => {
      const cookie = await t.login('clinician');
      for (let elapsed = 10; elapsed < 120; elapsed += 10) {
        t.advanceClock(10 * MINUTE);
        expect(await me(cookie)).toBe(200);
      }
      t.advanceClock(10 * MINUTE);
      const expired = await t.call('GET', '/api/auth/me', { cookie });
      expect(expired.body.error?.code).toBe('session_expired');
    });

    it('end on the server at logout, even with the cookie replayed at once', async () => {
      const cookie = await t.login('admin');
      expect(await me(cookie)).toBe(200);
      expect((await t.call('POST', '/api/auth/logout', { cookie })).status).toBe(204);
      expect(await me(cookie)).toBe(401);
    });

    it('see a role change and a deactivation at the very next request, despite the session cache', async () => {
      const admin = await t.login('admin', 'harbour');
      const clinician = await t.login('clinician', 'harbour');
      const me = await t.call('GET', '/api/auth/me', { cookie: clinician });
      expect(me.body.user.role).toBe('clinician');
      const id = me.body.user.id as string;
      expect((await t.call('PATCH', `/api/users/${id}`, { cookie: admin, json: { role: 'admin' } })).status).toBe(200);
      expect((await t.call('GET', '/api/auth/me', { cookie: clinician })).body.user.role).toBe('admin');
      expect((await t.call('GET', '/api/users', { cookie: clinician })).status).toBe(200);
      expect((await t.call('PATCH', `/api/users/${id}`, { cookie: admin, json: { role: 'clinician' } })).status).toBe(
        200,
      );
      expect((await t.call('GET', '/api/users', { cookie: clinician })).status).toBe(403);
      expect((await t.call('PATCH', `/api/users/${id}`, { cookie: admin, json: { active: false } })).status).toBe(200);
      expect((await t.call('GET', '/api/auth/me', { cookie: clinician })).status).toBe(401);
    });

    it('are pruned when past either limit, and live ones are kept', async () => {
      const db = t.runtime.database.db;
      const idle = await t.login('clinician');
      t.advanceClock(25 * MINUTE);
      const fresh = await t.login('admin');
      const now = t.runtime.clock.now();
      const policy = { absoluteHours: 2, idleMinutes: 30 };
      const count = async () =>
        Number(
          (
            await db
              .selectFrom('sessions')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = await count();
      // 10 minutes later: the first session is 35 minutes idle, the second 10.
      t.advanceClock(10 * MINUTE);
      const pruned = await pruneExpiredSessions(db, new Date(now.getTime() + 10 * MINUTE), policy);
      expect(pruned).toBeGreaterThanOrEqual(1);
      expect(await count()).toBe(before - pruned);
      expect(await me(fresh)).toBe(200);
      expect(await me(idle)).toBe(401);
    });
  });
}

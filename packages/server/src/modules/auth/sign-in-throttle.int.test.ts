import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../../../../../test-support/databases.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

for (const target of databaseTargets()) {
  describe.runIf(target.available)(`sign-in throttling on ${target.name}`, () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await startTestApp(target, { GROUNDUP_TRUST_PROXY: '1' });
    });
    afterAll(async () => {
      await t.close();
    });

    const login = (email: string, password: string, ip = '192.0.2.1') =>
      t.call('POST', '/api/auth/login', { json: { email, password }, headers: { 'x-forwarded-for': ip } });

    it('locks an account after 5 failures, refuses the right password too, and doubles the wait', async () => {
      const { email, password } = t.demoLogin('clinician', 'harbour');
      for (let i = 0; i < 5; i++) {
        const wrong = await login(email, `wrong-${i}`, `198.51.100.${i}`);
        expect(wrong.status).toBe(401);
        expect(wrong.body.error.code).toBe('invalid_credentials');
      }
      const locked = await login(email, password, '198.51.100.99');
      expect(locked.status).toBe(429);
      expect(locked.body.error.code).toBe('too_many_attempts');
      const first = Number(locked.headers.get('retry-after'));
      expect(first).toBeGreaterThan(0);
      expect(first).toBeLessThanOrEqual(60);

      t.advanceClock(61_000);
      expect((await login(email, 'wrong-again', '198.51.100.7')).status).toBe(401);
      const longer = await login(email, password, '198.51.100.8');
      expect(longer.status).toBe(429);
      expect(Number(longer.headers.get('retry-after'))).toBeGreaterThan(60);
      expect(Number(longer.headers.get('retry-after'))).toBeLessThanOrEqual(120);

      t.advanceClock(121_000);
      const signedIn = await login(email, password, '198.51.100.9');
      expect(signedIn.status).toBe(200);
      const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const me = await t.call('GET', '/api/auth/me', { cookie });
      expect(me.body.notices).toEqual(['6 failed sign-in attempts since your last sign-in']);

      const locks = await t.runtime.database.db
        .selectFrom('audit_events')
        .select(['action', 'resource_id', 'ip'])
        .where('action', '=', 'auth.sign_in_locked')
        .execute();
      expect(locks.length).toBeGreaterThanOrEqual(1);
      expect(locks[0]?.resource_id).toBe(signedIn.body.user.id);

      const again = await login(email, password, '198.51.100.10');
      const cookieAgain = (again.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      expect((await t.call('GET', '/api/auth/me', { cookie: cookieAgain })).body.notices).toEqual([]);
    });

    it('throttles an unknown email exactly like a known one', async () => {
      for (let i = 0; i < 5; i++) expect((await login('nobody@example.org', 'x', `203.0.113.${i}`)).status).toBe(401);
      const locked = await login('nobody@example.org', 'x', '203.0.113.50');
      expect(locked.status).toBe(429);
      expect(locked.body.error.code).toBe('too_many_attempts');
    });

    it('locks a client address after 50 failures over many accounts, and not other addresses', async () => {
      // 49 earlier failures from the address (written directly: 49 scrypt checks would only slow the
      // test), then the 50th through the API.
      const now = t.runtime.clock.now();
      await t.runtime.database.db
        .insertInto('sign_in_failures')
        .values(Array.from({ length: 49 }, (_, i) => ({ email: `guess-${i}@example.org`, ip: '192.0.2.200', at: now })))
        .execute();
      expect((await login('guess-49@example.org', 'x', '192.0.2.200')).status).toBe(401);
      const { email, password } = t.demoLogin('admin', 'harbour');
      const locked = await login(email, password, '192.0.2.200');
      expect(locked.status).toBe(429);
      expect(locked.body.error.message).toMatch(/address/);
      expect((await login(email, password, '192.0.2.201')).status).toBe(200);
    });
  });
}

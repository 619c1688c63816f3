import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../../../../../test-support/databases.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

/** The invitation link's token from the newest message to `to` in the admin's development mailbox. */
async function tokenFromMailbox(t: TestApp, adminCookie: string, to: string): Promise<string> {
  const mailbox = await t.call('GET', '/api/dev/mailbox', { cookie: adminCookie });
  expect(mailbox.status).toBe(200);
  const message = (mailbox.body.messages as { to: string; text: string }[]).find((m) => m.to === to);
  if (message === undefined) throw new Error(`no mail to ${to}`);
  const match = /\/invitations\/accept\?token=([A-Za-z0-9_-]+)/.exec(message.text);
  if (match?.[1] === undefined) throw new Error(`no link in: ${message.text}`);
  return match[1];
}

for (const target of databaseTargets()) {
  describe.runIf(target.available)(`invitations on ${target.name}`, () => {
    let t: TestApp;
    let northAdmin: string;
    let harbourAdmin: string;

    beforeAll(async () => {
      t = await startTestApp(target);
      northAdmin = await t.login('admin', 'north');
      harbourAdmin = await t.login('admin', 'harbour');
    });
    afterAll(async () => {
      await t.close();
    });

    it('invites by an emailed link that works once, signs the new user in, and lists them', async () => {
      const created = await t.call('POST', '/api/invitations', {
        cookie: northAdmin,
        json: { email: ' New.Clinician@Example.org ', role: 'clinician', name: 'Nia New' },
      });
      expect(created.status).toBe(201);
      expect(created.body.invitation).toMatchObject({ email: 'new.clinician@example.org', role: 'clinician' });
      const days =
        (Date.parse(created.body.invitation.expiresAt) - Date.parse(created.body.invitation.createdAt)) / 864e5;
      expect(days).toBe(7);

      const token = await tokenFromMailbox(t, northAdmin, 'new.clinician@example.org');
      const lookup = await t.call('GET', `/api/invitations/lookup?token=${token}`);
      expect(lookup.status).toBe(200);
      expect(lookup.body).toMatchObject({
        email: 'new.clinician@example.org',
        organizationName: 'Northside Foot Clinic',
      });

      const short = await t.call('POST', '/api/invitations/accept', {
        json: { token, name: 'Nia', password: 'short' },
      });
      expect(short.status).toBe(400);

      const accepted = await t.call('POST', '/api/invitations/accept', {
        json: { token, name: 'Nia New', password: 'a long enough password' },
      });
      expect(accepted.status).toBe(201);
      expect(accepted.body.user).toMatchObject({ role: 'clinician', organizationName: 'Northside Foot Clinic' });
      const cookie = (accepted.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      expect((await t.call('GET', '/api/patients', { cookie })).status).toBe(200);

      const again = await t.call('POST', '/api/invitations/accept', {
        json: { token, name: 'Someone Else', password: 'another long password' },
      });
      expect(again.status).toBe(410);
      expect(again.body.error.code).toBe('invitation_used');
      expect((await t.call('GET', `/api/invitations/lookup?token=${token}`)).status).toBe(410);

      const users = await t.call('GET', '/api/users', { cookie: northAdmin });
      expect(users.body.users.map((u: { email: string }) => u.email)).toContain('new.clinician@example.org');
      const invitations = await t.call('GET', '/api/invitations', { cookie: northAdmin });
      const listed = invitations.body.invitations.find((i: { id: string }) => i.id === created.body.invitation.id);
      expect(listed.acceptedAt).not.toBeNull();
    });

    it('answers 410 for an expired link and 404 for an unknown one', async () => {
      await t.call('POST', '/api/invitations', {
        cookie: northAdmin,
        json: { email: 'late@example.org', role: 'clinician' },
      });
      const token = await tokenFromMailbox(t, northAdmin, 'late@example.org');
      t.advanceClock(7 * 864e5 + 1000);
      try {
        const expired = await t.call('POST', '/api/invitations/accept', {
          json: { token, name: 'Late', password: 'a long enough password' },
        });
        expect(expired.status).toBe(410);
        expect(expired.body.error.code).toBe('invitation_expired');
        expect((await t.call('GET', `/api/invitations/lookup?token=${token}`)).status).toBe(410);
      } finally {
        t.advanceClock(-(7 * 864e5 + 1000));
      }
      expect((await t.call('GET', '/api/invitations/lookup?token=nope')).status).toBe(404);
    });

    it('withdraws a revoked invitation (410) and refuses an email that already signs in (409)', async () => {
      const created = await t.call('POST', '/api/invitations', {
        cookie: northAdmin,
        json: { email: 'withdrawn@example.org', role: 'admin' },
      });
      const token = await tokenFromMailbox(t, northAdmin, 'withdrawn@example.org');
      expect(
        (await t.call('DELETE', `/api/invitations/${created.body.invitation.id}`, { cookie: harbourAdmin })).status,
      ).toBe(404);
      expect(
        (await t.call('DELETE', `/api/invitations/${created.body.invitation.id}`, { cookie: northAdmin })).status,
      ).toBe(204);
      const revoked = await t.call('GET', `/api/invitations/lookup?token=${token}`);
      expect(revoked.status).toBe(410);
      expect(revoked.body.error.code).toBe('invitation_revoked');

      const taken = await t.call('POST', '/api/invitations', {
        cookie: northAdmin,
        json: { email: t.demoLogin('clinician', 'harbour').email, role: 'clinician' },
      });
      expect(taken.status).toBe(409);
      const wrongRole = await t.call('POST', '/api/invitations', {
        cookie: northAdmin,
        json: { email: 'tech@example.org', role: 'lab_technician' },
      });
      expect(wrongRole.status).toBe(400);
      const huge = await t.call('POST', '/api/invitations', {
        cookie: northAdmin,
        json: { email: `${'a'.repeat(10_000)}@example.org`, role: 'clinician' },
      });
      expect(huge.status).toBe(400);
    });

    it("links a patient's account to their record, and the patient reads only that record", async () => {
      const patients = await t.call('GET', '/api/patients', { cookie: northAdmin });
      const sam = patients.body.patients.find((p: { familyName: string }) => p.familyName === 'Rivera');
      expect(sam.hasAccount).toBe(false);
      const created = await t.call('POST', '/api/invitations', {
        cookie: northAdmin,
        json: { email: 'sam@example.org', role: 'patient', patientId: sam.id },
      });
      expect(created.status).toBe(201);
      const token = await tokenFromMailbox(t, northAdmin, 'sam@example.org');
      const accepted = await t.call('POST', '/api/invitations/accept', {
        json: { token, name: 'Sam Rivera', password: 'sams own password' },
      });
      expect(accepted.status).toBe(201);
      expect(accepted.body.user.patientId).toBe(sam.id);
      const cookie = (accepted.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const own = await t.call('GET', '/api/me/patient', { cookie });
      expect(own.body.patient.id).toBe(sam.id);
      expect((await t.call('GET', `/api/patients/${sam.id}`, { cookie })).status).toBe(200);
      const alex = patients.body.patients.find((p: { familyName: string }) => p.familyName === 'Demo');
      expect((await t.call('GET', `/api/patients/${alex.id}`, { cookie })).status).toBe(404);
      expect((await t.call('GET', '/api/patients', { cookie })).status).toBe(403);
    });

    it("keeps one organization's mail out of another's mailbox", async () => {
      const harbourMail = await t.call('GET', '/api/dev/mailbox', { cookie: harbourAdmin });
      expect(harbourMail.status).toBe(200);
      expect(harbourMail.body.messages).toEqual([]);
      const clinician = await t.login('clinician', 'north');
      expect((await t.call('GET', '/api/dev/mailbox', { cookie: clinician })).status).toBe(403);
    });
  });
}

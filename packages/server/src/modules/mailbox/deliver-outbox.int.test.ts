import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../../../../../test-support/databases.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { deliverOutbox, type MailTransport } from './deliver-outbox.js';

for (const target of databaseTargets()) {
  describe.runIf(target.available)(`outbox delivery on ${target.name}`, () => {
    let t: TestApp;
    let admin: string;

    beforeAll(async () => {
      t = await startTestApp(target);
      admin = await t.login('admin', 'north');
    });
    afterAll(async () => {
      await t.close();
    });

    it('sends each pending message once through nodemailer and marks it sent; a failing send is kept with its error', async () => {
      await t.call('POST', '/api/invitations', {
        cookie: admin,
        json: { email: 'one@example.org', role: 'clinician' },
      });
      await t.call('POST', '/api/invitations', {
        cookie: admin,
        json: { email: 'two@example.org', role: 'clinician' },
      });

      const failing: MailTransport = { sendMail: () => Promise.reject(new Error('connection refused')) };
      const now = () => new Date();
      const failed = await deliverOutbox({
        db: t.runtime.database.db,
        now,
        mailFrom: 'groundup <a@b.test>',
        transport: failing,
      });
      expect(failed).toEqual({ sent: 0, failed: 2 });
      const stuck = await t.runtime.database.db.selectFrom('outbox').selectAll().where('sent_at', 'is', null).execute();
      expect(stuck.map((m) => m.last_error)).toEqual(['connection refused', 'connection refused']);
      // Claimed a moment ago: a second sender skips them until the claim is stale.
      const json = nodemailer.createTransport({ jsonTransport: true });
      const skipped = await deliverOutbox({
        db: t.runtime.database.db,
        now,
        mailFrom: 'groundup <a@b.test>',
        transport: json,
      });
      expect(skipped.sent).toBe(0);

      const later = () => new Date(Date.now() + 10 * 60_000);
      const sentTo: string[] = [];
      const recording: MailTransport = {
        async sendMail(message) {
          const info = (await json.sendMail(message)) as { message: string };
          const parsed = JSON.parse(info.message) as { to: { address: string }[]; subject: string; text: string };
          expect(parsed.subject).toContain('Northside Foot Clinic');
          expect(parsed.text).toContain('/invitations/accept?token=');
          sentTo.push(...parsed.to.map((to) => to.address));
          return info;
        },
      };
      const sent = await deliverOutbox({
        db: t.runtime.database.db,
        now: later,
        mailFrom: 'groundup <a@b.test>',
        transport: recording,
      });
      expect(sent).toEqual({ sent: 2, failed: 0 });
      expect(sentTo.sort()).toEqual(['one@example.org', 'two@example.org']);
      const again = await deliverOutbox({
        db: t.runtime.database.db,
        now: later,
        mailFrom: 'groundup <a@b.test>',
        transport: recording,
      });
      expect(again).toEqual({ sent: 0, failed: 0 });
      const mailbox = await t.call('GET', '/api/dev/mailbox', { cookie: admin });
      for (const message of mailbox.body.messages) expect(message.sentAt).not.toBeNull();
    });
  });
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../../../../../test-support/databases.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

for (const target of databaseTargets()) {
  describe.runIf(target.available)(`the audit log on ${target.name}`, () => {
    let t: TestApp;
    let clinician: string;
    let admin: string;

    beforeAll(async () => {
      t = await startTestApp(target);
      clinician = await t.login('clinician', 'north');
      admin = await t.login('admin', 'north');
    });
    afterAll(async () => {
      await t.close();
    });

    it('writes exactly one entry, with who, when and from where, for a read of a patient', async () => {
      const list = await t.call('GET', '/api/patients', { cookie: clinician });
      const patientId = list.body.patients[0].id as string;
      const count = async () =>
        (await t.call('GET', `/api/audit?action=patient.read&limit=200`, { cookie: admin })).body.events.filter(
          (e: { resourceId: string }) => e.resourceId === patientId,
        ).length;
      const before = await count();
      const read = await t.call('GET', `/api/patients/${patientId}`, {
        cookie: clinician,
        headers: { 'user-agent': 'audit-test/1.0' },
      });
      expect(read.status).toBe(200);
      expect(await count()).toBe(before + 1);
      const { body } = await t.call('GET', '/api/audit?action=patient.read&limit=1', { cookie: admin });
      expect(body.events[0]).toMatchObject({
        action: 'patient.read',
        resourceType: 'patient',
        resourceId: patientId,
        actorName: t.demoLogin('clinician', 'north').name,
        userAgent: 'audit-test/1.0',
      });
      expect(Math.abs(Date.parse(body.events[0].at) - Date.now())).toBeLessThan(60_000);
    });

    it('writes no entry for a refused read, and shows one organization none of another’s entries', async () => {
      const list = await t.call('GET', '/api/patients', { cookie: clinician });
      const patientId = list.body.patients[0].id as string;
      const harbourClinician = await t.login('clinician', 'harbour');
      expect((await t.call('GET', `/api/patients/${patientId}`, { cookie: harbourClinician })).status).toBe(404);
      const harbourAdmin = await t.login('admin', 'harbour');
      const harbourLog = await t.call('GET', '/api/audit?limit=200', { cookie: harbourAdmin });
      expect(harbourLog.status).toBe(200);
      const northOrg = (await t.call('GET', '/api/organization', { cookie: admin })).body.organization.id;
      for (const event of harbourLog.body.events) {
        expect(event.organizationId).not.toBe(northOrg);
        expect(event.resourceId).not.toBe(patientId);
      }
      expect((await t.call('GET', '/api/audit', { cookie: clinician })).status).toBe(403);
    });

    it('pages newest first with nextBefore, and refuses a cursor from elsewhere', async () => {
      for (let i = 0; i < 5; i++) await t.call('GET', '/api/patients', { cookie: clinician });
      const first = await t.call('GET', '/api/audit?limit=3', { cookie: admin });
      expect(first.body.events).toHaveLength(3);
      expect(first.body.nextBefore).toBe(first.body.events[2].id);
      const second = await t.call('GET', `/api/audit?limit=3&before=${first.body.nextBefore as string}`, {
        cookie: admin,
      });
      const firstIds = new Set(first.body.events.map((e: { id: string }) => e.id));
      for (const event of second.body.events) {
        expect(firstIds.has(event.id)).toBe(false);
        expect(Date.parse(event.at)).toBeLessThanOrEqual(Date.parse(first.body.events[2].at));
      }
      const harbourAdmin = await t.login('admin', 'harbour');
      const foreign = await t.call('GET', `/api/audit?before=${first.body.nextBefore as string}`, {
        cookie: harbourAdmin,
      });
      expect(foreign.status).toBe(400);
    });
  });
}

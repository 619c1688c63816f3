import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../../../test-support/databases.js';
import { startTestApp, type TestApp } from './testing/test-app.js';

type Clinic = 'north' | 'harbour';
const CLINICS: readonly Clinic[] = ['north', 'harbour'];
const other = (clinic: Clinic): Clinic => (clinic === 'north' ? 'harbour' : 'north');

/**
 * Tenancy: two clinics with mirrored data (the same patient names, an upload each, an invitation
 * and a token each). Every list, read, search, download and upload status that one clinic's
 * people and tokens can reach is recorded, and none may contain an id of the other clinic.
 */
for (const target of databaseTargets()) {
  describe.runIf(target.available)(`tenancy on ${target.name}`, () => {
    let t: TestApp;
    const callers = new Map<Clinic, Record<string, Record<string, string>>>();
    const responses: { clinic: Clinic; what: string; text: string }[] = [];

    async function record(clinic: Clinic, who: string, headers: Record<string, string>, method: string, path: string) {
      const response = await t.app.request(path, { method, headers });
      const text = await response.text();
      responses.push({ clinic, what: `${who} ${method} ${path} -> ${response.status}`, text });
      return { status: response.status, text };
    }

    beforeAll(async () => {
      t = await startTestApp(target);
      for (const clinic of CLINICS) {
        const clinician = await t.login('clinician', clinic);
        const admin = await t.login('admin', clinic);
        const patient = await t.call('POST', '/api/patients', {
          cookie: clinician,
          json: { givenName: 'Mirror', familyName: 'Tenancy', birthDate: '1970-01-01', email: 'mirror@example.org' },
        });
        await t.call('POST', `/api/patients/${patient.body.patient.id as string}/uploads?filename=mirror.txt`, {
          cookie: clinician,
          body: `the ${clinic} upload`,
          headers: { 'content-type': 'application/octet-stream' },
        });
        await t.call('POST', '/api/invitations', {
          cookie: admin,
          json: { email: `mirror-${clinic}@example.org`, role: 'clinician' },
        });
        const token = await t.call('POST', '/api/tokens', {
          cookie: admin,
          json: { name: 'mirror', role: 'clinician' },
        });
        callers.set(clinic, {
          clinician: { cookie: clinician },
          admin: { cookie: admin },
          token: { authorization: `Bearer ${token.body.secret as string}` },
          patient: { cookie: await t.login('patient', clinic) },
        });
      }
    });
    afterAll(async () => {
      await t.close();
    });

    it("never shows one clinic any id of the other's, in any list, read, search, download or upload status", async () => {
      for (const clinic of CLINICS) {
        for (const [who, headers] of Object.entries(callers.get(clinic) ?? {})) {
          for (const path of [
            '/api/auth/me',
            '/api/organization',
            '/api/organization/labs',
            '/api/me/patient',
            '/api/users',
            '/api/invitations',
            '/api/tokens',
            '/api/audit?limit=200',
            '/api/dev/mailbox',
            '/api/patients',
            '/api/patients?sort=recent',
            '/api/patients?q=Mirror',
            '/api/patients?q=Tenancy&sort=recent',
            '/api/patients?q=Price',
            '/api/patients?q=Rivera',
          ]) {
            await record(clinic, who, headers, 'GET', path);
          }
          const list = await record(clinic, who, headers, 'GET', '/api/patients?limit=500');
          if (list.status !== 200) continue;
          for (const patient of (JSON.parse(list.text) as { patients: { id: string }[] }).patients) {
            await record(clinic, who, headers, 'GET', `/api/patients/${patient.id}`);
            const uploads = await record(clinic, who, headers, 'GET', `/api/patients/${patient.id}/uploads`);
            for (const upload of (JSON.parse(uploads.text) as { uploads: { id: string }[] }).uploads) {
              await record(clinic, who, headers, 'GET', `/api/uploads/${upload.id}`);
              const file = await record(clinic, who, headers, 'GET', `/api/uploads/${upload.id}/file`);
              expect(file.text).not.toContain(`the ${other(clinic)} upload`);
            }
          }
        }
      }

      const db = t.runtime.database.db;
      const orgId = async (clinic: Clinic) =>
        (
          await db
            .selectFrom('organizations')
            .select('id')
            .where('name', '=', clinic === 'north' ? 'Northside Foot Clinic' : 'Harbour Podiatry')
            .executeTakeFirstOrThrow()
        ).id;
      const idsOf = async (clinic: Clinic): Promise<string[]> => {
        const org = await orgId(clinic);
        const patients = await db.selectFrom('patients').select('id').where('clinic_id', '=', org).execute();
        const uploads = await db
          .selectFrom('uploads')
          .innerJoin('patients', 'patients.id', 'uploads.patient_id')
          .select('uploads.id')
          .where('patients.clinic_id', '=', org)
          .execute();
        const users = await db.selectFrom('users').select('id').where('organization_id', '=', org).execute();
        const invitations = await db
          .selectFrom('invitations')
          .select('id')
          .where('organization_id', '=', org)
          .execute();
        const tokens = await db.selectFrom('api_tokens').select('id').where('organization_id', '=', org).execute();
        const audit = await db.selectFrom('audit_events').select('id').where('organization_id', '=', org).execute();
        const mail = await db.selectFrom('outbox').select('id').where('organization_id', '=', org).execute();
        return [org, ...[patients, uploads, users, invitations, tokens, audit, mail].flat().map((row) => row.id)];
      };
      const ids = new Map<Clinic, string[]>([
        ['north', await idsOf('north')],
        ['harbour', await idsOf('harbour')],
      ]);
      expect(ids.get('north')?.length).toBeGreaterThan(10);
      const leaks: string[] = [];
      for (const response of responses) {
        for (const id of ids.get(other(response.clinic)) ?? []) {
          if (response.text.includes(id)) leaks.push(`${response.what} shows ${id}`);
        }
      }
      expect(leaks).toEqual([]);
      // Searches found the clinic's own mirror patient (so the searches did run).
      const searched = responses.find(
        (r) => r.clinic === 'north' && r.what.startsWith('clinician GET /api/patients?q=Mirror'),
      );
      expect(searched?.text).toContain('Tenancy');
    });

    it("answers the other clinic's ids with 404 everywhere, and an upload to its patient stores nothing", async () => {
      const db = t.runtime.database.db;
      for (const clinic of CLINICS) {
        const theirs = await t.call('GET', '/api/patients?q=Mirror', {
          cookie: await t.login('clinician', other(clinic)),
        });
        const patientId = theirs.body.patients[0].id as string;
        const uploads = await t.call('GET', `/api/patients/${patientId}/uploads`, {
          cookie: await t.login('clinician', other(clinic)),
        });
        const uploadId = uploads.body.uploads[0].id as string;
        for (const [who, headers] of Object.entries(callers.get(clinic) ?? {})) {
          if (who === 'patient') continue; // a patient may never list or upload: 403, checked by the matrix
          for (const path of [
            `/api/patients/${patientId}`,
            `/api/patients/${patientId}/uploads`,
            `/api/uploads/${uploadId}`,
            `/api/uploads/${uploadId}/file`,
          ]) {
            const response = await t.call('GET', path, { headers });
            expect(response.status, `${who} GET ${path}`).toBe(404);
          }
          const before = await db.selectFrom('uploads').select('id').where('patient_id', '=', patientId).execute();
          const upload = await t.call('POST', `/api/patients/${patientId}/uploads?filename=x.txt`, {
            headers: { ...headers, 'content-type': 'application/octet-stream' },
            body: 'intruder',
          });
          expect(upload.status).toBe(404);
          const after = await db.selectFrom('uploads').select('id').where('patient_id', '=', patientId).execute();
          expect(after).toHaveLength(before.length);
          const patch = await t.call('PATCH', `/api/patients/${patientId}`, {
            headers,
            json: { givenName: 'Changed' },
          });
          expect(patch.status).toBe(404);
        }
      }
    });
  });
}

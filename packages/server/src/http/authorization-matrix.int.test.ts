import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../../../../test-support/databases.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import {
  AUTHORIZATION_MATRIX,
  MATRIX_CALLERS,
  type MatrixCaller,
  type MatrixFixture,
  type MatrixRow,
} from './authorization-matrix.js';

type Org = 'north' | 'harbour' | 'lab';

/** The organization each caller belongs to (anonymous: judged against Northside's resources). */
const CALLER_ORG: Record<MatrixCaller, Org> = {
  anonymous: 'north',
  clinician: 'north',
  patient: 'north',
  clinic_admin: 'north',
  api_token: 'north',
  lab_technician: 'lab',
  lab_admin: 'lab',
};

/** Every route of the app under /api, as `METHOD /path/{param}`. */
function routerRoutes(t: TestApp): Set<string> {
  const routes = new Set<string>();
  for (const route of t.app.routes) {
    if (!route.path.startsWith('/api/') || route.method === 'ALL' || route.path.includes('*')) continue;
    routes.add(`${route.method} ${route.path.replace(/:([A-Za-z]+)/g, '{$1}')}`);
  }
  return routes;
}

for (const target of databaseTargets()) {
  describe.runIf(target.available)(`the authorization matrix on ${target.name}`, () => {
    let t: TestApp;
    const credentials = new Map<MatrixCaller, Record<string, string>>();
    const orgIds = new Map<Org, string>();
    const admins = new Map<Org, string>();
    const patients = new Map<Org, string>();
    const uploads = new Map<Org, string>();
    const users = new Map<Org, string>();
    let ownPatientRecord = '';
    let counter = 0;

    const cookie = async (role: Parameters<TestApp['login']>[0], org: Org) => ({ cookie: await t.login(role, org) });

    beforeAll(async () => {
      t = await startTestApp(target);
      admins.set('north', await t.login('admin', 'north'));
      admins.set('harbour', await t.login('admin', 'harbour'));
      admins.set('lab', await t.login('admin', 'lab'));
      for (const [org, admin] of admins) {
        orgIds.set(org, (await t.call('GET', '/api/organization', { cookie: admin })).body.organization.id);
        const staff = (await t.call('GET', '/api/users', { cookie: admin })).body.users.find(
          (u: { role: string }) => u.role === 'clinician' || u.role === 'lab_technician',
        );
        users.set(org, staff.id);
      }
      for (const org of ['north', 'harbour'] as const) {
        const clinician = await t.login('clinician', org);
        const list = await t.call('GET', '/api/patients', { cookie: clinician });
        const patient = list.body.patients.find((p: { hasAccount: boolean }) => !p.hasAccount);
        patients.set(org, patient.id);
        const upload = await t.call('POST', `/api/patients/${patient.id as string}/uploads?filename=fixture.txt`, {
          cookie: clinician,
          body: `fixture of ${org}`,
          headers: { 'content-type': 'application/octet-stream' },
        });
        uploads.set(org, upload.body.upload.id);
      }
      const patientCookie = await t.login('patient', 'north');
      ownPatientRecord = (await t.call('GET', '/api/me/patient', { cookie: patientCookie })).body.patient.id;
      const token = await t.call('POST', '/api/tokens', {
        cookie: admins.get('north'),
        json: { name: 'matrix caller', role: 'clinician' },
      });
      credentials.set('anonymous', {});
      credentials.set('clinician', await cookie('clinician', 'north'));
      credentials.set('patient', { cookie: patientCookie });
      credentials.set('clinic_admin', await cookie('admin', 'north'));
      credentials.set('lab_technician', await cookie('lab_technician', 'lab'));
      credentials.set('lab_admin', await cookie('admin', 'lab'));
      credentials.set('api_token', { authorization: `Bearer ${token.body.secret as string}` });
    });
    afterAll(async () => {
      await t.close();
    });

    /** Makes or finds the id a fixture stands for, in an organization. */
    async function fixture(
      name: MatrixFixture,
      org: Org,
      caller: MatrixCaller,
      scope: 'own' | 'other',
    ): Promise<string> {
      const clinic = org === 'lab' ? 'north' : org; // a lab has no patients: its partner clinic's
      const admin = admins.get(org) ?? '';
      switch (name) {
        case 'patient':
          return caller === 'patient' && scope === 'own' ? ownPatientRecord : (patients.get(clinic) ?? '');
        case 'upload':
          return uploads.get(clinic) ?? '';
        case 'user':
          return users.get(org) ?? '';
        case 'invitation': {
          const made = await t.call('POST', '/api/invitations', {
            cookie: admin,
            json: { email: `fixture-${++counter}@example.org`, role: 'admin' },
          });
          return made.body.invitation.id;
        }
        case 'token': {
          const made = await t.call('POST', '/api/tokens', { cookie: admin, json: { name: 'fixture', role: 'admin' } });
          return made.body.token.id;
        }
        case 'invitationToken': {
          const email = `invitee-${++counter}@example.org`;
          const north = admins.get('north') ?? '';
          await t.call('POST', '/api/invitations', { cookie: north, json: { email, role: 'clinician' } });
          const mail = await t.call('GET', '/api/dev/mailbox', { cookie: north });
          const text = (mail.body.messages as { to: string; text: string }[]).find((m) => m.to === email)?.text ?? '';
          return /token=([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? '';
        }
        case 'lab':
          return scope === 'own' ? (orgIds.get('lab') ?? '') : (orgIds.get('harbour') ?? '');
        case 'partnerLab':
          await t.call('PUT', `/api/organization/labs/${orgIds.get('lab') ?? ''}`, { cookie: admins.get('north') });
          return scope === 'own' ? (orgIds.get('lab') ?? '') : (orgIds.get('harbour') ?? '');
      }
    }

    async function request(row: MatrixRow, caller: MatrixCaller, scope: 'own' | 'other') {
      const callerOrg = CALLER_ORG[caller];
      const org: Org = scope === 'own' ? callerOrg : callerOrg === 'north' ? 'harbour' : 'north';
      let path = row.path;
      let json =
        row.json === undefined ? undefined : JSON.stringify(row.json).replaceAll('{unique}', String(++counter));
      const query = new URLSearchParams(row.query);
      for (const [key, name] of Object.entries(row.params ?? {})) {
        const value = await fixture(name, org, caller, scope);
        if (path.includes(`{${key}}`)) path = path.replace(`{${key}}`, value);
        else if (json?.includes(`{${key}}`)) json = json.replaceAll(`{${key}}`, value);
        else query.set(key, value);
      }
      let headers = { ...credentials.get(caller) };
      if (row.usesUpSession === true && caller !== 'anonymous' && caller !== 'api_token') {
        const role = caller === 'clinic_admin' || caller === 'lab_admin' ? 'admin' : caller;
        headers = { cookie: await t.login(role, callerOrg) };
      }
      const url = query.size === 0 ? path : `${path}?${query.toString()}`;
      if (json !== undefined) headers['content-type'] = 'application/json';
      if (row.bytes !== undefined) headers['content-type'] = 'application/octet-stream';
      const body = json ?? row.bytes;
      return t.call(row.method, url, { headers, ...(body === undefined ? {} : { body }) });
    }

    it('has a row for every route of the app and of the OpenAPI document, with its operationId', async () => {
      const rows = new Map(AUTHORIZATION_MATRIX.map((row) => [`${row.method} ${row.path}`, row]));
      const missing = [...routerRoutes(t)].filter((route) => !rows.has(route));
      expect(missing, 'routes without a row in http/authorization-matrix.ts').toEqual([]);
      const doc = (await t.call('GET', '/api/openapi.json')).body as {
        paths: Record<string, Record<string, { operationId?: string }>>;
      };
      for (const [path, operations] of Object.entries(doc.paths)) {
        for (const [method, operation] of Object.entries(operations)) {
          const row = rows.get(`${method.toUpperCase()} ${path}`);
          expect(row, `${method.toUpperCase()} ${path} has no row`).toBeDefined();
          expect(operation.operationId, `${method.toUpperCase()} ${path}`).toBe(row?.operationId);
        }
      }
      const stale = [...rows.keys()].filter((key) => !routerRoutes(t).has(key));
      expect(stale, 'rows for routes the app does not have').toEqual([]);
    });

    for (const row of AUTHORIZATION_MATRIX) {
      it(`answers ${row.method} ${row.path} for every caller, in their own and another organization, as the matrix says`, async () => {
        const wrong: string[] = [];
        for (const caller of MATRIX_CALLERS) {
          const expected = row.expect[caller];
          for (const scope of ['own', 'other'] as const) {
            const want = typeof expected === 'number' ? expected : expected[scope === 'own' ? 0 : 1];
            const response = await request(row, caller, scope);
            if (response.status !== want) {
              wrong.push(
                `as ${caller} (${scope}): ${response.status}, expected ${want} ${JSON.stringify(response.body).slice(0, 160)}`,
              );
            } else if (want >= 400 && typeof response.body?.error?.code !== 'string') {
              wrong.push(`as ${caller} (${scope}): ${response.status} without an error code`);
            }
          }
        }
        expect(wrong).toEqual([]);
      });
    }
  });
}

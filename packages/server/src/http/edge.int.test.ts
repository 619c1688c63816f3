import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets, scratchDatabase } from '../../../../test-support/databases.js';
import { requirement } from '../../../../test-support/requirements.js';
import { startServer } from '../server.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { CONTENT_SECURITY_POLICY } from './security-headers.js';

const ORIGIN = 'http://localhost';
const FOREIGN = 'http://localhost:8080';

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

for (const target of databaseTargets()) {
  describe.runIf(target.available)(`the hardened edge of the API on ${target.name}`, () => {
    let t: TestApp;
    let clinician: string;
    let patientId: string;

    beforeAll(async () => {
      t = await startTestApp(target, { GROUNDUP_TRUST_PROXY: '1' });
      clinician = await t.login('clinician');
      patientId = (await t.call('GET', '/api/patients', { cookie: clinician })).body.patients[0].id as string;
    });
    afterAll(async () => {
      // close() fails the suite if anything was logged as a fault: none of the probes below may log.
      await t.close();
    });

    it("refuses another origin's form POST, JSON and upload with the clinician's cookie", async () => {
      const noHeader = { 'x-groundup-request': '' };
      const form = await t.call('POST', `/api/patients/${patientId}/uploads?filename=a.stl`, {
        cookie: clinician,
        body: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.stl"\r\n\r\nsolid\r\n--x--\r\n',
        headers: { ...noHeader, 'content-type': 'multipart/form-data; boundary=x', origin: FOREIGN },
      });
      expect(form.status).toBe(403);
      const json = await t.call('POST', '/api/patients', {
        cookie: clinician,
        json: { givenName: 'Forged', familyName: 'Patient', sex: 'unknown' },
        headers: { ...noHeader, origin: FOREIGN },
      });
      expect(json.status).toBe(403);
      expect(json.body.error.code).toBe('cross_origin');
      const upload = await t.call('POST', `/api/patients/${patientId}/uploads?filename=a.stl`, {
        cookie: clinician,
        body: new Uint8Array(200),
        headers: { 'content-type': 'application/octet-stream', origin: FOREIGN },
      });
      expect(upload.status).toBe(403);
      const uploads = await t.call('GET', `/api/patients/${patientId}/uploads`, { cookie: clinician });
      expect(uploads.body.uploads.map((u: { filename: string }) => u.filename)).not.toContain('a.stl');
      const patients = await t.call('GET', '/api/patients?q=Forged', { cookie: clinician });
      expect(patients.body.patients).toEqual([]);
    });

    it('takes the same upload from its own origin with the custom header', async () => {
      const upload = await t.call('POST', `/api/patients/${patientId}/uploads?filename=own.stl`, {
        cookie: clinician,
        body: new Uint8Array(84),
        headers: { 'content-type': 'application/octet-stream', origin: ORIGIN },
      });
      expect(upload.status).toBe(202);
    });

    it('answers a NUL in the login, search and patient fields, and bad encodings, with 400 and a code', async () => {
      const cases = [
        await t.call('POST', '/api/auth/login', { json: { email: 'a\u0000@b.c', password: 'x' } }),
        await t.call('GET', '/api/patients?q=%00', { cookie: clinician }),
        await t.call('POST', '/api/patients', {
          cookie: clinician,
          json: { givenName: 'Nul\u0000', familyName: 'Field', sex: 'unknown' },
        }),
        await t.call('PATCH', `/api/patients/${patientId}`, { cookie: clinician, json: { familyName: '\u0000' } }),
      ];
      for (const response of cases) {
        expect(response.status).toBe(400);
        expect(response.body.error.code).toBe('nul_character');
      }
      for (const path of ['/api/patients/%E0%A4%A', '/api/patients?q=%E0%A4%A', '/%C0%80%']) {
        const response = await t.call('GET', path, { cookie: clinician });
        expect(response.status, path).toBe(400);
        expect(response.body.error.code, path).toBe('malformed_encoding');
      }
    });

    it('refuses a JSON body over 1 MiB with 413 and takes a normal one', async () => {
      const big = await t.call('POST', '/api/patients', {
        cookie: clinician,
        body: JSON.stringify({ givenName: 'x'.repeat(1024 * 1024 + 1), familyName: 'y', sex: 'unknown' }),
        headers: { 'content-type': 'application/json' },
      });
      expect(big.status).toBe(413);
      expect(big.body.error.code).toBe('too_large');
    });

    it('puts the security headers and a request id on API answers, errors included', async () => {
      for (const [method, path] of [
        ['GET', '/api/health'],
        ['GET', '/api/nowhere'],
        ['GET', '/api/patients'],
        ['POST', '/api/auth/login'],
      ] as const) {
        const response = await t.call(method, path, { json: method === 'POST' ? {} : undefined });
        expect(response.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
        expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
        expect(response.headers.get('referrer-policy'), path).toBe('same-origin');
        expect(response.headers.get('x-request-id'), path).toMatch(/\S{8,}/);
      }
    });

    it('over HTTPS (a trusted proxy) issues a __Host- Secure cookie, sends HSTS, and ignores the plain cookie', async () => {
      const https = { 'x-forwarded-proto': 'https', origin: 'https://localhost' };
      const { email, password } = t.demoLogin('admin');
      const login = await t.call('POST', '/api/auth/login', { json: { email, password }, headers: https });
      expect(login.status).toBe(200);
      const setCookie = login.headers.get('set-cookie') ?? '';
      expect(setCookie).toMatch(/^__Host-groundup_session=/);
      expect(setCookie).toMatch(/;\s*Secure/i);
      expect(setCookie).toMatch(/;\s*Path=\//i);
      expect(setCookie).not.toMatch(/Domain=/i);
      expect(login.headers.get('strict-transport-security')).toMatch(/^max-age=/);
      const cookie = setCookie.split(';')[0] ?? '';
      expect((await t.call('GET', '/api/auth/me', { cookie, headers: https })).status).toBe(200);
      const plainName = cookie.replace('__Host-groundup_session', 'groundup_session');
      expect((await t.call('GET', '/api/auth/me', { cookie: plainName, headers: https })).status).toBe(401);
      const overHttp = await t.call('POST', '/api/auth/login', { json: { email, password } });
      expect(overHttp.headers.get('set-cookie') ?? '').toMatch(/^groundup_session=(?!.*Secure)/i);
      expect(overHttp.headers.get('strict-transport-security')).toBeNull();
    });
  });
}

describe.runIf(requirement('openssl', hasOpenssl(), 'apt-get install openssl'))('serving HTTPS directly', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'groundup-tls-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('answers over TLS with GROUNDUP_TLS_CERT and GROUNDUP_TLS_KEY, with HSTS', async () => {
    const cert = path.join(dir, 'cert.pem');
    const key = path.join(dir, 'key.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    const scratch = await scratchDatabase(
      { name: 'pglite', available: true },
      {
        GROUNDUP_TLS_CERT: cert,
        GROUNDUP_TLS_KEY: key,
        PORT: '0',
        GROUNDUP_JOBS: 'off',
      },
    );
    const server = await startServer(scratch.config, { demo: false, webDir: null, log: () => undefined });
    try {
      expect(server.url).toMatch(/^https:\/\//);
      const answer = await new Promise<{ status: number; hsts: string | undefined; body: string }>(
        (resolve, reject) => {
          const req = request(`${server.url}/api/health`, { rejectUnauthorized: false }, (response) => {
            let body = '';
            response.on('data', (chunk: Buffer) => (body += chunk.toString()));
            response.on('end', () =>
              resolve({ status: response.statusCode ?? 0, hsts: response.headers['strict-transport-security'], body }),
            );
          });
          req.on('error', reject);
          req.end();
        },
      );
      expect(answer.status).toBe(200);
      expect(answer.hsts).toMatch(/^max-age=/);
      expect(JSON.parse(answer.body)).toMatchObject({ status: 'ok' });
    } finally {
      await server.close();
      await scratch.dispose();
    }
  }, 120_000);
});

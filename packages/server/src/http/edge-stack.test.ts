import { Hono } from 'hono';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.js';
import type { EdgeEnv } from './edge-env.js';
import { installEdge } from './edge-stack.js';
import { CONTENT_SECURITY_POLICY } from './security-headers.js';
import { PLAIN_HTTP, type TransportOptions } from './transport.js';

const ORIGIN = 'http://localhost';

function edgeApp(transport: TransportOptions = PLAIN_HTTP) {
  const logged: string[] = [];
  const app = new Hono<EdgeEnv>();
  installEdge(app, {
    transport,
    log: (message) => logged.push(message),
    bodyLimits: [
      { method: 'POST', path: '/upload/:id', maxBytes: 'streamed' },
      { method: 'POST', path: '/big', maxBytes: 4 * 1024 * 1024 },
    ],
  });
  app.get('/hello', (c) => c.json({ hello: 'world' }));
  app.get('/search', (c) => c.json({ q: c.req.query('q') ?? null }));
  app.get('/web/*', (c) => c.html('<p>page</p>'));
  app.post('/echo', async (c) => c.json({ got: await c.req.json<unknown>() }));
  app.post('/big', async (c) => c.json({ length: (await c.req.text()).length }));
  app.post('/upload/:id', async (c) => {
    let size = 0;
    const reader = c.req.raw.body?.getReader();
    for (;;) {
      const chunk = await reader?.read();
      if (chunk === undefined || chunk.done) break;
      size += chunk.value.byteLength;
    }
    return c.json({ size }, 202);
  });
  app.delete('/thing', (c) => c.body(null, 204));
  app.get('/refused', () => {
    throw new ApiError(409, 'conflict', 'Already there.');
  });
  app.get('/fault', () => {
    throw new Error('the disk caught fire');
  });
  return { app, logged };
}

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', origin: ORIGIN, ...headers },
  body: JSON.stringify(body),
});

function chunked(totalBytes: number, chunkBytes = 64 * 1024): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= totalBytes) {
        controller.close();
        return;
      }
      const size = Math.min(chunkBytes, totalBytes - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
}

describe('security headers', () => {
  it('are on every response: JSON, HTML, 404, client errors and faults', async () => {
    const { app } = edgeApp();
    const paths = ['/hello', '/web/page', '/nowhere', '/refused', '/fault', '/search?q=%ZZ'];
    for (const path of paths) {
      const response = await app.request(path);
      expect(response.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('same-origin');
      expect(response.headers.get('x-request-id'), path).toMatch(/^[0-9a-f-]{36}$/);
      expect(response.headers.get('strict-transport-security'), path).toBeNull();
    }
  });

  it('forbid inline script, framing and foreign connections', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('form-action')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
  });

  it('include HSTS over TLS, and behind a trusted proxy only when it says https', async () => {
    const tls = edgeApp({ tls: true, trustProxy: false }).app;
    expect((await tls.request('/hello')).headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    const proxied = edgeApp({ tls: false, trustProxy: true }).app;
    const viaHttps = await proxied.request('/hello', { headers: { 'x-forwarded-proto': 'https' } });
    expect(viaHttps.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    const viaHttp = await proxied.request('/hello', { headers: { 'x-forwarded-proto': 'http' } });
    expect(viaHttp.headers.get('strict-transport-security')).toBeNull();
    const untrusted = edgeApp().app;
    const spoofed = await untrusted.request('/hello', { headers: { 'x-forwarded-proto': 'https' } });
    expect(spoofed.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('request ids and faults', () => {
  it('keep a well-formed id from a proxy and replace a malformed one', async () => {
    const { app } = edgeApp();
    const kept = await app.request('/hello', { headers: { 'x-request-id': 'proxy-1234567' } });
    expect(kept.headers.get('x-request-id')).toBe('proxy-1234567');
    const replaced = await app.request('/hello', { headers: { 'x-request-id': 'bad id\twith tabs' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('log a fault once, with the request id and the stack, and answer 500 without the stack', async () => {
    const { app, logged } = edgeApp();
    const response = await app.request('/fault');
    expect(response.status).toBe(500);
    const id = response.headers.get('x-request-id') ?? '';
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'internal' } });
    expect(text).toContain(id);
    expect(text).not.toMatch(/disk caught fire|at .*\.ts/);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(`request ${id}`);
    expect(logged[0]).toContain('GET /fault');
    expect(logged[0]).toMatch(/the disk caught fire\n\s+at /);
  });

  it("log nothing for a client's mistakes", async () => {
    const { app, logged } = edgeApp();
    await app.request('/refused');
    await app.request('/echo', { ...json({}), body: '{not json' });
    await app.request('/search?q=%E0%A4%A');
    await app.request('/web/%E0%A4%A');
    await app.request('/echo', json({ name: 'a\u0000b' }));
    expect(logged).toEqual([]);
  });
});

describe('malformed input', () => {
  it('answers 400 malformed_encoding for a bad percent-encoding in the path or query', async () => {
    const { app } = edgeApp();
    for (const path of ['/web/%E0%A4%A', '/web/%', '/search?q=%ZZ', '/search?%E0=1', '/hello?q=100%']) {
      const response = await app.request(path);
      expect(response.status, path).toBe(400);
      expect(await response.json(), path).toMatchObject({ error: { code: 'malformed_encoding' } });
    }
  });

  it('answers 400 nul_character for a NUL in the path, query or any JSON string', async () => {
    const { app } = edgeApp();
    for (const path of ['/web/a%00b', '/search?q=a%00', '/search?a%00=1']) {
      const response = await app.request(path);
      expect(response.status, path).toBe(400);
      expect(await response.json(), path).toMatchObject({ error: { code: 'nul_character' } });
    }
    const nested = await app.request('/echo', json({ patient: { names: ['ok', 'x\u0000'] } }));
    expect(nested.status).toBe(400);
    expect(await nested.json()).toMatchObject({ error: { code: 'nul_character', where: 'body.patient.names.1' } });
    const inKey = await app.request('/echo', json({ ['k\u0000']: 1 }));
    expect(inKey.status).toBe(400);
  });

  it('lets every well-formed query through (property)', async () => {
    const { app } = edgeApp();
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 40 }).filter((s) => !s.includes('\u0000')),
        async (q) => {
          const response = await app.request(`/search?q=${encodeURIComponent(q)}`);
          expect(response.status).toBe(200);
          expect(await response.json()).toEqual({ q });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('answers 400 malformed_json for a body that is not JSON', async () => {
    const { app } = edgeApp();
    const response = await app.request('/echo', { ...json({}), body: '{"a": ' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'malformed_json', where: 'body' } });
  });
});

describe('body limit', () => {
  it('refuses a declared Content-Length over 1 MiB with 413 before reading it', async () => {
    const { app } = edgeApp();
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const response = await app.request('/echo', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN, 'content-length': String(300 * 1024 * 1024) },
      body,
      duplex: 'half',
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'too_large', where: 'body' } });
    expect(response.headers.get('connection')).toBe('close');
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('stops reading a chunked body as soon as it passes the limit', async () => {
    const { app } = edgeApp();
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
      },
    });
    const response = await app.request('/echo', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN, 'transfer-encoding': 'chunked' },
      body,
      duplex: 'half',
    });
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(2 * 1024 * 1024);
  });

  it('passes a chunked body under the limit to the route intact', async () => {
    const { app } = edgeApp();
    const response = await app.request('/big', {
      method: 'POST',
      headers: {
        'content-type': 'text/plain',
        origin: ORIGIN,
        'x-groundup-request': '1',
        'transfer-encoding': 'chunked',
      },
      body: chunked(3 * 1024 * 1024),
      duplex: 'half',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ length: 3 * 1024 * 1024 });
  });

  it('gives a route its own limit, and leaves a streamed route unbuffered and unlimited', async () => {
    const { app } = edgeApp();
    const headers = { origin: ORIGIN, 'x-groundup-request': '1', 'content-type': 'application/octet-stream' };
    const big = await app.request('/big', { method: 'POST', headers, body: new Uint8Array(2 * 1024 * 1024) });
    expect(big.status).toBe(200);
    const over = await app.request('/big', { method: 'POST', headers, body: new Uint8Array(5 * 1024 * 1024) });
    expect(over.status).toBe(413);
    const upload = await app.request('/upload/abc', {
      method: 'POST',
      headers: { ...headers, 'transfer-encoding': 'chunked' },
      body: chunked(8 * 1024 * 1024),
      duplex: 'half',
    });
    expect(upload.status).toBe(202);
    expect(await upload.json()).toEqual({ size: 8 * 1024 * 1024 });
    const otherRoute = await app.request('/echo', { method: 'POST', headers, body: new Uint8Array(1024 * 1024 + 1) });
    expect(otherRoute.status).toBe(413);
  });
});

describe('CSRF', () => {
  it('refuses a form POST from another origin, and from the same origin without JSON or the header', async () => {
    const { app } = edgeApp();
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const foreign = await app.request('/echo', {
      method: 'POST',
      headers: { ...form, origin: 'http://localhost:8080' },
      body: 'a=1',
    });
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ error: { code: 'csrf_header_required' } });
    const sameOrigin = await app.request('/echo', {
      method: 'POST',
      headers: { ...form, origin: ORIGIN },
      body: 'a=1',
    });
    expect(sameOrigin.status).toBe(403);
  });

  it('refuses JSON and uploads whose Origin or Referer is another origin (another port included)', async () => {
    const { app } = edgeApp();
    for (const origin of ['http://localhost:8080', 'http://evil.example', 'https://localhost', 'null']) {
      const response = await app.request('/echo', json({ a: 1 }, { origin }));
      expect(response.status, origin).toBe(403);
      expect(await response.json(), origin).toMatchObject({ error: { code: 'cross_origin' } });
    }
    const upload = await app.request('/upload/abc', {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'x-groundup-request': '1',
        origin: 'http://localhost:5171',
      },
      body: new Uint8Array(10),
    });
    expect(upload.status).toBe(403);
    const byReferer = await app.request('/thing', {
      method: 'DELETE',
      headers: { 'x-groundup-request': '1', referer: 'http://evil.example/page' },
    });
    expect(byReferer.status).toBe(403);
  });

  it('lets the web client through: same origin, JSON or the header, and upload with the header', async () => {
    const { app } = edgeApp();
    expect((await app.request('/echo', json({ a: 1 }))).status).toBe(200);
    const upload = await app.request('/upload/abc', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-groundup-request': '1', origin: ORIGIN },
      body: new Uint8Array(10),
    });
    expect(upload.status).toBe(202);
    const referer = await app.request('/thing', {
      method: 'DELETE',
      headers: { 'x-groundup-request': '1', referer: `${ORIGIN}/patients/1` },
    });
    expect(referer.status).toBe(204);
  });

  it('exempts an API token without a cookie, but not a token beside a cookie', async () => {
    const { app } = edgeApp();
    const token = await app.request('/thing', { method: 'DELETE', headers: { authorization: 'Bearer gu_secret' } });
    expect(token.status).toBe(204);
    const both = await app.request('/thing', {
      method: 'DELETE',
      headers: { authorization: 'Bearer gu_secret', cookie: 'groundup_session=x', origin: 'http://evil.example' },
    });
    expect(both.status).toBe(403);
  });

  it("uses the proxy's scheme and host for the app's origin only when the proxy is trusted", async () => {
    const proxied = edgeApp({ tls: false, trustProxy: true }).app;
    const headers = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'clinic.example' };
    const ok = await proxied.request('/echo', json({ a: 1 }, { ...headers, origin: 'https://clinic.example' }));
    expect(ok.status).toBe(200);
    const untrusted = edgeApp().app;
    const refused = await untrusted.request('/echo', json({ a: 1 }, { ...headers, origin: 'https://clinic.example' }));
    expect(refused.status).toBe(403);
  });
});

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EdgeEnv } from './edge-env.js';
import { installEdge } from './edge-stack.js';
import { CONTENT_SECURITY_POLICY } from './security-headers.js';
import { serveWebApp } from './static-web.js';
import { PLAIN_HTTP } from './transport.js';

describe('the web app behind the edge', () => {
  let webDir = '';
  const app = new Hono<EdgeEnv>();

  beforeAll(async () => {
    webDir = await mkdtemp(path.join(tmpdir(), 'groundup-web-'));
    await mkdir(path.join(webDir, 'assets'));
    await writeFile(
      path.join(webDir, 'index.html'),
      '<!doctype html><script type="module" src="/assets/app.js"></script>',
    );
    await writeFile(path.join(webDir, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(path.join(webDir, 'assets', 'app.js.map'), '{"version":3,"sources":["secret.ts"]}');
    installEdge(app, { transport: PLAIN_HTTP, log: () => undefined });
    app.get('*', serveWebApp(webDir));
  });
  afterAll(async () => {
    await rm(webDir, { recursive: true, force: true });
  });

  it('serves pages and scripts with the CSP and nosniff', async () => {
    for (const url of ['/', '/patients/123', '/assets/app.js']) {
      const response = await app.request(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
    }
  });

  it('never serves a source map, even one left in the build', async () => {
    const response = await app.request('/assets/app.js.map');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret.ts');
  });

  it('answers a malformed encoding in a page path with 400, not a crash', async () => {
    const response = await app.request('/patients/%E0%A4%A');
    expect(response.status).toBe(400);
  });
});

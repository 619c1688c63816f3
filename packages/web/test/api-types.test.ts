import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../server/src/testing/test-app.js';

/**
 * The web app's API types are generated from the server's own OpenAPI document, never written by
 * hand. This test starts the server in process on a scratch PGlite, generates the types again and
 * compares them with the committed file: a route changed on the server without `npm run api:types`
 * fails here. `npm run api:types` runs this file with `--update`, which rewrites the file.
 */
const SCHEMA_FILE = fileURLToPath(new URL('../src/api/schema.d.ts', import.meta.url));

const HEADER = `/**
 * The groundup HTTP API's types, generated from the server's /api/openapi.json by openapi-typescript.
 * Do not edit: run \`npm run api:types\` after changing a route (packages/web/test/api-types.test.ts
 * fails while this file differs from what the current server generates).
 */

`;

/**
 * Turns an OpenAPI document into the committed TypeScript source, formatted like the repository.
 *
 * @param document - the server's OpenAPI document
 * @returns the source of schema.d.ts
 */
async function apiTypesSource(document: OpenAPI3): Promise<string> {
  const ast = await openapiTS(document, { alphabetize: true });
  const source = HEADER + astToString(ast);
  const options = (await resolveConfig(SCHEMA_FILE)) ?? {};
  return format(source, { ...options, filepath: SCHEMA_FILE });
}

describe('the generated API types', () => {
  let t: TestApp;
  let document: OpenAPI3;

  beforeAll(async () => {
    t = await startTestApp({ name: 'pglite', available: true });
    const response = await t.call('GET', '/api/openapi.json');
    expect(response.status).toBe(200);
    document = response.body as OpenAPI3;
  });

  afterAll(async () => {
    await t.close();
  });

  it('names every operation, so the web client can be read against the contract', () => {
    const missing: string[] = [];
    for (const [route, item] of Object.entries(document.paths ?? {})) {
      for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
        const operation = (item as Record<string, { operationId?: string } | undefined>)[method];
        if (operation !== undefined && (operation.operationId ?? '') === '') missing.push(`${method} ${route}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('match the committed packages/web/src/api/schema.d.ts (run npm run api:types after a route changes)', async () => {
    const generated = await apiTypesSource(document);
    expect(generated).toContain('export interface paths');
    await expect(generated).toMatchFileSnapshot(SCHEMA_FILE);
  });
});

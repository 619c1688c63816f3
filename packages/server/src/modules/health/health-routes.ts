import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { GROUNDUP_VERSION } from '@groundup/core';
import { sql } from 'kysely';
import type { AppDeps, AppEnv } from '../../http/app-env.js';

const healthRoute = createRoute({
  method: 'get',
  path: '/api/health',
  operationId: 'getHealth',
  summary: 'Whether the server and its database answer',
  responses: {
    200: {
      description: 'Healthy',
      content: {
        'application/json': {
          schema: z.object({
            status: z.literal('ok'),
            database: z.enum(['pglite', 'postgres']),
            version: z.string(),
          }),
        },
      },
    },
    503: {
      description: 'The database does not answer',
      content: {
        'application/json': {
          schema: z.object({
            status: z.literal('error'),
            database: z.enum(['pglite', 'postgres']),
            version: z.string(),
          }),
        },
      },
    },
  },
});

export function registerHealthRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(healthRoute, async (c) => {
    try {
      await sql`select 1`.execute(deps.db);
      return c.json({ status: 'ok' as const, database: deps.databaseKind, version: GROUNDUP_VERSION }, 200);
    } catch {
      return c.json({ status: 'error' as const, database: deps.databaseKind, version: GROUNDUP_VERSION }, 503);
    }
  });
}

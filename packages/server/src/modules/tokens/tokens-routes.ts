import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { requireActor } from '../../http/actor-middleware.js';
import type { AppEnv } from '../../http/app-env.js';
import { jsonContent } from '../../http/json-content.js';
import { errorResponses, IdParamSchema, RoleSchema } from '../../http/schemas.js';
import { text } from '../../http/text.js';
import type { TokensService } from './tokens-service.js';

/** An API token as listed (never its secret). */
export const ApiTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: RoleSchema,
    prefix: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    createdBy: z.string().nullable(),
  })
  .openapi('ApiToken');

const NewApiTokenSchema = z.object({ name: text(100).min(1), role: RoleSchema }).openapi('NewApiToken');

const listApiTokensRoute = createRoute({
  method: 'get',
  path: '/api/tokens',
  operationId: 'listApiTokens',
  summary: "The organization's API tokens (admin)",
  responses: {
    200: { description: 'Tokens', ...jsonContent(z.object({ tokens: z.array(ApiTokenSchema) })) },
    ...errorResponses(401, 403),
  },
});

const createApiTokenRoute = createRoute({
  method: 'post',
  path: '/api/tokens',
  operationId: 'createApiToken',
  summary: 'Create an API token; the secret is shown once (admin)',
  request: { body: { required: true, ...jsonContent(NewApiTokenSchema) } },
  responses: {
    201: {
      description: 'Created',
      ...jsonContent(z.object({ token: ApiTokenSchema, secret: z.string().openapi({ example: 'gu_…' }) })),
    },
    ...errorResponses(400, 401, 403),
  },
});

const revokeApiTokenRoute = createRoute({
  method: 'delete',
  path: '/api/tokens/{id}',
  operationId: 'revokeApiToken',
  summary: 'Revoke an API token (admin)',
  request: { params: IdParamSchema },
  responses: { 204: { description: 'Revoked' }, ...errorResponses(401, 403, 404) },
});

/**
 * Mounts the API token routes.
 *
 * @param app - the API app
 * @param tokens - the service
 */
export function registerTokensRoutes(app: OpenAPIHono<AppEnv>, tokens: TokensService): void {
  app.openapi(listApiTokensRoute, async (c) => c.json({ tokens: await tokens.list(requireActor(c)) }, 200));
  app.openapi(createApiTokenRoute, async (c) => c.json(await tokens.create(requireActor(c), c.req.valid('json')), 201));
  app.openapi(revokeApiTokenRoute, async (c) => {
    await tokens.revoke(requireActor(c), c.req.valid('param').id);
    return c.body(null, 204);
  });
}

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { requireActor } from '../../http/actor-middleware.js';
import type { AppEnv } from '../../http/app-env.js';
import { jsonContent } from '../../http/json-content.js';
import { errorResponses, IdParamSchema, RoleSchema, UserSchema } from '../../http/schemas.js';
import { NAME_MAX, text } from '../../http/text.js';
import type { UsersService } from './users-service.js';

const UserPatchSchema = z
  .object({ name: text(NAME_MAX).min(1).optional(), role: RoleSchema.optional(), active: z.boolean().optional() })
  .openapi('UserPatch');

const listUsersRoute = createRoute({
  method: 'get',
  path: '/api/users',
  operationId: 'listUsers',
  summary: "The organization's users (admin)",
  responses: {
    200: { description: 'Users', ...jsonContent(z.object({ users: z.array(UserSchema) })) },
    ...errorResponses(401, 403),
  },
});

const updateUserRoute = createRoute({
  method: 'patch',
  path: '/api/users/{id}',
  operationId: 'updateUser',
  summary: "Change a user's name or role, or deactivate them (ends their sessions and tokens)",
  request: { params: IdParamSchema, body: { required: true, ...jsonContent(UserPatchSchema) } },
  responses: {
    200: { description: 'The user', ...jsonContent(z.object({ user: UserSchema })) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

/**
 * Mounts the user routes.
 *
 * @param app - the API app
 * @param users - the service
 */
export function registerUsersRoutes(app: OpenAPIHono<AppEnv>, users: UsersService): void {
  app.openapi(listUsersRoute, async (c) => c.json({ users: await users.list(requireActor(c)) }, 200));
  app.openapi(updateUserRoute, async (c) =>
    c.json({ user: await users.update(requireActor(c), c.req.valid('param').id, c.req.valid('json')) }, 200),
  );
}

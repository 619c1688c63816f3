import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { requireActor } from '../../http/actor-middleware.js';
import type { AppEnv } from '../../http/app-env.js';
import { jsonContent } from '../../http/json-content.js';
import { errorResponses } from '../../http/schemas.js';
import { ID_MAX, text } from '../../http/text.js';
import type { AuditService } from './audit-service.js';

const AuditEventSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorName: z.string(),
    organizationId: z.string(),
    action: z.string(),
    resourceType: z.string(),
    resourceId: z.string().nullable(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
  })
  .openapi('AuditEvent');

const listAuditEventsRoute = createRoute({
  method: 'get',
  path: '/api/audit',
  operationId: 'listAuditEvents',
  summary: "The organization's audit log, newest first (admin)",
  request: {
    query: z.object({
      limit: z.coerce.number().int().min(1).max(200).optional(),
      before: text(ID_MAX).optional(),
      action: text(64).optional(),
      resourceType: text(64).optional(),
    }),
  },
  responses: {
    200: {
      description: 'A page of events',
      ...jsonContent(z.object({ events: z.array(AuditEventSchema), nextBefore: z.string().nullable() })),
    },
    ...errorResponses(400, 401, 403),
  },
});

/**
 * Mounts the audit log route.
 *
 * @param app - the API app
 * @param audit - the service
 */
export function registerAuditRoutes(app: OpenAPIHono<AppEnv>, audit: AuditService): void {
  app.openapi(listAuditEventsRoute, async (c) => c.json(await audit.list(requireActor(c), c.req.valid('query')), 200));
}

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { requireActor } from '../../http/actor-middleware.js';
import type { AppEnv } from '../../http/app-env.js';
import { jsonContent } from '../../http/json-content.js';
import { errorResponses } from '../../http/schemas.js';
import { EMAIL_MAX, ID_MAX, NAME_MAX, text } from '../../http/text.js';
import type { OrganizationsService } from './organizations-service.js';

/** An organization as the API returns it. */
export const OrganizationSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['clinic', 'lab']),
    name: z.string(),
    createdAt: z.string(),
    settings: z.object({ address: z.string().optional(), phone: z.string().optional(), email: z.string().optional() }),
  })
  .openapi('Organization');

const OrganizationPatchSchema = z
  .object({
    name: text(NAME_MAX).min(1).optional(),
    address: text(500).nullable().optional(),
    phone: text(50).nullable().optional(),
    email: text(EMAIL_MAX).nullable().optional(),
  })
  .openapi('OrganizationPatch');

const LabSchema = z.object({ id: z.string(), name: z.string() }).openapi('Lab');
const LabIdParam = z.object({ labId: text(ID_MAX).openapi({ param: { name: 'labId', in: 'path' } }) });

const getOrganizationRoute = createRoute({
  method: 'get',
  path: '/api/organization',
  operationId: 'getOrganization',
  summary: "The signed-in user's organization",
  responses: {
    200: { description: 'The organization', ...jsonContent(z.object({ organization: OrganizationSchema })) },
    ...errorResponses(401),
  },
});

const updateOrganizationRoute = createRoute({
  method: 'patch',
  path: '/api/organization',
  operationId: 'updateOrganization',
  summary: "Change the organization's name and contact details (admin)",
  request: { body: { required: true, ...jsonContent(OrganizationPatchSchema) } },
  responses: {
    200: { description: 'The organization', ...jsonContent(z.object({ organization: OrganizationSchema })) },
    ...errorResponses(400, 401, 403),
  },
});

const listPartnerLabsRoute = createRoute({
  method: 'get',
  path: '/api/organization/labs',
  operationId: 'listPartnerLabs',
  summary: 'The labs this clinic orders from',
  responses: {
    200: { description: 'Labs', ...jsonContent(z.object({ labs: z.array(LabSchema) })) },
    ...errorResponses(401, 403),
  },
});

const addPartnerLabRoute = createRoute({
  method: 'put',
  path: '/api/organization/labs/{labId}',
  operationId: 'addPartnerLab',
  summary: 'Order from this lab too (clinic admin)',
  request: { params: LabIdParam },
  responses: { 204: { description: 'Added' }, ...errorResponses(401, 403, 404) },
});

const removePartnerLabRoute = createRoute({
  method: 'delete',
  path: '/api/organization/labs/{labId}',
  operationId: 'removePartnerLab',
  summary: 'Stop ordering from this lab (clinic admin)',
  request: { params: LabIdParam },
  responses: { 204: { description: 'Removed' }, ...errorResponses(401, 403, 404) },
});

const listLabsRoute = createRoute({
  method: 'get',
  path: '/api/labs',
  operationId: 'listLabs',
  summary: 'Labs a clinic can add as partners (clinic admin)',
  responses: {
    200: { description: 'Labs', ...jsonContent(z.object({ labs: z.array(LabSchema) })) },
    ...errorResponses(401, 403),
  },
});

/**
 * Mounts the organization routes.
 *
 * @param app - the API app
 * @param organizations - the service
 */
export function registerOrganizationsRoutes(app: OpenAPIHono<AppEnv>, organizations: OrganizationsService): void {
  app.openapi(getOrganizationRoute, async (c) =>
    c.json({ organization: await organizations.get(requireActor(c)) }, 200),
  );
  app.openapi(updateOrganizationRoute, async (c) =>
    c.json({ organization: await organizations.update(requireActor(c), c.req.valid('json')) }, 200),
  );
  app.openapi(listPartnerLabsRoute, async (c) =>
    c.json({ labs: await organizations.listPartnerLabs(requireActor(c)) }, 200),
  );
  app.openapi(addPartnerLabRoute, async (c) => {
    await organizations.addPartnerLab(requireActor(c), c.req.valid('param').labId);
    return c.body(null, 204);
  });
  app.openapi(removePartnerLabRoute, async (c) => {
    await organizations.removePartnerLab(requireActor(c), c.req.valid('param').labId);
    return c.body(null, 204);
  });
  app.openapi(listLabsRoute, async (c) => c.json({ labs: await organizations.listLabs(requireActor(c)) }, 200));
}

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { clientIp, requireActor } from '../../http/actor-middleware.js';
import type { AppEnv } from '../../http/app-env.js';
import { jsonContent } from '../../http/json-content.js';
import { errorResponses, IdParamSchema, RoleSchema, UserSchema } from '../../http/schemas.js';
import { EMAIL_MAX, ID_MAX, NAME_MAX, text } from '../../http/text.js';
import type { AuthService } from '../auth/auth-service.js';
import { setSessionCookie } from '../auth/auth-routes.js';
import { PASSWORD_MIN, type InvitationsService } from './invitations-service.js';

/** An invitation as the admin sees it. */
export const InvitationSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    role: RoleSchema,
    expiresAt: z.string(),
    acceptedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    createdAt: z.string(),
    invitedBy: z.string().nullable(),
  })
  .openapi('Invitation');

const NewInvitationSchema = z
  .object({
    email: text(EMAIL_MAX),
    role: RoleSchema,
    name: text(NAME_MAX).optional(),
    patientId: text(ID_MAX).optional().openapi({ description: "For role patient: the patient's record" }),
  })
  .openapi('NewInvitation');

const AcceptInvitationSchema = z
  .object({ token: text(200).min(1), name: text(NAME_MAX).min(1), password: text(1024).min(PASSWORD_MIN) })
  .openapi('AcceptInvitation');

const listInvitationsRoute = createRoute({
  method: 'get',
  path: '/api/invitations',
  operationId: 'listInvitations',
  summary: "The organization's invitations (admin)",
  responses: {
    200: { description: 'Invitations', ...jsonContent(z.object({ invitations: z.array(InvitationSchema) })) },
    ...errorResponses(401, 403),
  },
});

const createInvitationRoute = createRoute({
  method: 'post',
  path: '/api/invitations',
  operationId: 'createInvitation',
  summary: 'Invite someone by email; the link goes to the outbox (admin)',
  request: { body: { required: true, ...jsonContent(NewInvitationSchema) } },
  responses: {
    201: { description: 'Invited', ...jsonContent(z.object({ invitation: InvitationSchema })) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const revokeInvitationRoute = createRoute({
  method: 'delete',
  path: '/api/invitations/{id}',
  operationId: 'revokeInvitation',
  summary: 'Withdraw an invitation (admin)',
  request: { params: IdParamSchema },
  responses: { 204: { description: 'Revoked' }, ...errorResponses(401, 403, 404) },
});

const lookupInvitationRoute = createRoute({
  method: 'get',
  path: '/api/invitations/lookup',
  operationId: 'lookupInvitation',
  summary: 'What an invitation link is for (anyone holding the link)',
  request: { query: z.object({ token: text(200).min(1) }) },
  responses: {
    200: {
      description: 'The invitation',
      ...jsonContent(
        z.object({ email: z.string(), role: RoleSchema, organizationName: z.string(), expiresAt: z.string() }),
      ),
    },
    ...errorResponses(400, 404, 410),
  },
});

const acceptInvitationRoute = createRoute({
  method: 'post',
  path: '/api/invitations/accept',
  operationId: 'acceptInvitation',
  summary: 'Accept an invitation: set name and password, and sign in',
  request: { body: { required: true, ...jsonContent(AcceptInvitationSchema) } },
  responses: {
    201: { description: 'Account created and signed in', ...jsonContent(z.object({ user: UserSchema })) },
    ...errorResponses(400, 404, 409, 410),
  },
});

/**
 * Mounts the invitation routes.
 *
 * @param app - the API app
 * @param invitations - the service
 * @param auth - starts the new user's session
 * @param publicUrl - the app's address for links in mail, or null for the request's origin
 */
export function registerInvitationsRoutes(
  app: OpenAPIHono<AppEnv>,
  invitations: InvitationsService,
  auth: AuthService,
  publicUrl: string | null,
): void {
  app.openapi(listInvitationsRoute, async (c) => c.json({ invitations: await invitations.list(requireActor(c)) }, 200));
  app.openapi(createInvitationRoute, async (c) => {
    const linkBase = publicUrl ?? new URL(c.req.url).origin;
    const invitation = await invitations.create(requireActor(c), c.req.valid('json'), linkBase);
    return c.json({ invitation }, 201);
  });
  app.openapi(revokeInvitationRoute, async (c) => {
    await invitations.revoke(requireActor(c), c.req.valid('param').id);
    return c.body(null, 204);
  });
  app.openapi(lookupInvitationRoute, async (c) => c.json(await invitations.lookup(c.req.valid('query').token), 200));
  app.openapi(acceptInvitationRoute, async (c) => {
    const accepted = await invitations.accept(c.req.valid('json'), {
      ip: clientIp(c),
      userAgent: c.req.header('user-agent')?.slice(0, 512) ?? null,
    });
    const session = await auth.startSession(accepted.organizationId, accepted.userId);
    setSessionCookie(c, session);
    return c.json({ user: session.user }, 201);
  });
}

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { requireActor } from '../../http/actor-middleware.js';
import type { AppEnv } from '../../http/app-env.js';
import { jsonContent } from '../../http/json-content.js';
import { errorResponses } from '../../http/schemas.js';
import type { MailboxService } from './mailbox-service.js';

const MailSchema = z
  .object({
    id: z.string(),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
  })
  .openapi('Mail');

const listDevMailRoute = createRoute({
  method: 'get',
  path: '/api/dev/mailbox',
  operationId: 'listDevMail',
  summary: "The organization's outgoing mail, when no SMTP server is configured (admin)",
  responses: {
    200: { description: 'Messages, newest first', ...jsonContent(z.object({ messages: z.array(MailSchema) })) },
    ...errorResponses(401, 403, 404),
  },
});

/**
 * Mounts the development mailbox.
 *
 * @param app - the API app
 * @param mailbox - the service
 */
export function registerMailboxRoutes(app: OpenAPIHono<AppEnv>, mailbox: MailboxService): void {
  app.openapi(listDevMailRoute, async (c) => c.json({ messages: await mailbox.list(requireActor(c)) }, 200));
}

import { OpenAPIHono } from '@hono/zod-openapi';
import { GROUNDUP_VERSION } from '@groundup/core';
import { ApiError, invalidRequest } from './http/api-error.js';
import { requireSignedIn, resolveActor, type PublicRoute } from './http/actor-middleware.js';
import type { AppDeps, AppEnv } from './http/app-env.js';
import { errorHandler, zodIssues } from './http/error-mapping.js';
import { serveWebApp } from './http/static-web.js';
import { registerAuthRoutes } from './modules/auth/auth-routes.js';
import { createAuthService } from './modules/auth/auth-service.js';
import { registerCapturesRoutes } from './modules/captures/captures-routes.js';
import { createCapturesService } from './modules/captures/captures-service.js';
import { registerHealthRoutes } from './modules/health/health-routes.js';
import { registerAuditRoutes } from './modules/audit/audit-routes.js';
import { createAuditService } from './modules/audit/audit-service.js';
import { registerInvitationsRoutes } from './modules/invitations/invitations-routes.js';
import { createInvitationsService } from './modules/invitations/invitations-service.js';
import { registerMailboxRoutes } from './modules/mailbox/mailbox-routes.js';
import { createMailboxService } from './modules/mailbox/mailbox-service.js';
import { registerOrganizationsRoutes } from './modules/organizations/organizations-routes.js';
import { createOrganizationsService } from './modules/organizations/organizations-service.js';
import { registerPatientsRoutes } from './modules/patients/patients-routes.js';
import { createPatientsService } from './modules/patients/patients-service.js';
import { registerTokensRoutes } from './modules/tokens/tokens-routes.js';
import { createTokensService } from './modules/tokens/tokens-service.js';
import { registerUsersRoutes } from './modules/users/users-routes.js';
import { createUsersService } from './modules/users/users-service.js';

/** The routes anyone may call; every other `/api` route needs a session or an API token. */
export const PUBLIC_ROUTES: readonly PublicRoute[] = [
  { method: 'GET', path: '/api/health' },
  { method: 'GET', path: '/api/openapi.json' },
  { method: 'POST', path: '/api/auth/login' },
  { method: 'POST', path: '/api/auth/logout' },
  { method: 'GET', path: '/api/invitations/lookup' },
  { method: 'POST', path: '/api/invitations/accept' },
];

/**
 * Builds the HTTP app: the API under `/api` (OpenAPI document at `/api/openapi.json`) and the web
 * app at `/`. Mounts each module's routes over its service; services get the database, clock and
 * ids. Every error is JSON `{error: {code, message, where?, issues?}}`; a 500 never shows a stack.
 *
 * @param deps - database, clock, ids, files, jobs, config
 * @param log - where unexpected errors are reported
 * @returns the Hono app; `app.request()` drives it in tests, `@hono/node-server` serves it
 */
export function createApp(deps: AppDeps, log: (message: string) => void = console.error): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success)
        throw invalidRequest(zodIssues(result.error), result.target === 'json' ? 'body' : result.target);
      return undefined;
    },
  });
  app.onError(errorHandler(log));

  app.use('/api/*', resolveActor(deps));
  app.use('/api/*', requireSignedIn(PUBLIC_ROUTES));

  const services = {
    auth: createAuthService({ ...deps, sessionHours: deps.config.sessionHours }),
    patients: createPatientsService(deps),
    captures: createCapturesService(deps),
    organizations: createOrganizationsService(deps),
    users: createUsersService(deps),
    invitations: createInvitationsService(deps),
    tokens: createTokensService(deps),
    audit: createAuditService(deps),
    mailbox: createMailboxService({ ...deps, smtpConfigured: deps.config.smtpUrl !== null }),
  };

  registerHealthRoutes(app, deps);
  registerAuthRoutes(app, services.auth);
  registerPatientsRoutes(app, services.patients);
  registerCapturesRoutes(app, services.captures, deps.files, deps.config.maxUploadBytes);
  registerOrganizationsRoutes(app, services.organizations);
  registerUsersRoutes(app, services.users);
  registerInvitationsRoutes(app, services.invitations, services.auth, deps.config.publicUrl);
  registerTokensRoutes(app, services.tokens);
  registerAuditRoutes(app, services.audit);
  registerMailboxRoutes(app, services.mailbox);

  app.doc('/api/openapi.json', {
    openapi: '3.0.3',
    info: { title: 'groundup API', version: GROUNDUP_VERSION },
  });

  app.all('/api/*', (c) => {
    throw new ApiError(404, 'not_found', `No API route ${c.req.method} ${c.req.path}.`, { where: 'path' });
  });
  if (deps.webDir !== null) app.get('*', serveWebApp(deps.webDir));
  return app;
}

import { OpenAPIHono } from '@hono/zod-openapi';
import { GROUNDUP_VERSION, type Issue } from '@groundup/core';
import { HTTPException } from 'hono/http-exception';
import type { ZodError } from 'zod';
import { ApiError, invalidRequest } from './api-error.js';
import type { AppDeps, AppEnv } from './app-env.js';
import { requireUser } from './require-user.js';
import { registerAuthRoutes } from './routes/auth-routes.js';
import { registerHealthRoutes } from './routes/health-routes.js';
import { registerPatientRoutes } from './routes/patient-routes.js';
import { registerUploadRoutes } from './routes/upload-routes.js';
import { serveWebApp } from './static-web.js';

/**
 * Builds the HTTP app: the API under `/api` (OpenAPI document at `/api/openapi.json`) and the web
 * app at `/`. Every error is JSON `{error: {code, message, where?, issues?}}`; a 500 never shows a stack.
 *
 * @param deps - database, files, jobs, config and clock
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

  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(error.toBody(), error.status);
    if (error instanceof HTTPException) {
      const malformed = /malformed json/i.test(error.message);
      const body = new ApiError(
        error.status === 500 ? 400 : error.status,
        malformed ? 'malformed_json' : 'bad_request',
        malformed ? 'The request body is not valid JSON.' : error.message || 'Bad request.',
        { where: 'body' },
      );
      return c.json(body.toBody(), body.status);
    }
    log(
      `groundup: unexpected error on ${c.req.method} ${new URL(c.req.url).pathname}: ${error.stack ?? error.message}`,
    );
    return c.json(
      new ApiError(500, 'internal', 'Something went wrong on the server; it has been logged.').toBody(),
      500,
    );
  });

  registerHealthRoutes(app, deps);
  registerAuthRoutes(app, deps);
  app.use('/api/patients', requireUser(deps));
  app.use('/api/patients/*', requireUser(deps));
  app.use('/api/uploads/*', requireUser(deps));
  registerPatientRoutes(app, deps);
  registerUploadRoutes(app, deps);

  app.doc('/api/openapi.json', {
    openapi: '3.0.3',
    info: { title: 'groundup API', version: GROUNDUP_VERSION },
  });

  app.all('/api/*', (c) => {
    throw new ApiError(404, 'not_found', `No API route ${c.req.method} ${new URL(c.req.url).pathname}.`, {
      where: 'path',
    });
  });
  if (deps.webDir !== null) app.get('*', serveWebApp(deps.webDir));
  return app;
}

function zodIssues(error: ZodError): Issue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    return {
      severity: 'error',
      code: missing ? 'required' : issue.code,
      path,
      message: missing ? `${path} is required.` : `${path === '' ? 'The request' : path}: ${issue.message}`,
    };
  });
}

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SESSION_COOKIE } from '../../auth/sessions.js';
import { requireActor } from '../../http/actor-middleware.js';
import type { AppEnv } from '../../http/app-env.js';
import { jsonContent } from '../../http/json-content.js';
import { errorResponses, UserSchema } from '../../http/schemas.js';
import { EMAIL_MAX, text } from '../../http/text.js';
import type { AuthService, SignedIn } from './auth-service.js';

/** The body of login. */
export const LoginSchema = z
  .object({
    email: text(EMAIL_MAX).openapi({ example: 'clinician@north.demo.groundup.test' }),
    password: text(1024),
  })
  .openapi('Login');

const loginRoute = createRoute({
  method: 'post',
  path: '/api/auth/login',
  operationId: 'login',
  summary: 'Sign in with email and password; sets an HttpOnly session cookie',
  request: { body: { required: true, ...jsonContent(LoginSchema) } },
  responses: {
    200: { description: 'Signed in', ...jsonContent(z.object({ user: UserSchema })) },
    ...errorResponses(400, 401, 429),
  },
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/api/auth/logout',
  operationId: 'logout',
  summary: 'Sign out',
  responses: { 204: { description: 'Signed out' } },
});

const meRoute = createRoute({
  method: 'get',
  path: '/api/auth/me',
  operationId: 'getMe',
  summary: 'The signed-in user, with notices for them',
  responses: {
    200: { description: 'The user', ...jsonContent(z.object({ user: UserSchema, notices: z.array(z.string()) })) },
    ...errorResponses(401),
  },
});

/**
 * Puts a new session in the session cookie.
 *
 * @param c - the request context
 * @param session - from the auth service
 */
export function setSessionCookie(c: Context, session: SignedIn): void {
  setCookie(c, SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    expires: session.expiresAt,
  });
}

/**
 * Mounts sign-in, sign-out and "who am I".
 *
 * @param app - the API app
 * @param auth - the service
 */
export function registerAuthRoutes(app: OpenAPIHono<AppEnv>, auth: AuthService): void {
  app.openapi(loginRoute, async (c) => {
    const { email, password } = c.req.valid('json');
    const session = await auth.login(email, password);
    setSessionCookie(c, session);
    return c.json({ user: session.user }, 200);
  });

  app.openapi(logoutRoute, async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token !== undefined && token !== '') await auth.logout(token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  app.openapi(meRoute, async (c) => c.json(await auth.me(requireActor(c)), 200));
}

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { hashPassword, verifyPassword } from '../../auth/password.js';
import { createSession, deleteSession, lookupSession, SESSION_COOKIE } from '../../auth/sessions.js';
import { ApiError } from '../api-error.js';
import type { AppDeps, AppEnv } from '../app-env.js';
import { requireUser } from '../require-user.js';
import { errorResponses, LoginSchema, UserSchema } from '../schemas.js';

const loginRoute = createRoute({
  method: 'post',
  path: '/api/auth/login',
  summary: 'Sign in with email and password; sets an HttpOnly session cookie',
  request: { body: { required: true, content: { 'application/json': { schema: LoginSchema } } } },
  responses: {
    200: { description: 'Signed in', content: { 'application/json': { schema: z.object({ user: UserSchema }) } } },
    ...errorResponses(400, 401),
  },
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/api/auth/logout',
  summary: 'Sign out',
  responses: { 204: { description: 'Signed out' } },
});

const meRoute = createRoute({
  method: 'get',
  path: '/api/auth/me',
  summary: 'The signed-in user',
  responses: {
    200: { description: 'The user', content: { 'application/json': { schema: z.object({ user: UserSchema }) } } },
    ...errorResponses(401),
  },
});

/** A hash to check against when the email is unknown, so both cases take the same time. */
let decoyHash: Promise<string> | undefined;

export function registerAuthRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(loginRoute, async (c) => {
    const { email, password } = c.req.valid('json');
    const row = await deps.db
      .selectFrom('users')
      .select(['id', 'password_hash'])
      .where('email', '=', email.trim().toLowerCase())
      .executeTakeFirst();
    decoyHash ??= hashPassword('decoy-password');
    const ok = await verifyPassword(password, row?.password_hash ?? (await decoyHash));
    if (row === undefined || !ok) {
      throw new ApiError(401, 'invalid_credentials', 'The email or password is wrong.', { where: 'body' });
    }
    const session = await createSession(deps.db, row.id, deps.now(), deps.config.sessionHours);
    setCookie(c, SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      expires: session.expiresAt,
    });
    const found = await lookupSession(deps.db, session.token, deps.now());
    if (found.kind !== 'valid') throw new Error('a session just created could not be read back');
    return c.json({ user: found.user }, 200);
  });

  app.openapi(logoutRoute, async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token !== undefined && token !== '') await deleteSession(deps.db, token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  app.use('/api/auth/me', requireUser(deps));
  app.openapi(meRoute, (c) => c.json({ user: c.get('user') }, 200));
}

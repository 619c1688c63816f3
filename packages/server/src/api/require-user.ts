import { deleteCookie, getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { lookupSession, SESSION_COOKIE } from '../auth/sessions.js';
import type { Role } from '../db/schema.js';
import { ApiError } from './api-error.js';
import type { AppDeps, AppEnv } from './app-env.js';

/**
 * Middleware: the request must carry a live session cookie; sets `c.var.user`.
 *
 * @param deps - database and clock
 * @returns the middleware; it answers 401 `unauthenticated` or `session_expired`
 */
export function requireUser(deps: AppDeps) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token === undefined || token === '') {
      throw new ApiError(401, 'unauthenticated', 'Sign in first.', { where: 'cookie' });
    }
    const session = await lookupSession(deps.db, token, deps.now());
    switch (session.kind) {
      case 'valid':
        c.set('user', session.user);
        await next();
        return;
      case 'expired':
        deleteCookie(c, SESSION_COOKIE, { path: '/' });
        throw new ApiError(401, 'session_expired', 'Your session has expired; sign in again.', { where: 'cookie' });
      case 'unknown':
        deleteCookie(c, SESSION_COOKIE, { path: '/' });
        throw new ApiError(401, 'unauthenticated', 'Sign in first.', { where: 'cookie' });
    }
  });
}

/**
 * Middleware: the signed-in user must have one of these roles.
 *
 * @param roles - the roles allowed
 * @returns the middleware; it answers 403 `forbidden`
 */
export function requireRole(...roles: Role[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const user = c.get('user');
    if (!roles.includes(user.role)) {
      throw new ApiError(
        403,
        'forbidden',
        `This needs the role ${roles.join(' or ')}; you are signed in as ${user.role}.`,
      );
    }
    await next();
  });
}

import type { Context } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { Actor } from '../auth/actor.js';
import { useApiToken } from '../auth/api-token-lookup.js';
import { bearerSecret } from '../auth/api-token-secret.js';
import { lookupSession, SESSION_COOKIE } from '../auth/sessions.js';
import { ApiError } from './api-error.js';
import type { AppDeps, AppEnv } from './app-env.js';

/**
 * Middleware for `/api/*`: finds who is asking, from `Authorization: Bearer gu_…` (an API token)
 * or else the session cookie, and sets `c.var.actor` (null when nobody or the credentials did
 * not hold, with the reason in `c.var.authProblem`). It refuses nothing itself: routes that need
 * an actor call {@link requireActor}.
 *
 * @param deps - database and clock
 * @returns the middleware
 */
export function resolveActor(deps: AppDeps) {
  return createMiddleware<AppEnv>(async (c, next) => {
    c.set('actor', null);
    c.set('authProblem', 'none');
    const ip = clientIp(c);
    const userAgent = c.req.header('user-agent')?.slice(0, 512) ?? null;
    const bearer = bearerSecret(c.req.header('authorization'));
    if (bearer.kind === 'invalid') {
      c.set('authProblem', 'invalid_token');
    } else if (bearer.kind === 'secret') {
      const token = await useApiToken(deps.db, bearer.secret, deps.now());
      if (token === null) c.set('authProblem', 'invalid_token');
      else
        c.set('actor', {
          via: 'token',
          userId: null,
          tokenId: token.id,
          name: `API token "${token.name}"`,
          role: token.role,
          organizationId: token.organizationId,
          organizationKind: token.organizationKind,
          patientId: null,
          ip,
          userAgent,
        });
    } else {
      const cookie = getCookie(c, SESSION_COOKIE);
      if (cookie !== undefined && cookie !== '') {
        const session = await lookupSession(deps.db, cookie, deps.now());
        switch (session.kind) {
          case 'valid':
            c.set('actor', {
              via: 'session',
              userId: session.user.id,
              tokenId: null,
              name: session.user.name,
              role: session.user.role,
              organizationId: session.user.organizationId,
              organizationKind: session.user.organizationKind,
              patientId: session.user.patientId,
              ip,
              userAgent,
            });
            break;
          case 'expired':
            deleteCookie(c, SESSION_COOKIE, { path: '/' });
            c.set('authProblem', 'session_expired');
            break;
          case 'unknown':
            deleteCookie(c, SESSION_COOKIE, { path: '/' });
            c.set('authProblem', 'unknown_session');
            break;
        }
      }
    }
    await next();
  });
}

/**
 * The actor of a request that needs one.
 *
 * @param c - the request context (after {@link resolveActor})
 * @returns the actor
 * @throws ApiError 401 `unauthenticated`, `session_expired` or `invalid_token`
 */
export function requireActor(c: Context<AppEnv>): Actor {
  const actor = c.get('actor');
  if (actor !== null) return actor;
  switch (c.get('authProblem')) {
    case 'session_expired':
      throw new ApiError(401, 'session_expired', 'Your session has expired; sign in again.', { where: 'cookie' });
    case 'invalid_token':
      throw new ApiError(401, 'invalid_token', 'The API token is unknown or revoked.', {
        where: 'header.authorization',
      });
    case 'unknown_session':
    case 'none':
      throw new ApiError(401, 'unauthenticated', 'Sign in first.', { where: 'cookie' });
  }
}

/**
 * The client's address as the socket reports it (no proxy headers are trusted).
 *
 * @param c - the request context
 * @returns the address, or null (e.g. in-process tests)
 */
export function clientIp(c: Context): string | null {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? null;
}

/** A route anyone may call, signed in or not. */
export interface PublicRoute {
  readonly method: string;
  readonly path: string;
}

/**
 * Middleware for `/api/*`, after {@link resolveActor}: every route needs an actor except the listed
 * public ones (default deny), so a request without credentials is a 401 before its body or
 * parameters are even read.
 *
 * @param publicRoutes - method and exact path of the routes anyone may call
 * @returns the middleware
 */
export function requireSignedIn(publicRoutes: readonly PublicRoute[]) {
  const open = new Set(publicRoutes.map((r) => `${r.method.toUpperCase()} ${r.path}`));
  return createMiddleware<AppEnv>(async (c, next) => {
    if (c.get('actor') === null && !open.has(`${c.req.method} ${c.req.path}`)) requireActor(c);
    await next();
  });
}

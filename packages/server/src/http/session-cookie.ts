import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from '../auth/sessions.js';
import type { EdgeEnv } from './edge-env.js';

function secure(c: Context): boolean {
  return (c.var as Partial<EdgeEnv['Variables']>).secureTransport === true;
}

/**
 * The session cookie's name for this request: `__Host-groundup_session` over HTTPS, else
 * `groundup_session`.
 *
 * @param c - the request context (after the edge's transport middleware)
 * @returns the name
 */
export function sessionCookieName(c: Context): string {
  return secure(c) ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

/**
 * The session token the browser sent, if any.
 *
 * @param c - the request context
 * @returns the token, or undefined
 */
export function readSessionCookie(c: Context): string | undefined {
  const value = getCookie(c, sessionCookieName(c));
  return value === undefined || value === '' ? undefined : value;
}

/**
 * Sets the session cookie: HttpOnly, SameSite=Lax, Path=/; over HTTPS also Secure with the
 * `__Host-` name. It expires with the session's absolute expiry (the server ends idle sessions).
 *
 * @param c - the request context
 * @param token - the session token
 * @param expiresAt - the session's absolute expiry
 */
export function setSessionCookie(c: Context, token: string, expiresAt: Date): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    expires: expiresAt,
    ...(secure(c) ? { secure: true, prefix: 'host' as const } : {}),
  });
}

/**
 * Removes the session cookie.
 *
 * @param c - the request context
 */
export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', ...(secure(c) ? { secure: true, prefix: 'host' as const } : {}) });
}

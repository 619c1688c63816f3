import { createMiddleware } from 'hono/factory';
import { ApiError } from './api-error.js';
import { appOrigin, type TransportOptions } from './transport.js';

/** The custom header the web client sends with every state-changing request. */
export const CLIENT_HEADER = 'X-Groundup-Request';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function originOf(text: string): string | null {
  try {
    const origin = new URL(text).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * Middleware: cross-site request forgery protection for every state-changing request (POST, PUT,
 * PATCH, DELETE), uploads included.
 * - The request must be `application/json` or carry `X-Groundup-Request: 1`: a plain HTML form or a
 *   "simple" cross-site fetch can send neither without a CORS preflight, which this server never grants.
 * - Its `Origin` (or, when a browser sent none, the origin of its `Referer`) must be the app's own
 *   origin; `Origin: null` (sandboxed frames, some redirects) is refused.
 * - A request with `Authorization: Bearer …` and no cookie (an API token from a script) is exempt:
 *   a browser never adds that header on its own.
 *
 * @param transport - TLS and proxy settings, to know the app's own origin
 * @returns the middleware; it answers 403 `csrf_header_required` or `cross_origin`
 */
export function csrfProtection(transport: TransportOptions) {
  return createMiddleware(async (c, next) => {
    if (!STATE_CHANGING.has(c.req.method.toUpperCase())) return next();
    const bearer = /^bearer\s+\S/i.test(c.req.header('authorization') ?? '');
    const cookie = c.req.header('cookie');
    if (bearer && (cookie === undefined || cookie.trim() === '')) return next();

    const media = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
    if (media !== 'application/json' && c.req.header(CLIENT_HEADER) !== '1') {
      throw new ApiError(
        403,
        'csrf_header_required',
        `A request that changes data must be JSON or carry the header ${CLIENT_HEADER}: 1.`,
        { where: 'headers' },
      );
    }
    const own = appOrigin(c, transport);
    const origin = c.req.header('origin');
    const referer = c.req.header('referer');
    const claimed = origin !== undefined ? originOf(origin) : referer !== undefined ? originOf(referer) : own;
    if (claimed !== own) {
      throw new ApiError(403, 'cross_origin', `Requests that change data must come from ${own}.`, {
        where: origin !== undefined ? 'headers.origin' : 'headers.referer',
      });
    }
    await next();
  });
}

import { randomUUID } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import type { EdgeEnv } from './edge-env.js';

/** The response header (and the accepted request header) carrying the request's id. */
export const REQUEST_ID_HEADER = 'X-Request-Id';

/** An id a proxy may pass in: short, and only characters that are safe in a log line. */
const ACCEPTED_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/**
 * Middleware: gives every request an id (a proxy's `X-Request-Id` when it is well formed, else a
 * new UUID), sets `c.var.requestId`, and answers with the `X-Request-Id` header, errors included.
 *
 * @returns the middleware; register it first
 */
export function requestId() {
  return createMiddleware<EdgeEnv>(async (c, next) => {
    const incoming = c.req.header(REQUEST_ID_HEADER);
    const id = incoming !== undefined && ACCEPTED_ID.test(incoming) ? incoming : randomUUID();
    c.set('requestId', id);
    await next();
    c.res.headers.set(REQUEST_ID_HEADER, id);
  });
}

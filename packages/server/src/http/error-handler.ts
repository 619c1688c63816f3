import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ServiceError } from '../service-error.js';
import { ApiError } from './api-error.js';
import type { EdgeEnv } from './edge-env.js';
import { apiErrorOf } from './error-mapping.js';

/**
 * Turns any error into the API's JSON error envelope.
 * - `ServiceError` and `ApiError` (a client's mistake or an expected refusal): its status (the one
 *   table in error-mapping.ts) and code, nothing logged.
 * - Hono's `HTTPException` (malformed JSON, a refused body): a 4xx with a code, nothing logged.
 * - Anything else is a fault of ours: ONE log entry naming the request id, method and path, with the
 *   stack once; the client gets 500 `internal` with the request id and never the stack.
 *
 * @param log - where faults are written
 * @returns a handler for `app.onError`
 */
export function errorHandler(log: (message: string) => void) {
  return (error: Error, c: Context): Response => {
    if (error instanceof ServiceError) {
      const api = apiErrorOf(error);
      if (error.retryAfterSeconds !== undefined) c.header('Retry-After', String(error.retryAfterSeconds));
      return c.json(api.toBody(), api.status);
    }
    if (error instanceof ApiError) return c.json(error.toBody(), error.status);
    if (error instanceof HTTPException && error.status < 500) {
      const malformed = /malformed json|unexpected (end|token)|json/i.test(error.message);
      const body = new ApiError(
        error.status,
        malformed ? 'malformed_json' : error.status === 413 ? 'too_large' : 'bad_request',
        malformed ? 'The request body is not valid JSON.' : error.message || 'Bad request.',
        { where: 'body' },
      );
      return c.json(body.toBody(), body.status);
    }
    if (error instanceof URIError) {
      const body = new ApiError(400, 'malformed_encoding', 'The request has a malformed percent-encoding.', {
        where: 'path',
      });
      return c.json(body.toBody(), body.status);
    }
    const id = (c.var as Partial<EdgeEnv['Variables']>).requestId ?? 'none';
    const path = c.req.path;
    const stack = error.stack ?? `${error.name}: ${error.message}`;
    log(`groundup: request ${id} failed: ${c.req.method} ${path}: ${stack}`);
    return c.json(
      new ApiError(
        500,
        'internal',
        `Something went wrong on the server; it has been logged as request ${id}.`,
      ).toBody(),
      500,
    );
  };
}

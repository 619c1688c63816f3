import type { Hono } from 'hono';
import { bodyLimit, type BodyLimitRule } from './body-limit.js';
import { csrfProtection } from './csrf.js';
import type { EdgeEnv } from './edge-env.js';
import { errorHandler } from './error-handler.js';
import { rejectMalformedJson, rejectMalformedTargets } from './request-sanity.js';
import { requestId } from './request-id.js';
import { securityHeaders } from './security-headers.js';
import { markTransport, type TransportOptions } from './transport.js';

/** What the HTTP edge needs to know. */
export interface EdgeOptions {
  readonly transport: TransportOptions;
  /** Routes whose body limit is not the default 1 MiB (uploads: `'streamed'`). */
  readonly bodyLimits?: readonly BodyLimitRule[];
  /** Where faults are logged (one entry each, with the request id). */
  readonly log: (message: string) => void;
}

/**
 * Puts the hardened edge in front of every route of an app, in this order: request id, security
 * headers, malformed path/query, CSRF (headers only, so a forged request is refused before its body
 * is read), body limit, malformed JSON; and the error handler that maps every error to the JSON
 * envelope. Call it before registering any route.
 *
 * @param app - the Hono app
 * @param options - transport, per-route body limits, log
 */
export function installEdge<E extends EdgeEnv>(app: Hono<E>, options: EdgeOptions): void {
  app.use('*', requestId());
  app.use('*', markTransport(options.transport));
  app.use('*', securityHeaders(options.transport));
  app.use('*', rejectMalformedTargets());
  app.use('*', csrfProtection(options.transport));
  app.use('*', bodyLimit({ rules: options.bodyLimits ?? [] }));
  app.use('*', rejectMalformedJson());
  app.onError(errorHandler(options.log));
}

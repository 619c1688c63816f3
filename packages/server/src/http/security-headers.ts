import { createMiddleware } from 'hono/factory';
import { isSecureRequest, type TransportOptions } from './transport.js';

/**
 * The Content-Security-Policy of every response. No inline script and no eval. `style-src` allows
 * inline styles because Mantine writes its CSS variables into a `<style>` element at run time
 * (MantineProvider's CssVariables) and components set `style` attributes; scripts stay `'self'` only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** HSTS over TLS: one year. Not `includeSubDomains`: other hosts of a clinic's domain are not ours to pin. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

const ALWAYS: readonly (readonly [string, string])[] = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['Referrer-Policy', 'same-origin'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
];

/**
 * Middleware: the security headers on every response (API, web app, errors): CSP, Referrer-Policy,
 * nosniff, frame denial; `Strict-Transport-Security` only when the request came over HTTPS.
 *
 * @param transport - TLS and proxy settings, to know whether the request is HTTPS
 * @returns the middleware; register it before anything that can answer or throw
 */
export function securityHeaders(transport: TransportOptions) {
  return createMiddleware(async (c, next) => {
    await next();
    const headers = c.res.headers;
    for (const [name, value] of ALWAYS) headers.set(name, value);
    if (isSecureRequest(c, transport)) headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
    else headers.delete('Strict-Transport-Security');
  });
}

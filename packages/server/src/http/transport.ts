import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { EdgeEnv } from './edge-env.js';

/** How requests reach the server: directly over TLS, and whether a reverse proxy's headers are trusted. */
export interface TransportOptions {
  /** The server itself serves HTTPS (`GROUNDUP_TLS_CERT` and `GROUNDUP_TLS_KEY`). */
  readonly tls: boolean;
  /** Honour `X-Forwarded-Proto` and `X-Forwarded-Host` from a reverse proxy (`GROUNDUP_TRUST_PROXY=1`). */
  readonly trustProxy: boolean;
}

/** Plain HTTP, no proxy: the embedded default. */
export const PLAIN_HTTP: TransportOptions = { tls: false, trustProxy: false };

function forwarded(c: Context, name: string): string | undefined {
  const value = c.req.header(name);
  if (value === undefined) return undefined;
  const first = value.split(',')[0]?.trim().toLowerCase();
  return first === undefined || first === '' ? undefined : first;
}

/**
 * Whether the browser reached the app over HTTPS: the server's own TLS, or a trusted proxy's
 * `X-Forwarded-Proto: https`.
 *
 * @param c - the request context
 * @param transport - TLS and proxy settings
 * @returns true over HTTPS
 */
export function isSecureRequest(c: Context, transport: TransportOptions): boolean {
  if (transport.tls) return true;
  return transport.trustProxy && forwarded(c, 'x-forwarded-proto') === 'https';
}

/**
 * The app's own origin as the browser sees it (`https://clinic.example:8443`): the scheme from
 * {@link isSecureRequest}, the host from `Host` (or a trusted proxy's `X-Forwarded-Host`).
 *
 * @param c - the request context
 * @param transport - TLS and proxy settings
 * @returns the origin, lower case, without a default port
 */
export function appOrigin(c: Context, transport: TransportOptions): string {
  const scheme = isSecureRequest(c, transport) ? 'https' : 'http';
  const proxiedHost = transport.trustProxy ? forwarded(c, 'x-forwarded-host') : undefined;
  const host = proxiedHost ?? c.req.header('host') ?? new URL(c.req.url).host;
  try {
    return new URL(`${scheme}://${host}`).origin;
  } catch {
    return `${scheme}://invalid-host`;
  }
}

/**
 * Middleware: records on the request whether it came over HTTPS (`c.var.secureTransport`), for the
 * session cookie's name and Secure flag.
 *
 * @param transport - TLS and proxy settings
 * @returns the middleware
 */
export function markTransport(transport: TransportOptions) {
  return createMiddleware<EdgeEnv>(async (c, next) => {
    c.set('secureTransport', isSecureRequest(c, transport));
    await next();
  });
}

/**
 * The client's address: the socket's peer, or with a trusted proxy the first address of its
 * `X-Forwarded-For`.
 *
 * @param c - the request context
 * @param transport - whether the proxy is trusted
 * @returns the address, or null when unknown (in-process tests)
 */
export function clientAddress(c: Context, transport: TransportOptions): string | null {
  if (transport.trustProxy) {
    const first = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (first !== undefined && first !== '') return first.slice(0, 64);
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? null;
}

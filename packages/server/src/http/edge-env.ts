/** Hono variables the HTTP edge sets on every request (the app's own environment extends this). */
export interface EdgeEnv {
  Variables: {
    /** The request's id, also sent back as `X-Request-Id` and written with any logged fault. */
    requestId: string;
    /** Whether the browser reached us over HTTPS (own TLS, or a trusted proxy's X-Forwarded-Proto). */
    secureTransport: boolean;
  };
}

import type { paths } from '../api/schema.js';
import type { ResponseBody } from '../api/types.js';

type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';

/** One request the app sent to the stub. */
export interface StubCall {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Headers;
  /** The parsed JSON body, or null. */
  readonly body: unknown;
  /** The path's `{name}` parameters. */
  readonly params: Readonly<Record<string, string>>;
}

/** An answer: a success body typed by the generated schema, a 204, or an API error. */
export type StubReply<P extends keyof paths, M extends Method & keyof paths[P]> =
  | { readonly status?: 200 | 201 | 202; readonly body: ResponseBody<P, M> }
  | { readonly status: 204 }
  | {
      readonly status: number;
      readonly error: { readonly code: string; readonly message: string; readonly issues?: readonly unknown[] };
      readonly headers?: Readonly<Record<string, string>>;
    };

/** The stub's routes: per path of the generated schema and method, a function that answers. */
export type StubRoutes = {
  readonly [P in keyof paths]?: {
    readonly [M in Method & keyof paths[P]]?: (call: StubCall) => StubReply<P, M> | Promise<StubReply<P, M>>;
  };
};

/** The request body as JSON, the text itself when it is not JSON, null when empty. */
function parseJson(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Matches `/api/users/u1` against `/api/users/{id}`, returning the parameters or null. */
function matchPath(template: string, path: string): Record<string, string> | null {
  const names: string[] = [];
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{([^}]+)\\?\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  const found = new RegExp(`^${pattern}$`).exec(path);
  if (found === null) return null;
  return Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(found[index + 1] ?? '')]));
}

/**
 * A `fetch` that answers the app's API requests from `routes` (only the network is mocked: the app's
 * client, query hooks, router and components are the real ones). A request to a route without a
 * handler answers 404 and is recorded in `unhandled`, so a test can assert the app asked only what it should.
 *
 * @param routes - the answers, typed by the generated schema
 * @returns the fetch, the calls it received and the unhandled ones
 */
export function stubApi(routes: StubRoutes): {
  fetch: (request: Request) => Promise<Response>;
  calls: StubCall[];
  unhandled: string[];
} {
  const calls: StubCall[] = [];
  const unhandled: string[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const method = request.method.toLowerCase() as Method;
    const text = await request.text();
    const body = parseJson(text);
    for (const [template, methods] of Object.entries(routes)) {
      const params = matchPath(template, url.pathname);
      const handler = (methods as Record<string, ((call: StubCall) => unknown) | undefined> | undefined)?.[method];
      if (params === null || handler === undefined) continue;
      const call: StubCall = {
        method: request.method,
        path: url.pathname,
        query: url.searchParams,
        headers: request.headers,
        body,
        params,
      };
      calls.push(call);
      const reply = (await handler(call)) as
        | { status?: number; body: unknown }
        | { status: 204 }
        | { status: number; error: unknown; headers?: Record<string, string> };
      if ('error' in reply) {
        return new Response(JSON.stringify({ error: reply.error }), {
          status: reply.status,
          headers: { 'content-type': 'application/json', ...reply.headers },
        });
      }
      if (!('body' in reply)) return new Response(null, { status: 204 });
      return new Response(JSON.stringify(reply.body), {
        status: reply.status ?? 200,
        headers: { 'content-type': 'application/json' },
      });
    }
    unhandled.push(`${request.method} ${url.pathname}`);
    return new Response(JSON.stringify({ error: { code: 'not_found', message: 'No stub for this route.' } }), {
      status: 404,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { fetch, calls, unhandled };
}

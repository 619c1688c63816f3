import createClient, { type Client } from 'openapi-fetch';
import { ApiFailure, failureFrom, UNREACHABLE } from './api-failure.js';
import type { paths } from './schema.js';

/** The typed API client: every path, parameter and body checked against the generated schema. */
export type ApiClient = Client<paths>;

/** The header every state-changing request carries (the server's CSRF check asks for it). */
export const REQUEST_HEADER = { 'X-Groundup-Request': '1' } as const;

/**
 * Makes the API client. It always sends `X-Groundup-Request: 1` and the session cookie; a network
 * failure becomes an {@link ApiFailure} with status 0.
 *
 * @param options - `baseUrl` (the page's origin by default) and a `fetch` (tests pass a stub)
 * @returns the client
 */
export function createApiClient(
  options: { readonly baseUrl?: string; readonly fetch?: (request: Request) => Promise<Response> } = {},
): ApiClient {
  const transport = options.fetch ?? ((input: Request) => globalThis.fetch(input));
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? globalThis.location.origin,
    headers: REQUEST_HEADER,
    credentials: 'same-origin',
    fetch: async (request: Request) => {
      try {
        return await transport(request);
      } catch {
        throw new ApiFailure(0, 'unreachable', UNREACHABLE);
      }
    },
  });
  return client;
}

/** What every openapi-fetch call resolves to: a body on success, an error body otherwise. */
interface FetchResult {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

/**
 * Awaits an API call and returns its body, or throws an {@link ApiFailure} for an error answer.
 *
 * @param pending - an `api.GET(...)`, `api.POST(...)`, … call
 * @returns the success body (undefined at run time for a 204, which callers do not read)
 * @throws ApiFailure with the API's code, message and issues
 */
export async function unwrap<R extends FetchResult>(pending: Promise<R>): Promise<Exclude<R['data'], undefined>> {
  const result = await pending;
  if (result.error !== undefined || !result.response.ok) throw failureFrom(result.response, result.error);
  return result.data as Exclude<R['data'], undefined>;
}

import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiFailure } from '../api/api-failure.js';

/** Whether a query or mutation belongs to signing in (its 401 is an answer, not an expired session). */
function isSignInFlow(meta: Record<string, unknown> | undefined): boolean {
  return meta?.['signInFlow'] === true;
}

/**
 * The app's query client. A 401 from any page's request means the session ended (expired, signed
 * out elsewhere, or the user was deactivated): `onSessionEnded` is called once per ending. Client
 * errors (4xx) are not retried; a server fault or an unreachable server is retried twice.
 *
 * @param onSessionEnded - sends the user to the sign-in page with a notice
 * @returns the client
 */
export function createQueryClient(onSessionEnded: () => void): QueryClient {
  const onError = (error: unknown, meta: Record<string, unknown> | undefined) => {
    if (error instanceof ApiFailure && error.status === 401 && !isSignInFlow(meta)) onSessionEnded();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onError(error, query.meta) }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => onError(error, mutation.meta),
    }),
    defaultOptions: {
      queries: {
        retry: (failures, error) =>
          !(error instanceof ApiFailure && error.status >= 400 && error.status < 500) && failures < 2,
        refetchOnWindowFocus: true,
        staleTime: 10_000,
      },
      mutations: { retry: false },
    },
  });
}

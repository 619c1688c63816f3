import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider, type RouterHistory } from '@tanstack/react-router';
import { ApiProvider } from '../api/api-context.js';
import { createApiClient, type ApiClient } from '../api/client.js';
import { SESSION_KEY, type Session } from '../api/queries/auth.js';
import { createQueryClient } from './query-client.js';
import { createAppRouter, type AppRouter } from './router.js';
import { cssVariablesResolver, theme } from './theme.js';

/** One running app: its API client, query cache and router. */
export interface AppInstance {
  readonly api: ApiClient;
  readonly queryClient: QueryClient;
  readonly router: AppRouter;
}

/**
 * Wires the app: the API client, the query client (whose 401 handler ends the session) and the router.
 *
 * @param options - `api` (a test's client over a stub) and `history` (a memory history in tests)
 * @returns the instance to render with {@link App}
 */
export function createAppInstance(
  options: { readonly api?: ApiClient; readonly history?: RouterHistory } = {},
): AppInstance {
  const api = options.api ?? createApiClient();
  let router: AppRouter | null = null;
  const queryClient = createQueryClient(() => {
    if (router === null || router.state.location.pathname === '/sign-in') return;
    const here = router.state.location.href;
    queryClient.clear();
    queryClient.setQueryData<Session>(SESSION_KEY, null);
    void router.navigate({
      to: '/sign-in',
      search: { notice: 'expired', ...(here === '/' ? {} : { redirect: here }) },
    });
  });
  router = createAppRouter({ queryClient, api }, options.history === undefined ? {} : { history: options.history });
  return { api, queryClient, router };
}

/**
 * The whole app: Mantine, notifications, the query client, the API client and the router.
 *
 * @param props - the instance from {@link createAppInstance}
 * @returns the app
 */
export function App({ instance }: { readonly instance: AppInstance }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <Notifications position="top-right" />
      <QueryClientProvider client={instance.queryClient}>
        <ApiProvider client={instance.api}>
          <RouterProvider router={instance.router} />
        </ApiProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}

import '@testing-library/jest-dom/vitest';
import { createMemoryHistory } from '@tanstack/react-router';
import { cleanup, configure, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach } from 'vitest';
import { createApiClient } from '../api/client.js';
import { App, createAppInstance, type AppInstance } from '../app/create-app.js';
import type { User } from '../api/types.js';
import { stubApi, type StubCall, type StubRoutes } from './api-stub.js';

// The machine's cores are shared: give the app time to answer before a find* gives up.
configure({ asyncUtilTimeout: 8000 });

afterEach(() => {
  cleanup();
});

/** What a component test gets back: the user-event driver, the calls the app made, the app. */
export interface RenderedApp {
  readonly user: ReturnType<typeof userEvent.setup>;
  readonly calls: StubCall[];
  readonly unhandled: string[];
  readonly instance: AppInstance;
}

/**
 * Renders the whole app (providers, router, shell, page) at `path`, signed in as `me` (or signed
 * out for null), with the API answered by `routes`. Only the network is stubbed.
 *
 * @param options - `path`, `me` and the extra `routes`
 * @returns the driver, the recorded calls and the app
 */
export function renderApp(options: {
  readonly path: string;
  readonly me: User | null;
  readonly notices?: readonly string[];
  readonly routes?: StubRoutes;
}): RenderedApp {
  const { fetch, calls, unhandled } = stubApi({
    '/api/auth/me': {
      get: () =>
        options.me === null
          ? { status: 401, error: { code: 'unauthenticated', message: 'Sign in first.' } }
          : { body: { user: options.me, notices: [...(options.notices ?? [])] } },
    },
    ...options.routes,
  });
  const api = createApiClient({ baseUrl: 'http://groundup.test', fetch });
  const instance = createAppInstance({ api, history: createMemoryHistory({ initialEntries: [options.path] }) });
  render(<App instance={instance} />);
  return { user: userEvent.setup(), calls, unhandled, instance };
}

/**
 * Waits for the page's h1.
 *
 * @param name - the heading text (string or pattern)
 * @returns the heading element
 */
export function findPageHeading(name: string | RegExp): Promise<HTMLElement> {
  return screen.findByRole('heading', { level: 1, name });
}

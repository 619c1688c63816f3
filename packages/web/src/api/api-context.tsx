import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClient } from './client.js';

const ApiContext = createContext<ApiClient | null>(null);

/**
 * Gives the pages below it the API client (the app's real one, or a test's client over a stub).
 *
 * @param props - `client` and the children
 * @returns the provider
 */
export function ApiProvider({ client, children }: { readonly client: ApiClient; readonly children: ReactNode }) {
  return <ApiContext value={client}>{children}</ApiContext>;
}

/**
 * The API client of the nearest {@link ApiProvider}.
 *
 * @returns the client
 * @throws Error when no provider is above the caller
 */
export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (client === null) throw new Error('useApi needs an ApiProvider above it.');
  return client;
}

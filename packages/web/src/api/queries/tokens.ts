import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api-context.js';
import { unwrap } from '../client.js';
import type { RequestBody } from '../types.js';

/**
 * The organization's API tokens (never their secrets).
 *
 * @returns the query
 */
export function useApiTokens() {
  const api = useApi();
  return useQuery({ queryKey: ['tokens'], queryFn: async () => (await unwrap(api.GET('/api/tokens'))).tokens });
}

/**
 * Creates an API token; the answer holds its secret, which the server never shows again.
 *
 * @returns the mutation
 */
export function useCreateApiToken() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'/api/tokens', 'post'>) => unwrap(api.POST('/api/tokens', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tokens'] }),
  });
}

/**
 * Revokes an API token: scripts using it get 401 from then on.
 *
 * @returns the mutation
 */
export function useRevokeApiToken() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/tokens/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tokens'] }),
  });
}

import { queryOptions, useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { failureFrom } from '../api-failure.js';
import { useApi } from '../api-context.js';
import { unwrap, type ApiClient } from '../client.js';
import type { ResponseBody, User } from '../types.js';

/** The signed-in user and their notices, or null when nobody is signed in. */
export type Session = ResponseBody<'/api/auth/me', 'get'> | null;

/** The query key of the session; other queries are cleared when it ends. */
export const SESSION_KEY = ['session'] as const;

/**
 * The session query: `GET /api/auth/me`, where a 401 means "not signed in" (null), not an error.
 *
 * @param api - the client
 * @returns query options for TanStack Query (also used by the router before a page loads)
 */
export function sessionQuery(api: ApiClient) {
  return queryOptions({
    queryKey: SESSION_KEY,
    queryFn: async (): Promise<Session> => {
      const { data, error, response } = await api.GET('/api/auth/me');
      if (response.status === 401) return null;
      if (error !== undefined) throw failureFrom(response, error);
      return data;
    },
    staleTime: 5 * 60_000,
  });
}

/**
 * The session as the cache holds it: the user and notices, or null once it has ended.
 *
 * @returns the session, or null
 */
export function useSession(): Session {
  return useSuspenseQuery(sessionQuery(useApi())).data;
}

/**
 * The signed-in user, for pages under the app shell (the router has already made sure there is one,
 * and the shell renders nothing once the session ends).
 *
 * @returns the user
 * @throws Error when called where nobody is signed in
 */
export function useCurrentUser(): User {
  const { data } = useSuspenseQuery(sessionQuery(useApi()));
  if (data === null) throw new Error('useCurrentUser is only for pages that need a signed-in user.');
  return data.user;
}

/**
 * Signs in with email and password; on success the session query holds the new user.
 *
 * @returns the mutation
 */
export function useSignIn() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) => unwrap(api.POST('/api/auth/login', { body })),
    onSuccess: async () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
      await queryClient.query({ ...sessionQuery(api), staleTime: 0 });
    },
    meta: { signInFlow: true },
  });
}

/**
 * Signs out: ends the session on the server and forgets every cached answer.
 *
 * @returns the mutation
 */
export function useSignOut() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/auth/logout')),
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData<Session>(SESSION_KEY, null);
    },
    meta: { signInFlow: true },
  });
}

/**
 * What an invitation link is for: the organization, email and role, before the person accepts.
 *
 * @param token - the token from the link
 * @returns the query; a 404 or 410 is its error
 */
export function useInvitationLookup(token: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['invitation-lookup', token],
    queryFn: () => unwrap(api.GET('/api/invitations/lookup', { params: { query: { token } } })),
    enabled: token !== '',
    retry: false,
    meta: { signInFlow: true },
  });
}

/**
 * Accepts an invitation (name and password); the server signs the new user in.
 *
 * @returns the mutation
 */
export function useAcceptInvitation() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { token: string; name: string; password: string }) =>
      unwrap(api.POST('/api/invitations/accept', { body })),
    onSuccess: async () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
      await queryClient.query({ ...sessionQuery(api), staleTime: 0 });
    },
    meta: { signInFlow: true },
  });
}

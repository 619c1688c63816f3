import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api-context.js';
import { unwrap } from '../client.js';
import type { RequestBody } from '../types.js';

/**
 * The people of the admin's organization.
 *
 * @returns the query
 */
export function useUsers() {
  const api = useApi();
  return useQuery({ queryKey: ['users'], queryFn: async () => (await unwrap(api.GET('/api/users'))).users });
}

/**
 * Changes a user's name, role or whether they may sign in (admins, own organization).
 *
 * @returns the mutation
 */
export function useUpdateUser() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string } & RequestBody<'/api/users/{id}', 'patch'>) =>
      unwrap(api.PATCH('/api/users/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

/**
 * The organization's invitations, pending and past.
 *
 * @returns the query
 */
export function useInvitations() {
  const api = useApi();
  return useQuery({
    queryKey: ['invitations'],
    queryFn: async () => (await unwrap(api.GET('/api/invitations'))).invitations,
  });
}

/**
 * Invites someone by email; the link goes to the outbox (the development mailbox without SMTP).
 *
 * @returns the mutation
 */
export function useCreateInvitation() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'/api/invitations', 'post'>) => unwrap(api.POST('/api/invitations', { body })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['invitations'] });
      await queryClient.invalidateQueries({ queryKey: ['dev-mailbox'] });
    },
  });
}

/**
 * Revokes a pending invitation, so its link stops working.
 *
 * @returns the mutation
 */
export function useRevokeInvitation() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/invitations/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['invitations'] }),
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api-context.js';
import { unwrap } from '../client.js';
import type { RequestBody } from '../types.js';

/**
 * The signed-in user's organization and its settings.
 *
 * @returns the query
 */
export function useOrganization() {
  const api = useApi();
  return useQuery({
    queryKey: ['organization'],
    queryFn: async () => (await unwrap(api.GET('/api/organization'))).organization,
  });
}

/**
 * Saves the organization's name and contact settings (admins).
 *
 * @returns the mutation
 */
export function useUpdateOrganization() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'/api/organization', 'patch'>) => unwrap(api.PATCH('/api/organization', { body })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['organization'] });
      await queryClient.invalidateQueries({ queryKey: ['session'] });
    },
  });
}

/**
 * The labs a clinic orders from.
 *
 * @param enabled - false for a lab, which has no partner labs
 * @returns the query
 */
export function usePartnerLabs(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: ['partner-labs'],
    queryFn: async () => (await unwrap(api.GET('/api/organization/labs'))).labs,
    enabled,
  });
}

/**
 * Every lab a clinic admin can add as a partner.
 *
 * @param enabled - only for a clinic's admin
 * @returns the query
 */
export function useLabs(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: ['labs'],
    queryFn: async () => (await unwrap(api.GET('/api/labs'))).labs,
    enabled,
  });
}

/**
 * Adds or removes a partner lab of the clinic.
 *
 * @returns the mutation; pass `{labId, partner: true}` to add, `false` to remove
 */
export function useSetPartnerLab() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ labId, partner }: { labId: string; partner: boolean }) => {
      const params = { path: { labId } };
      return partner
        ? unwrap(api.PUT('/api/organization/labs/{labId}', { params }))
        : unwrap(api.DELETE('/api/organization/labs/{labId}', { params }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['partner-labs'] }),
  });
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api-context.js';
import { unwrap } from '../client.js';
import type { NewPatient } from '../types.js';

/** Which patients to list. */
export interface PatientListFilter {
  readonly q?: string;
  readonly sort: 'recent' | 'name';
  readonly limit: number;
}

/**
 * The clinic's patients, searched by name, most recently touched first or by name.
 *
 * @param filter - search text, order and how many
 * @returns the query (the previous answer stays on screen while a new search runs)
 */
export function usePatients(filter: PatientListFilter) {
  const api = useApi();
  const q = filter.q?.trim() ?? '';
  return useQuery({
    queryKey: ['patients', { q, sort: filter.sort, limit: filter.limit }],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/patients', {
            params: { query: { sort: filter.sort, limit: filter.limit, ...(q === '' ? {} : { q }) } },
          }),
        )
      ).patients,
    placeholderData: keepPreviousData,
  });
}

/**
 * One patient record.
 *
 * @param id - the patient's id
 * @returns the query
 */
export function usePatient(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['patient', id],
    queryFn: async () => (await unwrap(api.GET('/api/patients/{id}', { params: { path: { id } } }))).patient,
  });
}

/**
 * The signed-in patient's own record.
 *
 * @returns the query
 */
export function useMyPatientRecord() {
  const api = useApi();
  return useQuery({
    queryKey: ['my-patient'],
    queryFn: async () => (await unwrap(api.GET('/api/me/patient'))).patient,
  });
}

/**
 * Registers a patient at the clinic.
 *
 * @returns the mutation; resolves with the new patient
 */
export function useCreatePatient() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewPatient) => (await unwrap(api.POST('/api/patients', { body }))).patient,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['patients'] }),
  });
}

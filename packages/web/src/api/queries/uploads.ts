import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api-context.js';
import { unwrap } from '../client.js';
import type { Upload } from '../types.js';
import { sendFile } from '../send-file.js';

/**
 * Whether an upload's analysis is still to finish.
 *
 * @param upload - as listed
 * @returns true while queued or running
 */
export function isPending(upload: Pick<Upload, 'status'>): boolean {
  return upload.status === 'queued' || upload.status === 'running';
}

/**
 * A patient's capture files. While any is queued or running the list is asked again every second,
 * so status and progress move on screen; it stops once all are done or failed.
 *
 * @param patientId - the patient
 * @returns the query
 */
export function useUploads(patientId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['uploads', patientId],
    queryFn: async () =>
      (await unwrap(api.GET('/api/patients/{id}/uploads', { params: { path: { id: patientId } } }))).uploads,
    refetchInterval: (query) => (query.state.data?.some(isPending) === true ? 1000 : false),
  });
}

/**
 * Uploads a capture file to a patient's record, reporting the bytes sent as it goes.
 *
 * @param patientId - the patient
 * @returns the mutation; call `mutate({file, onProgress})`
 */
export function useUploadCapture(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, onProgress }: { file: File; onProgress: (fraction: number) => void }) => {
      const path = `/api/patients/${encodeURIComponent(patientId)}/uploads?filename=${encodeURIComponent(file.name)}`;
      const body = (await sendFile(path, file, onProgress)) as { upload: Upload };
      return body.upload;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['uploads', patientId] }),
  });
}

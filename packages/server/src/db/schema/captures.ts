import type { Selectable } from 'kysely';
import type { CreatedAt, Id, Json, UpdatedAt } from './columns.js';

/** Upload analysis status, as the job moves it. */
export type UploadStatus = 'queued' | 'running' | 'done' | 'failed';

export interface UploadTable {
  id: Id;
  patient_id: string;
  filename: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  status: UploadStatus;
  result: Json;
  error: Json;
  job_id: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  /** Analysis progress 0..1 while running (null before it starts). */
  progress: number | null;
  /** The capture format core's readers found (`stl-binary`, `pedar`, …), null until analysed. */
  format: string | null;
}

export type UploadRow = Selectable<UploadTable>;

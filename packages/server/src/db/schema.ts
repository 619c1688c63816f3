import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** A timestamp column: the database sets it, reads come back as `Date`. */
type CreatedAt = ColumnType<Date, Date | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | undefined, Date>;

/** User roles, one per user (see PRODUCT.md, "Users and what they come to do"). */
export type Role = 'clinician' | 'lab_technician' | 'patient' | 'admin';
export const ROLES: readonly Role[] = ['clinician', 'lab_technician', 'patient', 'admin'];

export type OrganizationKind = 'clinic' | 'lab';

/** Upload analysis status, as the job moves it. */
export type UploadStatus = 'queued' | 'running' | 'done' | 'failed';

export interface OrganizationTable {
  id: Generated<string>;
  kind: OrganizationKind;
  name: string;
  created_at: CreatedAt;
}

export interface UserTable {
  id: Generated<string>;
  organization_id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
  created_at: CreatedAt;
}

export interface SessionTable {
  /** SHA-256 of the cookie token, hex: the token itself is never stored. */
  id: string;
  user_id: string;
  created_at: CreatedAt;
  expires_at: Date;
}

export interface PatientTable {
  id: Generated<string>;
  clinic_id: string;
  given_name: string;
  family_name: string;
  /** `YYYY-MM-DD` (a `date` column read back as text). */
  birth_date: string | null;
  sex: string;
  email: string | null;
  user_id: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface UploadTable {
  id: Generated<string>;
  patient_id: string;
  filename: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  status: UploadStatus;
  result: ColumnType<unknown, string | null | undefined, string | null>;
  error: ColumnType<unknown, string | null | undefined, string | null>;
  job_id: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  /** Analysis progress 0..1 while running (null before it starts). */
  progress: number | null;
  /** The capture format core's readers found (`stl-binary`, `pedar`, …), null until analysed. */
  format: string | null;
}

/** One running job: its worker touches `beat_at` every few seconds; a stale row means the worker died. */
export interface JobHeartbeatTable {
  job_id: string;
  queue: string;
  /** `<host>:<pid>:<worker id>`, for the log. */
  worker: string;
  started_at: ColumnType<Date, Date | undefined, Date>;
  beat_at: ColumnType<Date, Date | undefined, Date>;
}

/** The whole schema, as Kysely sees it. One schema for PGlite and PostgreSQL. */
export interface Database {
  organizations: OrganizationTable;
  users: UserTable;
  sessions: SessionTable;
  patients: PatientTable;
  uploads: UploadTable;
  job_heartbeats: JobHeartbeatTable;
}

export type UserRow = Selectable<UserTable>;
export type PatientRow = Selectable<PatientTable>;
export type UploadRow = Selectable<UploadTable>;
export type NewUser = Insertable<UserTable>;

import type { Selectable } from 'kysely';
import type { CreatedAt, Id, UpdatedAt } from './columns.js';

export interface PatientTable {
  id: Id;
  clinic_id: string;
  given_name: string;
  family_name: string;
  /** `YYYY-MM-DD` (a `date` column read back as text). */
  birth_date: string | null;
  sex: string;
  email: string | null;
  /** The patient's own account, when they have one. */
  user_id: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  /** Last change to the record or its captures (migration 0002); `sort=recent` orders by it. */
  updated_at: UpdatedAt;
}

export type PatientRow = Selectable<PatientTable>;

import type { ColumnType, Insertable, Selectable } from 'kysely';
import type { CreatedAt, Id } from './columns.js';

/** User roles, one per user (see PRODUCT.md, "Users and what they come to do"). */
export type Role = 'clinician' | 'lab_technician' | 'patient' | 'admin';
export const ROLES: readonly Role[] = ['clinician', 'lab_technician', 'patient', 'admin'];

export interface UserTable {
  id: Id;
  organization_id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
  /** False once an admin deactivates the user: no sign-in, sessions and tokens ended (migration 0003). */
  active: ColumnType<boolean, boolean | undefined, boolean>;
  last_sign_in_at: Date | null;
  created_at: CreatedAt;
}

export interface SessionTable {
  /** SHA-256 of the cookie token, hex: the token itself is never stored. */
  id: string;
  user_id: string;
  created_at: CreatedAt;
  expires_at: Date;
}

export type UserRow = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;

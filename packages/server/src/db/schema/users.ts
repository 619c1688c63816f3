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
  /** Failed sign-in attempts between the previous sign-in and the latest one (migration 0020), shown as a notice. */
  failed_sign_ins_before_last: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
}

export interface SessionTable {
  /** SHA-256 of the cookie token, hex: the token itself is never stored. */
  id: string;
  user_id: string;
  created_at: CreatedAt;
  /** Absolute expiry: the session ends then however active it is. */
  expires_at: Date;
  /** Last request with this session (written at most once a minute); idle expiry counts from it (migration 0020). */
  last_seen_at: ColumnType<Date, Date | undefined, Date>;
}

/** One failed sign-in attempt (migration 0020): the throttle counts them per account and per client. */
export interface SignInFailureTable {
  id: Id;
  /** The email as typed, trimmed and lower-cased (whether or not an account has it). */
  email: string;
  ip: string | null;
  at: Date;
}

export type UserRow = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;

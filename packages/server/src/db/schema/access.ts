import type { ColumnType, Selectable } from 'kysely';
import type { CreatedAt, Id } from './columns.js';
import type { Role } from './users.js';

/** An emailed invitation to join an organization (migration 0003). Only the token's hash is stored. */
export interface InvitationTable {
  id: Id;
  organization_id: string;
  email: string;
  name: string | null;
  role: Role;
  /** For a patient's invitation: the record their account is linked to (migration 0004). */
  patient_id: string | null;
  token_hash: string;
  invited_by: string | null;
  created_at: CreatedAt;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
}

/** An API token for scripts and lab systems (migration 0003): `gu_` + secret, stored as SHA-256. */
export interface ApiTokenTable {
  id: Id;
  organization_id: string;
  name: string;
  role: Role;
  /** The first characters of the secret, shown so people can tell tokens apart. */
  prefix: string;
  secret_hash: string;
  created_by: string | null;
  created_at: CreatedAt;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

/** Mail waiting to be sent, written in the same transaction as the change it reports (migration 0003). */
export interface OutboxTable {
  id: Id;
  organization_id: string;
  to_address: string;
  subject: string;
  text: string;
  created_at: CreatedAt;
  sent_at: Date | null;
  /** When a sender last claimed it (migration 0004); a claim older than a few minutes may be retried. */
  last_attempt_at: Date | null;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
}

export type InvitationRow = Selectable<InvitationTable>;
export type ApiTokenRow = Selectable<ApiTokenTable>;
export type OutboxRow = Selectable<OutboxTable>;

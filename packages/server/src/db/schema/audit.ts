import type { Selectable } from 'kysely';
import type { CreatedAt, Id } from './columns.js';

/** One read or change of protected data (migration 0002). Append only. */
export interface AuditEventTable {
  id: Id;
  at: CreatedAt;
  organization_id: string;
  /** The signed-in user, or the user who created the API token that acted. */
  actor_user_id: string | null;
  actor_token_id: string | null;
  actor_name: string;
  /** A policy action, e.g. `patient.read`. */
  action: string;
  resource_type: string;
  resource_id: string | null;
  ip: string | null;
  user_agent: string | null;
}

export type AuditEventRow = Selectable<AuditEventTable>;

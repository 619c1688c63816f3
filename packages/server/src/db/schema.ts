import type { ApiTokenTable, InvitationTable, OutboxTable } from './schema/access.js';
import type { AuditEventTable } from './schema/audit.js';
import type { UploadTable } from './schema/captures.js';
import type { JobHeartbeatTable } from './schema/jobs.js';
import type { OrganizationTable, PartnerLabTable } from './schema/organizations.js';
import type { PatientTable } from './schema/patients.js';
import type { SessionTable, UserTable } from './schema/users.js';

export type * from './schema/access.js';
export type * from './schema/audit.js';
export type * from './schema/captures.js';
export type * from './schema/jobs.js';
export type * from './schema/organizations.js';
export type * from './schema/patients.js';
export type * from './schema/users.js';
export { ROLES } from './schema/users.js';

/** The whole schema, as Kysely sees it: one table interface per area in `schema/`. One schema for PGlite and PostgreSQL. */
export interface Database {
  organizations: OrganizationTable;
  partner_labs: PartnerLabTable;
  users: UserTable;
  sessions: SessionTable;
  patients: PatientTable;
  uploads: UploadTable;
  audit_events: AuditEventTable;
  invitations: InvitationTable;
  api_tokens: ApiTokenTable;
  outbox: OutboxTable;
  job_heartbeats: JobHeartbeatTable;
}

import type { Kysely } from 'kysely';
import type { AuditEventRow, Database } from '../db/schema.js';

/** An audit entry to store. */
export interface NewAuditEvent {
  readonly id: string;
  readonly at: Date;
  readonly organizationId: string;
  readonly actorUserId: string | null;
  readonly actorTokenId: string | null;
  readonly actorName: string;
  readonly action: string;
  readonly resourceType: string;
  readonly resourceId: string | null;
  readonly ip: string | null;
  readonly userAgent: string | null;
}

/** Filters for reading an organization's audit log, newest first. */
export interface AuditQuery {
  readonly limit: number;
  /** Only entries strictly older than this entry (keyset paging: at, then id). */
  readonly before: { readonly at: Date; readonly id: string } | null;
  readonly action: string | null;
  readonly resourceType: string | null;
}

/**
 * Appends an audit entry (call it inside the transaction of the read or change it records).
 *
 * @param db - the transaction
 * @param event - the entry
 */
export async function insertAuditEvent(db: Kysely<Database>, event: NewAuditEvent): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      id: event.id,
      at: event.at,
      organization_id: event.organizationId,
      actor_user_id: event.actorUserId,
      actor_token_id: event.actorTokenId,
      actor_name: event.actorName,
      action: event.action,
      resource_type: event.resourceType,
      resource_id: event.resourceId,
      ip: event.ip,
      user_agent: event.userAgent,
    })
    .execute();
}

/**
 * An organization's audit entries, newest first.
 *
 * @param db - the database
 * @param organizationId - the caller's organization (the only one it can read)
 * @param query - page size, cursor and filters
 * @returns the rows
 */
export async function listAuditEvents(
  db: Kysely<Database>,
  organizationId: string,
  query: AuditQuery,
): Promise<AuditEventRow[]> {
  let q = db
    .selectFrom('audit_events')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit);
  if (query.before !== null) {
    const { at, id } = query.before;
    q = q.where((eb) => eb.or([eb('at', '<', at), eb.and([eb('at', '=', at), eb('id', '<', id)])]));
  }
  if (query.action !== null) q = q.where('action', '=', query.action);
  if (query.resourceType !== null) q = q.where('resource_type', '=', query.resourceType);
  return q.execute();
}

/**
 * One audit entry of an organization (to resolve a paging cursor).
 *
 * @param db - the database
 * @param organizationId - the caller's organization
 * @param id - the entry
 * @returns the row, or undefined
 */
export async function findAuditEvent(
  db: Kysely<Database>,
  organizationId: string,
  id: string,
): Promise<AuditEventRow | undefined> {
  return db
    .selectFrom('audit_events')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

import type { Actor } from '../../auth/actor.js';
import { authorize, ownOrganization } from '../../auth/policy.js';
import { findAuditEvent, listAuditEvents } from '../../audit/audit-repository.js';
import type { ServiceDeps } from '../../deps.js';
import { isUuid } from '../../db/uuid.js';
import { ServiceError } from '../../service-error.js';

/** An audit entry as the API returns it. */
export interface AuditEventJson {
  readonly id: string;
  readonly at: string;
  readonly actorId: string | null;
  readonly actorName: string;
  readonly organizationId: string;
  readonly action: string;
  readonly resourceType: string;
  readonly resourceId: string | null;
  readonly ip: string | null;
  readonly userAgent: string | null;
}

/** A page of the audit log; `nextBefore` fetches the next (older) page, null at the end. */
export interface AuditPage {
  readonly events: AuditEventJson[];
  readonly nextBefore: string | null;
}

/** Reading the audit log: an organization's admin, their own organization only. */
export interface AuditService {
  list(
    actor: Actor,
    query: {
      limit?: number | undefined;
      before?: string | undefined;
      action?: string | undefined;
      resourceType?: string | undefined;
    },
  ): Promise<AuditPage>;
}

/**
 * Builds the audit service.
 *
 * @param deps - database
 * @returns the service
 */
export function createAuditService(deps: ServiceDeps): AuditService {
  return {
    async list(actor, query) {
      authorize(actor, 'audit.list', ownOrganization(actor));
      const limit = query.limit ?? 50;
      let before: { at: Date; id: string } | null = null;
      if (query.before !== undefined) {
        const cursor = isUuid(query.before)
          ? await findAuditEvent(deps.db, actor.organizationId, query.before)
          : undefined;
        if (cursor === undefined) {
          throw new ServiceError('invalid', 'invalid_cursor', 'before must be an event id from this log.', {
            where: 'query.before',
          });
        }
        before = { at: cursor.at, id: cursor.id };
      }
      const rows = await listAuditEvents(deps.db, actor.organizationId, {
        limit,
        before,
        action: query.action ?? null,
        resourceType: query.resourceType ?? null,
      });
      const events = rows.map((row) => ({
        id: row.id,
        at: row.at.toISOString(),
        actorId: row.actor_user_id ?? row.actor_token_id,
        actorName: row.actor_name,
        organizationId: row.organization_id,
        action: row.action,
        resourceType: row.resource_type,
        resourceId: row.resource_id,
        ip: row.ip,
        userAgent: row.user_agent,
      }));
      const last = events.at(-1);
      return { events, nextBefore: events.length === limit && last !== undefined ? last.id : null };
    },
  };
}

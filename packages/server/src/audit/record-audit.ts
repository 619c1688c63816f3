import type { Kysely } from 'kysely';
import type { Actor } from '../auth/actor.js';
import type { Database } from '../db/schema.js';
import type { ServiceDeps } from '../deps.js';
import type { Action } from '../auth/policy.js';
import { insertAuditEvent } from './audit-repository.js';

/** What was done to what. */
export interface AuditSubject {
  readonly action: Action | 'auth.sign_in' | 'user.invitation_accepted';
  readonly resourceType: string;
  /** Null for a list or search. */
  readonly resourceId: string | null;
}

/**
 * Writes the audit entry for a read or change, with who (user or token), their organization,
 * when (`deps.now()`) and from where. Services call it inside the transaction of the work itself,
 * so an entry exists exactly when the work committed.
 *
 * @param tx - the transaction of the read or change
 * @param deps - clock and ids
 * @param actor - who did it
 * @param subject - action and resource
 */
export async function recordAudit(
  tx: Kysely<Database>,
  deps: Pick<ServiceDeps, 'now' | 'newId'>,
  actor: Actor,
  subject: AuditSubject,
): Promise<void> {
  await insertAuditEvent(tx, {
    id: deps.newId(),
    at: deps.now(),
    organizationId: actor.organizationId,
    actorUserId: actor.userId,
    actorTokenId: actor.tokenId,
    actorName: actor.name,
    action: subject.action,
    resourceType: subject.resourceType,
    resourceId: subject.resourceId,
    ip: actor.ip,
    userAgent: actor.userAgent,
  });
}

import type { Kysely } from 'kysely';
import type { Database, OrganizationKind, Role } from '../db/schema.js';
import { secretHash } from './sessions.js';

/** An API token that may act. */
export interface ActiveApiToken {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly organizationId: string;
  readonly organizationKind: OrganizationKind;
}

/**
 * Finds an unrevoked API token by its secret and records that it was used now.
 *
 * @param db - the database
 * @param secret - `gu_…` as sent
 * @param now - the current time (becomes `last_used_at`)
 * @returns the token, or null when unknown or revoked
 */
export async function useApiToken(db: Kysely<Database>, secret: string, now: Date): Promise<ActiveApiToken | null> {
  const row = await db
    .updateTable('api_tokens')
    .set({ last_used_at: now })
    .from('organizations')
    .whereRef('organizations.id', '=', 'api_tokens.organization_id')
    .where('api_tokens.secret_hash', '=', secretHash(secret))
    .where('api_tokens.revoked_at', 'is', null)
    .returning([
      'api_tokens.id as id',
      'api_tokens.name as name',
      'api_tokens.role as role',
      'organizations.id as organizationId',
      'organizations.kind as organizationKind',
    ])
    .executeTakeFirst();
  return row ?? null;
}

import type { Kysely } from 'kysely';
import type { Database, Role } from '../../db/schema.js';
import { isUuid } from '../../db/uuid.js';

/** An API token as listed (never its secret or hash). */
export interface ApiTokenView {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly prefix: string;
  readonly createdAt: Date;
  readonly lastUsedAt: Date | null;
  readonly revokedAt: Date | null;
  /** The name of the admin who created it. */
  readonly createdBy: string | null;
}

function tokenViews(db: Kysely<Database>) {
  return db
    .selectFrom('api_tokens')
    .leftJoin('users', 'users.id', 'api_tokens.created_by')
    .select([
      'api_tokens.id as id',
      'api_tokens.name as name',
      'api_tokens.role as role',
      'api_tokens.prefix as prefix',
      'api_tokens.created_at as createdAt',
      'api_tokens.last_used_at as lastUsedAt',
      'api_tokens.revoked_at as revokedAt',
      'users.name as createdBy',
    ]);
}

/**
 * An organization's API tokens, newest first.
 *
 * @param db - database or transaction
 * @param organizationId - the caller's organization
 * @returns the tokens
 */
export async function listApiTokens(db: Kysely<Database>, organizationId: string): Promise<ApiTokenView[]> {
  return tokenViews(db)
    .where('api_tokens.organization_id', '=', organizationId)
    .orderBy('api_tokens.created_at', 'desc')
    .orderBy('api_tokens.id')
    .execute();
}

/**
 * One API token of an organization.
 *
 * @param db - database or transaction
 * @param organizationId - the caller's organization
 * @param id - the token id
 * @returns the token, or undefined
 */
export async function findApiToken(
  db: Kysely<Database>,
  organizationId: string,
  id: string,
): Promise<ApiTokenView | undefined> {
  if (!isUuid(id)) return undefined;
  return tokenViews(db)
    .where('api_tokens.organization_id', '=', organizationId)
    .where('api_tokens.id', '=', id)
    .executeTakeFirst();
}

/**
 * Stores a new API token (its hash only).
 *
 * @param db - the transaction
 * @param organizationId - the caller's organization
 * @param token - id, name, role, prefix, hash, creator and time
 */
export async function insertApiToken(
  db: Kysely<Database>,
  organizationId: string,
  token: {
    readonly id: string;
    readonly name: string;
    readonly role: Role;
    readonly prefix: string;
    readonly secretHash: string;
    readonly createdBy: string | null;
    readonly now: Date;
  },
): Promise<void> {
  await db
    .insertInto('api_tokens')
    .values({
      id: token.id,
      organization_id: organizationId,
      name: token.name,
      role: token.role,
      prefix: token.prefix,
      secret_hash: token.secretHash,
      created_by: token.createdBy,
      created_at: token.now,
    })
    .execute();
}

/**
 * Revokes one API token of an organization (a revoked one stays revoked at its first time).
 *
 * @param db - the transaction
 * @param organizationId - the caller's organization
 * @param id - the token
 * @param now - when
 */
export async function revokeApiToken(
  db: Kysely<Database>,
  organizationId: string,
  id: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

/**
 * Revokes every API token a user created (when the user is deactivated).
 *
 * @param db - the transaction
 * @param organizationId - the user's organization
 * @param userId - the creator
 * @param now - when
 */
export async function revokeApiTokensCreatedBy(
  db: Kysely<Database>,
  organizationId: string,
  userId: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('organization_id', '=', organizationId)
    .where('created_by', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}

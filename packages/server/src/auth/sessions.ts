import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, Role } from '../db/schema.js';

/** The signed-in user as the API sees it. */
export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly organizationId: string;
  readonly organizationName: string;
  readonly organizationKind: 'clinic' | 'lab';
}

export type SessionLookup =
  { readonly kind: 'valid'; readonly user: SessionUser } | { readonly kind: 'expired' } | { readonly kind: 'unknown' };

/** The session cookie's name. */
export const SESSION_COOKIE = 'groundup_session';

function tokenId(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Starts a session; only the token's hash is stored.
 *
 * @param db - the database
 * @param userId - who signs in
 * @param now - the current time
 * @param hours - lifetime
 * @returns the token for the cookie and when it expires
 */
export async function createSession(
  db: Kysely<Database>,
  userId: string,
  now: Date,
  hours: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + hours * 3600_000);
  await db
    .insertInto('sessions')
    .values({ id: tokenId(token), user_id: userId, expires_at: expiresAt })
    .execute();
  return { token, expiresAt };
}

/**
 * Finds the user of a session token. An expired session is deleted and reported as expired.
 *
 * @param db - the database
 * @param token - the cookie value
 * @param now - the current time
 * @returns valid with the user, expired, or unknown
 */
export async function lookupSession(db: Kysely<Database>, token: string, now: Date): Promise<SessionLookup> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .innerJoin('organizations', 'organizations.id', 'users.organization_id')
    .select([
      'sessions.id as sessionId',
      'sessions.expires_at as expiresAt',
      'users.id as id',
      'users.email as email',
      'users.name as name',
      'users.role as role',
      'organizations.id as organizationId',
      'organizations.name as organizationName',
      'organizations.kind as organizationKind',
    ])
    .where('sessions.id', '=', tokenId(token))
    .executeTakeFirst();
  if (row === undefined) return { kind: 'unknown' };
  if (row.expiresAt.getTime() <= now.getTime()) {
    await db.deleteFrom('sessions').where('id', '=', row.sessionId).execute();
    return { kind: 'expired' };
  }
  const { sessionId: _sessionId, expiresAt: _expiresAt, ...user } = row;
  return { kind: 'valid', user };
}

/**
 * Ends a session.
 *
 * @param db - the database
 * @param token - the cookie value
 */
export async function deleteSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', tokenId(token)).execute();
}

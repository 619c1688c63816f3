import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, OrganizationKind, Role } from '../db/schema.js';

/** The signed-in user behind a session. */
export interface SessionUser {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly organizationId: string;
  readonly organizationKind: OrganizationKind;
  /** For a patient user: their patient record. */
  readonly patientId: string | null;
}

export type SessionLookup =
  { readonly kind: 'valid'; readonly user: SessionUser } | { readonly kind: 'expired' } | { readonly kind: 'unknown' };

/** The session cookie's name. */
export const SESSION_COOKIE = 'groundup_session';

/**
 * The stored id of a secret (session token, API token, invitation token): its SHA-256, hex.
 *
 * @param secret - the secret as the client holds it
 * @returns 64 hex characters
 */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/**
 * Starts a session; only the token's hash is stored.
 *
 * @param db - the database (or a transaction)
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
    .values({ id: secretHash(token), user_id: userId, created_at: now, expires_at: expiresAt })
    .execute();
  return { token, expiresAt };
}

/**
 * Finds the user of a session token. An expired session is deleted and reported as expired; the
 * session of a deactivated user is unknown.
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
    .leftJoin('patients', (join) =>
      join.onRef('patients.user_id', '=', 'users.id').onRef('patients.clinic_id', '=', 'users.organization_id'),
    )
    .select([
      'sessions.id as sessionId',
      'sessions.expires_at as expiresAt',
      'users.id as id',
      'users.name as name',
      'users.role as role',
      'users.active as active',
      'organizations.id as organizationId',
      'organizations.kind as organizationKind',
      'patients.id as patientId',
    ])
    .where('sessions.id', '=', secretHash(token))
    .executeTakeFirst();
  if (row === undefined || !row.active) return { kind: 'unknown' };
  if (row.expiresAt.getTime() <= now.getTime()) {
    await db.deleteFrom('sessions').where('id', '=', row.sessionId).execute();
    return { kind: 'expired' };
  }
  return {
    kind: 'valid',
    user: {
      id: row.id,
      name: row.name,
      role: row.role,
      organizationId: row.organizationId,
      organizationKind: row.organizationKind,
      patientId: row.role === 'patient' ? row.patientId : null,
    },
  };
}

/**
 * Ends a session.
 *
 * @param db - the database
 * @param token - the cookie value
 */
export async function deleteSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', secretHash(token)).execute();
}

/**
 * Ends every session of a user (deactivation).
 *
 * @param db - the database or a transaction
 * @param userId - whose sessions
 */
export async function deleteUserSessions(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

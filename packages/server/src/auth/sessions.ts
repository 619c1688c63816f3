import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, OrganizationKind, Role } from '../db/schema.js';
import { SessionCache } from './session-cache.js';

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

/** How long sessions live. */
export interface SessionPolicy {
  /** Absolute lifetime from sign-in (`GROUNDUP_SESSION_HOURS`). */
  readonly absoluteHours: number;
  /** A session unused this long ends (`GROUNDUP_SESSION_IDLE_MINUTES`). */
  readonly idleMinutes: number;
}

/** The defaults: 12 hours at most, 60 minutes idle. */
export const DEFAULT_SESSION_POLICY: SessionPolicy = { absoluteHours: 12, idleMinutes: 60 };

/** The session cookie's name over plain HTTP. */
export const SESSION_COOKIE = 'groundup_session';

/** The session cookie's name over HTTPS: `__Host-` makes the browser insist on Secure, Path=/ and no Domain. */
export const SECURE_SESSION_COOKIE = '__Host-groundup_session';

/** `last_seen_at` is written at most this often per session (idle expiry is exact to this). */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * The process's cache of live sessions. Logout and {@link deleteUserSessions} evict from it, so a
 * service that ends sessions needs nothing more; {@link forgetCachedUser} after a role change.
 */
const cache = new SessionCache();

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
 * @param hours - absolute lifetime
 * @returns the token for the cookie and when it expires at the latest
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
    .values({ id: secretHash(token), user_id: userId, created_at: now, expires_at: expiresAt, last_seen_at: now })
    .execute();
  return { token, expiresAt };
}

function idleDeadline(lastSeenAt: Date, policy: SessionPolicy): number {
  return lastSeenAt.getTime() + policy.idleMinutes * 60_000;
}

async function readSession(db: Kysely<Database>, sessionId: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .innerJoin('organizations', 'organizations.id', 'users.organization_id')
    .leftJoin('patients', (join) =>
      join.onRef('patients.user_id', '=', 'users.id').onRef('patients.clinic_id', '=', 'users.organization_id'),
    )
    .select([
      'sessions.id as sessionId',
      'sessions.expires_at as expiresAt',
      'sessions.last_seen_at as lastSeenAt',
      'users.id as id',
      'users.name as name',
      'users.role as role',
      'users.active as active',
      'organizations.id as organizationId',
      'organizations.kind as organizationKind',
      'patients.id as patientId',
    ])
    .where('sessions.id', '=', sessionId)
    .executeTakeFirst();
}

/**
 * Finds the user of a session token. A session past its absolute expiry, or unused for longer than
 * the idle limit, is deleted and reported as expired; the session of a deactivated user is unknown.
 * A live session is served from a short in-memory cache (see {@link SessionCache}); its
 * `last_seen_at` is written at most once a minute.
 *
 * @param db - the database
 * @param token - the cookie value
 * @param now - the current time
 * @param policy - idle and absolute limits (the absolute one is fixed at sign-in in `expires_at`)
 * @returns valid with the user, expired, or unknown
 */
export async function lookupSession(
  db: Kysely<Database>,
  token: string,
  now: Date,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<SessionLookup> {
  const sessionId = secretHash(token);
  const nowMs = now.getTime();
  let entry = cache.get(sessionId, nowMs);
  if (entry === undefined) {
    const row = await readSession(db, sessionId);
    if (row === undefined || !row.active) return { kind: 'unknown' };
    entry = {
      sessionId,
      expiresAt: row.expiresAt,
      lastSeenAt: row.lastSeenAt,
      cachedAtMs: nowMs,
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
  if (entry.expiresAt.getTime() <= nowMs || idleDeadline(entry.lastSeenAt, policy) <= nowMs) {
    cache.deleteSession(sessionId);
    await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
    return { kind: 'expired' };
  }
  if (nowMs - entry.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', sessionId).execute();
    entry = { ...entry, lastSeenAt: now };
  }
  cache.set(sessionId, entry);
  return { kind: 'valid', user: entry.user };
}

/**
 * Ends a session (logout): deleted from the database and the cache.
 *
 * @param db - the database
 * @param token - the cookie value
 */
export async function deleteSession(db: Kysely<Database>, token: string): Promise<void> {
  const sessionId = secretHash(token);
  cache.deleteSession(sessionId);
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/**
 * Ends every session of a user (deactivation), in the database and the cache.
 *
 * @param db - the database or a transaction
 * @param userId - whose sessions
 */
export async function deleteUserSessions(db: Kysely<Database>, userId: string): Promise<void> {
  cache.deleteUser(userId);
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/**
 * Drops a user's cached sessions so the next request reads their role and organization again
 * (after a role change); the sessions stay valid.
 *
 * @param userId - whose
 */
export function forgetCachedUser(userId: string): void {
  cache.deleteUser(userId);
}

/**
 * Deletes every session past its absolute expiry or idle for longer than the policy allows.
 * The server runs it at start and every hour.
 *
 * @param db - the database
 * @param now - the current time
 * @param policy - the idle limit
 * @returns how many sessions were deleted
 */
export async function pruneExpiredSessions(
  db: Kysely<Database>,
  now: Date,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<number> {
  const idleSince = new Date(now.getTime() - policy.idleMinutes * 60_000);
  const result = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleSince)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

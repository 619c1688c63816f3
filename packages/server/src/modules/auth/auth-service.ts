import type { Actor } from '../../auth/actor.js';
import { hashPassword, verifyPassword } from '../../auth/password.js';
import { createSession, deleteSession } from '../../auth/sessions.js';
import { checkSignInThrottle, countSignInFailuresSince, recordSignInFailure } from '../../auth/sign-in-throttle.js';
import { insertAuditEvent } from '../../audit/audit-repository.js';
import type { ServiceDeps } from '../../deps.js';
import { ServiceError } from '../../service-error.js';
import { findOrganization } from '../organizations/organizations-repository.js';
import { userJson, type UserJson } from '../users/user-json.js';
import { findFailedSignInsBeforeLast, findLoginUser, findUser, markSignedIn } from '../users/users-repository.js';

/** A new session for the route to put in a cookie. */
export interface SignedIn {
  readonly token: string;
  readonly expiresAt: Date;
  readonly user: UserJson;
}

/** Signing in and out, and who is signed in. */
export interface AuthService {
  /**
   * Checks an email and password and starts a session. An unknown email, a wrong password and a
   * deactivated account are the same 401, in the same time. After too many failures for the email
   * or from the client address (see sign-in-throttle.ts) every attempt is `rate_limited`
   * `too_many_attempts` with the seconds to wait, the right password included.
   */
  login(email: string, password: string, client?: SignInClient): Promise<SignedIn>;
  logout(token: string): Promise<void>;
  /** The actor as a user (an API token shows as a user without email). */
  me(actor: Actor): Promise<{ user: UserJson; notices: string[] }>;
  /** Starts a session for a user just created (an accepted invitation). */
  startSession(organizationId: string, userId: string): Promise<SignedIn>;
}

/** Where a sign-in attempt comes from (for throttling and the audit log). */
export interface SignInClient {
  readonly ip: string | null;
  readonly userAgent: string | null;
}

/** A hash to check against when the email is unknown, so both cases take the same time. */
let decoyHash: Promise<string> | undefined;

/**
 * Builds the auth service.
 *
 * @param deps - database, clock, ids and the session lifetime
 * @returns the service
 */
export function createAuthService(deps: ServiceDeps & { readonly sessionHours: number }): AuthService {
  async function startSession(organizationId: string, userId: string, failedSignInsBefore = 0): Promise<SignedIn> {
    const now = deps.now();
    const session = await createSession(deps.db, userId, now, deps.sessionHours);
    await markSignedIn(deps.db, organizationId, userId, now, failedSignInsBefore);
    const user = await findUser(deps.db, organizationId, userId);
    if (user === undefined) throw new Error('a user who just signed in could not be read back');
    return { token: session.token, expiresAt: session.expiresAt, user: userJson(user) };
  }

  return {
    async login(email, password, client = { ip: null, userAgent: null }) {
      const attempt = { email: email.trim().toLowerCase(), ip: client.ip };
      const decision = await checkSignInThrottle(deps.db, attempt, deps.now());
      if (decision.kind === 'throttled') {
        const minutes = Math.ceil(decision.retryAfterSeconds / 60);
        throw new ServiceError(
          'rate_limited',
          'too_many_attempts',
          `Too many failed sign-in attempts ${decision.scope === 'account' ? 'for this account' : 'from this address'}; try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
          { where: 'body', retryAfterSeconds: decision.retryAfterSeconds },
        );
      }
      const row = await findLoginUser(deps.db, attempt.email);
      decoyHash ??= hashPassword('decoy-password');
      const ok = await verifyPassword(password, row?.passwordHash ?? (await decoyHash));
      if (row === undefined || !ok || !row.active) {
        const now = deps.now();
        await recordSignInFailure(deps.db, attempt, now, deps.newId);
        if (row !== undefined) {
          const after = await checkSignInThrottle(deps.db, { email: attempt.email, ip: null }, now);
          if (after.kind === 'throttled') {
            await insertAuditEvent(deps.db, {
              id: deps.newId(),
              at: now,
              organizationId: row.organizationId,
              actorUserId: null,
              actorTokenId: null,
              actorName: 'sign-in throttle',
              action: 'auth.sign_in_locked',
              resourceType: 'user',
              resourceId: row.id,
              ip: client.ip,
              userAgent: client.userAgent,
            });
          }
        }
        throw new ServiceError('unauthenticated', 'invalid_credentials', 'The email or password is wrong.', {
          where: 'body',
        });
      }
      const failedBefore = await countSignInFailuresSince(deps.db, attempt.email, row.lastSignInAt);
      return startSession(row.organizationId, row.id, failedBefore);
    },

    async logout(token) {
      await deleteSession(deps.db, token);
    },

    async me(actor) {
      if (actor.userId !== null) {
        const user = await findUser(deps.db, actor.organizationId, actor.userId);
        if (user === undefined) throw new ServiceError('unauthenticated', 'unauthenticated', 'Sign in first.');
        const failed = await findFailedSignInsBeforeLast(deps.db, actor.organizationId, actor.userId);
        const notices =
          failed > 0 ? [`${failed} failed sign-in attempt${failed === 1 ? '' : 's'} since your last sign-in`] : [];
        return { user: userJson(user), notices };
      }
      const organization = await findOrganization(deps.db, actor.organizationId);
      return {
        user: {
          id: actor.tokenId ?? '',
          email: '',
          name: actor.name,
          role: actor.role,
          organizationId: actor.organizationId,
          organizationName: organization?.name ?? '',
          organizationKind: actor.organizationKind,
          active: true,
          patientId: null,
          lastSignInAt: null,
        },
        notices: [],
      };
    },

    startSession,
  };
}

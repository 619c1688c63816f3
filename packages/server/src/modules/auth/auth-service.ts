import type { Actor } from '../../auth/actor.js';
import { hashPassword, verifyPassword } from '../../auth/password.js';
import { createSession, deleteSession } from '../../auth/sessions.js';
import type { ServiceDeps } from '../../deps.js';
import { ServiceError } from '../../service-error.js';
import { findOrganization } from '../organizations/organizations-repository.js';
import { userJson, type UserJson } from '../users/user-json.js';
import { findLoginUser, findUser, markSignedIn } from '../users/users-repository.js';

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
   * deactivated account are the same 401, in the same time.
   */
  login(email: string, password: string): Promise<SignedIn>;
  logout(token: string): Promise<void>;
  /** The actor as a user (an API token shows as a user without email). */
  me(actor: Actor): Promise<{ user: UserJson; notices: string[] }>;
  /** Starts a session for a user just created (an accepted invitation). */
  startSession(organizationId: string, userId: string): Promise<SignedIn>;
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
  async function startSession(organizationId: string, userId: string): Promise<SignedIn> {
    const now = deps.now();
    const session = await createSession(deps.db, userId, now, deps.sessionHours);
    await markSignedIn(deps.db, organizationId, userId, now);
    const user = await findUser(deps.db, organizationId, userId);
    if (user === undefined) throw new Error('a user who just signed in could not be read back');
    return { token: session.token, expiresAt: session.expiresAt, user: userJson(user) };
  }

  return {
    async login(email, password) {
      const row = await findLoginUser(deps.db, email.trim().toLowerCase());
      decoyHash ??= hashPassword('decoy-password');
      const ok = await verifyPassword(password, row?.passwordHash ?? (await decoyHash));
      if (row === undefined || !ok || !row.active) {
        throw new ServiceError('unauthenticated', 'invalid_credentials', 'The email or password is wrong.', {
          where: 'body',
        });
      }
      return startSession(row.organizationId, row.id);
    },

    async logout(token) {
      await deleteSession(deps.db, token);
    },

    async me(actor) {
      if (actor.userId !== null) {
        const user = await findUser(deps.db, actor.organizationId, actor.userId);
        if (user === undefined) throw new ServiceError('unauthenticated', 'unauthenticated', 'Sign in first.');
        return { user: userJson(user), notices: [] };
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

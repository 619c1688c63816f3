import type { UserView } from './users-repository.js';

/** A user as the API returns it everywhere (see API-CONTRACT.md). */
export interface UserJson extends Omit<UserView, 'lastSignInAt'> {
  readonly lastSignInAt: string | null;
}

/**
 * A user as the API returns it.
 *
 * @param user - from the repository
 * @returns the JSON shape
 */
export function userJson(user: UserView): UserJson {
  return { ...user, lastSignInAt: user.lastSignInAt?.toISOString() ?? null };
}

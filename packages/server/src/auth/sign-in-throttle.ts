import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * When sign-in is throttled. Per account (the email as typed, known or not, so throttling tells
 * nothing about which emails have accounts) and per client address (a higher bound, for one
 * machine guessing many accounts). Past the bound, each further failure doubles the wait.
 */
export interface SignInThrottlePolicy {
  /** Failures are counted over this window. */
  readonly windowMinutes: number;
  /** Failures for one email within the window before it is locked. */
  readonly accountFailures: number;
  /** Failures from one client address within the window before it is locked. */
  readonly clientFailures: number;
  /** The first lockout; it doubles with each failure after the bound. */
  readonly baseLockSeconds: number;
  /** The longest lockout. */
  readonly maxLockSeconds: number;
}

/** 5 failures per account or 50 per client in 15 minutes lock for 1 minute, then 2, 4, 8, at most 15. */
export const DEFAULT_SIGN_IN_THROTTLE: SignInThrottlePolicy = {
  windowMinutes: 15,
  accountFailures: 5,
  clientFailures: 50,
  baseLockSeconds: 60,
  maxLockSeconds: 15 * 60,
};

/** Whether a sign-in attempt may be checked now. */
export type ThrottleDecision =
  | { readonly kind: 'allowed' }
  | { readonly kind: 'throttled'; readonly scope: 'account' | 'client'; readonly retryAfterSeconds: number };

/**
 * The lockout after `failures` failures, the last at `lastAt`.
 *
 * @param failures - failures within the window
 * @param bound - the count that starts the lockout
 * @param lastAt - the latest failure
 * @param policy - lock lengths
 * @returns when the lock ends (epoch ms), or null when there is none
 */
export function lockedUntil(
  failures: number,
  bound: number,
  lastAt: Date,
  policy: SignInThrottlePolicy,
): number | null {
  if (failures < bound) return null;
  const seconds = Math.min(policy.maxLockSeconds, policy.baseLockSeconds * 2 ** Math.min(30, failures - bound));
  return lastAt.getTime() + seconds * 1000;
}

async function failuresSince(
  db: Kysely<Database>,
  column: 'email' | 'ip',
  value: string,
  since: Date,
): Promise<{ count: number; lastAt: Date | null }> {
  const row = await db
    .selectFrom('sign_in_failures')
    .select((eb) => [eb.fn.countAll<number | string>().as('count'), eb.fn.max('at').as('lastAt')])
    .where(column, '=', value)
    .where('at', '>', since)
    .executeTakeFirst();
  const lastAt = row?.lastAt ?? null;
  return { count: Number(row?.count ?? 0), lastAt: lastAt === null ? null : new Date(lastAt) };
}

/**
 * Decides whether a sign-in attempt for this email from this client is checked at all. A locked
 * attempt is refused without looking at the password, so the right password is refused too.
 *
 * @param db - the database
 * @param attempt - the email (trimmed, lower case) and the client address (null when unknown)
 * @param now - the current time
 * @param policy - the bounds
 * @returns allowed, or throttled with the seconds to wait
 */
export async function checkSignInThrottle(
  db: Kysely<Database>,
  attempt: { readonly email: string; readonly ip: string | null },
  now: Date,
  policy: SignInThrottlePolicy = DEFAULT_SIGN_IN_THROTTLE,
): Promise<ThrottleDecision> {
  const since = new Date(now.getTime() - policy.windowMinutes * 60_000);
  const checks: { scope: 'account' | 'client'; column: 'email' | 'ip'; value: string; bound: number }[] = [
    { scope: 'account', column: 'email', value: attempt.email, bound: policy.accountFailures },
  ];
  if (attempt.ip !== null)
    checks.push({ scope: 'client', column: 'ip', value: attempt.ip, bound: policy.clientFailures });
  let worst: ThrottleDecision = { kind: 'allowed' };
  for (const check of checks) {
    const { count, lastAt } = await failuresSince(db, check.column, check.value, since);
    const until = lastAt === null ? null : lockedUntil(count, check.bound, lastAt, policy);
    if (until === null || until <= now.getTime()) continue;
    const retryAfterSeconds = Math.max(1, Math.ceil((until - now.getTime()) / 1000));
    if (worst.kind === 'allowed' || retryAfterSeconds > worst.retryAfterSeconds) {
      worst = { kind: 'throttled', scope: check.scope, retryAfterSeconds };
    }
  }
  return worst;
}

/**
 * Records a failed sign-in attempt (wrong password, unknown email or deactivated account alike).
 *
 * @param db - the database
 * @param attempt - the email (trimmed, lower case) and the client address
 * @param now - when
 * @param newId - the row's id
 */
export async function recordSignInFailure(
  db: Kysely<Database>,
  attempt: { readonly email: string; readonly ip: string | null },
  now: Date,
  newId: () => string,
): Promise<void> {
  await db
    .insertInto('sign_in_failures')
    .values({ id: newId(), email: attempt.email, ip: attempt.ip, at: now })
    .execute();
}

/**
 * How many failed attempts there were for an email since a time (the user's previous sign-in).
 *
 * @param db - the database
 * @param email - trimmed, lower case
 * @param since - the previous sign-in, or null for ever
 * @returns the count
 */
export async function countSignInFailuresSince(
  db: Kysely<Database>,
  email: string,
  since: Date | null,
): Promise<number> {
  const row = await db
    .selectFrom('sign_in_failures')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('email', '=', email)
    .$if(since !== null, (qb) => qb.where('at', '>', since ?? new Date(0)))
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

/**
 * Deletes failures older than 30 days (the window is minutes; 30 days keep the "since your last sign-in" notice meaningful).
 *
 * @param db - the database
 * @param now - the current time
 * @returns how many were deleted
 */
export async function pruneSignInFailures(db: Kysely<Database>, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('sign_in_failures')
    .where('at', '<', new Date(now.getTime() - 30 * 24 * 3600_000))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

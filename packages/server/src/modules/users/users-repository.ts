import type { Kysely } from 'kysely';
import type { Database, OrganizationKind, Role } from '../../db/schema.js';
import { isUuid } from '../../db/uuid.js';

/** A user with their organization and (for a patient) their record: what the API shows of a user. */
export interface UserView {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly organizationId: string;
  readonly organizationName: string;
  readonly organizationKind: OrganizationKind;
  readonly active: boolean;
  readonly patientId: string | null;
  readonly lastSignInAt: Date | null;
}

function userViews(db: Kysely<Database>) {
  return db
    .selectFrom('users')
    .innerJoin('organizations', 'organizations.id', 'users.organization_id')
    .leftJoin('patients', (join) =>
      join.onRef('patients.user_id', '=', 'users.id').onRef('patients.clinic_id', '=', 'users.organization_id'),
    )
    .select([
      'users.id as id',
      'users.email as email',
      'users.name as name',
      'users.role as role',
      'organizations.id as organizationId',
      'organizations.name as organizationName',
      'organizations.kind as organizationKind',
      'users.active as active',
      'patients.id as patientId',
      'users.last_sign_in_at as lastSignInAt',
    ]);
}

type ViewRow = Awaited<ReturnType<ReturnType<typeof userViews>['executeTakeFirstOrThrow']>>;

function view(row: ViewRow): UserView {
  return { ...row, patientId: row.role === 'patient' ? row.patientId : null };
}

/**
 * The users of an organization, by name.
 *
 * @param db - database or transaction
 * @param organizationId - the caller's organization
 * @returns the users
 */
export async function listUsers(db: Kysely<Database>, organizationId: string): Promise<UserView[]> {
  const rows = await userViews(db)
    .where('users.organization_id', '=', organizationId)
    .orderBy('users.name')
    .orderBy('users.id')
    .execute();
  return rows.map(view);
}

/**
 * One user of an organization.
 *
 * @param db - database or transaction
 * @param organizationId - the caller's organization
 * @param id - the user id
 * @returns the user, or undefined when absent or another organization's
 */
export async function findUser(
  db: Kysely<Database>,
  organizationId: string,
  id: string,
): Promise<UserView | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await userViews(db)
    .where('users.organization_id', '=', organizationId)
    .where('users.id', '=', id)
    .executeTakeFirst();
  return row === undefined ? undefined : view(row);
}

/**
 * Changes a user of an organization.
 *
 * @param db - the transaction
 * @param organizationId - the caller's organization
 * @param id - the user
 * @param changes - name, role or active flag
 */
export async function updateUser(
  db: Kysely<Database>,
  organizationId: string,
  id: string,
  changes: { readonly name?: string; readonly role?: Role; readonly active?: boolean },
): Promise<void> {
  if (Object.keys(changes).length === 0) return;
  await db
    .updateTable('users')
    .set(changes)
    .where('id', '=', id)
    .where('organization_id', '=', organizationId)
    .execute();
}

/**
 * Stores a new user in an organization.
 *
 * @param db - the transaction
 * @param organizationId - the organization they join
 * @param user - id, email (lower case), name, role, password hash and the time
 */
export async function insertUser(
  db: Kysely<Database>,
  organizationId: string,
  user: {
    readonly id: string;
    readonly email: string;
    readonly name: string;
    readonly role: Role;
    readonly passwordHash: string;
    readonly now: Date;
  },
): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: user.id,
      organization_id: organizationId,
      email: user.email,
      name: user.name,
      role: user.role,
      password_hash: user.passwordHash,
      created_at: user.now,
    })
    .execute();
}

/**
 * Whether any user (in any organization) has this email: emails sign in, so they are unique.
 *
 * @param db - database or transaction
 * @param email - lower case
 * @returns true when taken
 */
export async function emailTaken(db: Kysely<Database>, email: string): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  return row !== undefined;
}

/**
 * The user with this email and their password hash, for signing in. The one lookup not scoped by
 * organization: before sign-in there is no organization yet.
 *
 * @param db - the database
 * @param email - lower case
 * @returns id, organization, hash and active flag, or undefined
 */
export async function findLoginUser(
  db: Kysely<Database>,
  email: string,
): Promise<
  | { readonly id: string; readonly organizationId: string; readonly passwordHash: string; readonly active: boolean }
  | undefined
> {
  return db
    .selectFrom('users')
    .select(['id', 'organization_id as organizationId', 'password_hash as passwordHash', 'active'])
    .where('email', '=', email)
    .executeTakeFirst();
}

/**
 * Records a successful sign-in.
 *
 * @param db - database
 * @param organizationId - the user's organization
 * @param id - the user
 * @param now - when
 */
export async function markSignedIn(db: Kysely<Database>, organizationId: string, id: string, now: Date): Promise<void> {
  await db
    .updateTable('users')
    .set({ last_sign_in_at: now })
    .where('id', '=', id)
    .where('organization_id', '=', organizationId)
    .execute();
}

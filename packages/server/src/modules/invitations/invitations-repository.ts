import type { Kysely } from 'kysely';
import type { Database, InvitationRow, OrganizationKind, Role } from '../../db/schema.js';
import { isUuid } from '../../db/uuid.js';

/** An invitation as listed to the admin. */
export interface InvitationView {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly expiresAt: Date;
  readonly acceptedAt: Date | null;
  readonly revokedAt: Date | null;
  readonly createdAt: Date;
  /** The name of the admin who sent it. */
  readonly invitedBy: string | null;
}

/** An invitation found by its token, with its organization (for the accept page). */
export interface InvitationByToken {
  readonly invitation: InvitationRow;
  readonly organizationName: string;
  readonly organizationKind: OrganizationKind;
}

function invitationViews(db: Kysely<Database>) {
  return db
    .selectFrom('invitations')
    .leftJoin('users', 'users.id', 'invitations.invited_by')
    .select([
      'invitations.id as id',
      'invitations.email as email',
      'invitations.role as role',
      'invitations.expires_at as expiresAt',
      'invitations.accepted_at as acceptedAt',
      'invitations.revoked_at as revokedAt',
      'invitations.created_at as createdAt',
      'users.name as invitedBy',
    ]);
}

/**
 * An organization's invitations, newest first.
 *
 * @param db - database
 * @param organizationId - the caller's organization
 * @returns the invitations
 */
export async function listInvitations(db: Kysely<Database>, organizationId: string): Promise<InvitationView[]> {
  return invitationViews(db)
    .where('invitations.organization_id', '=', organizationId)
    .orderBy('invitations.created_at', 'desc')
    .orderBy('invitations.id')
    .execute();
}

/**
 * One invitation of an organization.
 *
 * @param db - database or transaction
 * @param organizationId - the caller's organization
 * @param id - the invitation
 * @returns it, or undefined
 */
export async function findInvitation(
  db: Kysely<Database>,
  organizationId: string,
  id: string,
): Promise<InvitationView | undefined> {
  if (!isUuid(id)) return undefined;
  return invitationViews(db)
    .where('invitations.organization_id', '=', organizationId)
    .where('invitations.id', '=', id)
    .executeTakeFirst();
}

/**
 * Stores an invitation (its token's hash only).
 *
 * @param db - the transaction
 * @param organizationId - the inviting organization
 * @param invitation - the fields
 */
export async function insertInvitation(
  db: Kysely<Database>,
  organizationId: string,
  invitation: {
    readonly id: string;
    readonly email: string;
    readonly name: string | null;
    readonly role: Role;
    readonly patientId: string | null;
    readonly tokenHash: string;
    readonly invitedBy: string | null;
    readonly now: Date;
    readonly expiresAt: Date;
  },
): Promise<void> {
  await db
    .insertInto('invitations')
    .values({
      id: invitation.id,
      organization_id: organizationId,
      email: invitation.email,
      name: invitation.name,
      role: invitation.role,
      patient_id: invitation.patientId,
      token_hash: invitation.tokenHash,
      invited_by: invitation.invitedBy,
      created_at: invitation.now,
      expires_at: invitation.expiresAt,
    })
    .execute();
}

/**
 * Revokes an organization's open invitations (neither accepted nor revoked): one by its id, or all
 * of one email's (a new invitation replaces them).
 *
 * @param db - the transaction
 * @param organizationId - the caller's organization
 * @param which - `{ id }` for one invitation, `{ email }` (lower case) for an email's
 * @param now - when
 */
export async function revokeOpenInvitations(
  db: Kysely<Database>,
  organizationId: string,
  which: { readonly id: string } | { readonly email: string },
  now: Date,
): Promise<void> {
  let query = db
    .updateTable('invitations')
    .set({ revoked_at: now })
    .where('organization_id', '=', organizationId)
    .where('revoked_at', 'is', null)
    .where('accepted_at', 'is', null);
  query = 'id' in which ? query.where('id', '=', which.id) : query.where('email', '=', which.email);
  await query.execute();
}

/**
 * Finds an invitation by its token's hash. Not scoped by organization: the token is the
 * credential, and whoever holds it is who the invitation was sent to.
 *
 * @param db - database or transaction
 * @param tokenHash - SHA-256 of the token, hex
 * @returns it with its organization, or undefined
 */
export async function findInvitationByTokenHash(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<InvitationByToken | undefined> {
  const row = await db
    .selectFrom('invitations')
    .innerJoin('organizations', 'organizations.id', 'invitations.organization_id')
    .selectAll('invitations')
    .select(['organizations.name as organizationName', 'organizations.kind as organizationKind'])
    .where('invitations.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const { organizationName, organizationKind, ...invitation } = row;
  return { invitation, organizationName, organizationKind };
}

/**
 * Marks an invitation accepted, once: only an open, unexpired invitation changes.
 *
 * @param db - the transaction
 * @param id - the invitation
 * @param now - when
 * @returns true when this call accepted it
 */
export async function markInvitationAccepted(db: Kysely<Database>, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ accepted_at: now })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Links a clinic's patient record to its new account (only a record without one).
 *
 * @param db - the transaction
 * @param clinicId - the clinic
 * @param patientId - the record
 * @param userId - the account
 * @param now - when (the record counts as touched)
 * @returns true when linked
 */
export async function linkPatientAccount(
  db: Kysely<Database>,
  clinicId: string,
  patientId: string,
  userId: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('patients')
    .set({ user_id: userId, updated_at: now })
    .where('id', '=', patientId)
    .where('clinic_id', '=', clinicId)
    .where('user_id', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

import type { Kysely } from 'kysely';
import type { Database, OrganizationRow, OrganizationSettings } from '../../db/schema.js';
import { isUuid } from '../../db/uuid.js';

/**
 * The caller's organization.
 *
 * @param db - database or transaction
 * @param organizationId - the caller's organization
 * @returns the row, or undefined
 */
export async function findOrganization(
  db: Kysely<Database>,
  organizationId: string,
): Promise<OrganizationRow | undefined> {
  return db.selectFrom('organizations').selectAll().where('id', '=', organizationId).executeTakeFirst();
}

/**
 * Changes the caller's organization's name and settings.
 *
 * @param db - the transaction
 * @param organizationId - the caller's organization
 * @param changes - a new name and/or the whole new settings object
 * @returns the updated row
 */
export async function updateOrganization(
  db: Kysely<Database>,
  organizationId: string,
  changes: { readonly name?: string; readonly settings?: OrganizationSettings },
): Promise<OrganizationRow> {
  return db
    .updateTable('organizations')
    .set({
      ...(changes.name === undefined ? {} : { name: changes.name }),
      ...(changes.settings === undefined ? {} : { settings: JSON.stringify(changes.settings) }),
    })
    .where('id', '=', organizationId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * The labs a clinic orders from, by name.
 *
 * @param db - database or transaction
 * @param clinicId - the caller's clinic
 * @returns id and name of each
 */
export async function listPartnerLabs(
  db: Kysely<Database>,
  clinicId: string,
): Promise<{ readonly id: string; readonly name: string }[]> {
  return db
    .selectFrom('partner_labs')
    .innerJoin('organizations', 'organizations.id', 'partner_labs.lab_id')
    .select(['organizations.id as id', 'organizations.name as name'])
    .where('partner_labs.clinic_id', '=', clinicId)
    .orderBy('organizations.name')
    .orderBy('organizations.id')
    .execute();
}

/**
 * Every lab on this groundup (a clinic admin picks partner labs from them): names only, which
 * are not private.
 *
 * @param db - database or transaction
 * @returns id and name of each lab
 */
export async function listLabs(db: Kysely<Database>): Promise<{ readonly id: string; readonly name: string }[]> {
  return db
    .selectFrom('organizations')
    .select(['id', 'name'])
    .where('kind', '=', 'lab')
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/**
 * Whether an id is a lab's.
 *
 * @param db - database or transaction
 * @param labId - the id
 * @returns true for a lab
 */
export async function isLab(db: Kysely<Database>, labId: string): Promise<boolean> {
  if (!isUuid(labId)) return false;
  const row = await db
    .selectFrom('organizations')
    .select('id')
    .where('id', '=', labId)
    .where('kind', '=', 'lab')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Adds a partner lab to a clinic (nothing when it is one already).
 *
 * @param db - the transaction
 * @param clinicId - the caller's clinic
 * @param labId - a lab's id
 * @param now - when
 */
export async function addPartnerLab(db: Kysely<Database>, clinicId: string, labId: string, now: Date): Promise<void> {
  await db
    .insertInto('partner_labs')
    .values({ clinic_id: clinicId, lab_id: labId, created_at: now })
    .onConflict((oc) => oc.columns(['clinic_id', 'lab_id']).doNothing())
    .execute();
}

/**
 * Removes a partner lab from a clinic.
 *
 * @param db - the transaction
 * @param clinicId - the caller's clinic
 * @param labId - the lab
 * @returns whether it was a partner
 */
export async function removePartnerLab(db: Kysely<Database>, clinicId: string, labId: string): Promise<boolean> {
  if (!isUuid(labId)) return false;
  const result = await db
    .deleteFrom('partner_labs')
    .where('clinic_id', '=', clinicId)
    .where('lab_id', '=', labId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

import type { Kysely } from 'kysely';
import type { Database, PatientRow } from '../../db/schema.js';
import { isUuid } from '../../db/uuid.js';

/** How a patient list is ordered: by family then given name, or most recently touched first. */
export type PatientSort = 'name' | 'recent';

/** A patient list request. */
export interface PatientListQuery {
  /** A name fragment, or null for all. */
  readonly q: string | null;
  readonly sort: PatientSort;
  readonly limit: number;
}

/** The fields of a new patient record. */
export interface NewPatientRecord {
  readonly id: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly birthDate: string | null;
  readonly sex: string;
  readonly email: string | null;
  readonly createdBy: string | null;
  readonly now: Date;
}

/** Changed fields of a patient record. */
export type PatientChanges = Partial<
  Pick<NewPatientRecord, 'givenName' | 'familyName' | 'birthDate' | 'sex' | 'email'>
>;

/**
 * A clinic's patients.
 *
 * @param db - database or transaction
 * @param clinicId - the caller's clinic: the only one listed
 * @param query - search, order and page size
 * @returns the rows
 */
export async function listPatients(
  db: Kysely<Database>,
  clinicId: string,
  query: PatientListQuery,
): Promise<PatientRow[]> {
  let q = db.selectFrom('patients').selectAll().where('clinic_id', '=', clinicId).limit(query.limit);
  q =
    query.sort === 'recent'
      ? q.orderBy('updated_at', 'desc').orderBy('id')
      : q.orderBy('family_name').orderBy('given_name').orderBy('id');
  if (query.q !== null) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    q = q.where((eb) => eb.or([eb('family_name', 'ilike', pattern), eb('given_name', 'ilike', pattern)]));
  }
  return q.execute();
}

/**
 * One patient of a clinic.
 *
 * @param db - database or transaction
 * @param clinicId - the caller's clinic
 * @param id - the patient id (anything; a malformed id is not found)
 * @returns the row, or undefined when absent or another clinic's
 */
export async function findPatient(db: Kysely<Database>, clinicId: string, id: string): Promise<PatientRow | undefined> {
  if (!isUuid(id)) return undefined;
  return db
    .selectFrom('patients')
    .selectAll()
    .where('id', '=', id)
    .where('clinic_id', '=', clinicId)
    .executeTakeFirst();
}

/**
 * The patient record linked to a user account, in that user's clinic.
 *
 * @param db - database or transaction
 * @param clinicId - the account's organization
 * @param userId - the account
 * @returns the row, or undefined
 */
export async function findPatientByAccount(
  db: Kysely<Database>,
  clinicId: string,
  userId: string,
): Promise<PatientRow | undefined> {
  return db
    .selectFrom('patients')
    .selectAll()
    .where('user_id', '=', userId)
    .where('clinic_id', '=', clinicId)
    .executeTakeFirst();
}

/**
 * Stores a new patient in a clinic.
 *
 * @param db - the transaction
 * @param clinicId - the caller's clinic
 * @param record - the fields
 * @returns the stored row
 */
export async function insertPatient(
  db: Kysely<Database>,
  clinicId: string,
  record: NewPatientRecord,
): Promise<PatientRow> {
  return db
    .insertInto('patients')
    .values({
      id: record.id,
      clinic_id: clinicId,
      given_name: record.givenName,
      family_name: record.familyName,
      birth_date: record.birthDate,
      sex: record.sex,
      email: record.email,
      created_by: record.createdBy,
      created_at: record.now,
      updated_at: record.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Changes a clinic's patient and marks it touched.
 *
 * @param db - the transaction
 * @param clinicId - the caller's clinic
 * @param id - the patient
 * @param changes - fields to set
 * @param now - the new `updated_at`
 * @returns the updated row, or undefined when not the clinic's
 */
export async function updatePatient(
  db: Kysely<Database>,
  clinicId: string,
  id: string,
  changes: PatientChanges,
  now: Date,
): Promise<PatientRow | undefined> {
  if (!isUuid(id)) return undefined;
  return db
    .updateTable('patients')
    .set({
      ...(changes.givenName === undefined ? {} : { given_name: changes.givenName }),
      ...(changes.familyName === undefined ? {} : { family_name: changes.familyName }),
      ...(changes.birthDate === undefined ? {} : { birth_date: changes.birthDate }),
      ...(changes.sex === undefined ? {} : { sex: changes.sex }),
      ...(changes.email === undefined ? {} : { email: changes.email }),
      updated_at: now,
    })
    .where('id', '=', id)
    .where('clinic_id', '=', clinicId)
    .returningAll()
    .executeTakeFirst();
}

/**
 * Marks a patient touched (a new capture, say), for `sort=recent`.
 *
 * @param db - the transaction
 * @param clinicId - the caller's clinic
 * @param id - the patient
 * @param now - the new `updated_at`
 */
export async function touchPatient(db: Kysely<Database>, clinicId: string, id: string, now: Date): Promise<void> {
  await db
    .updateTable('patients')
    .set({ updated_at: now })
    .where('id', '=', id)
    .where('clinic_id', '=', clinicId)
    .execute();
}

import type { Kysely } from 'kysely';
import type { Database, UploadRow } from '../../db/schema.js';
import { isUuid } from '../../db/uuid.js';

/** The fields of a new upload. */
export interface NewUploadRecord {
  readonly id: string;
  readonly patientId: string;
  readonly filename: string;
  readonly mediaType: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly storageKey: string;
  /** The id of the analysis job queued with it. */
  readonly jobId: string;
  readonly createdBy: string | null;
  readonly now: Date;
}

/** An upload with the clinic and account of its patient (for the policy). */
export interface ScopedUpload {
  readonly upload: UploadRow;
  readonly clinicId: string;
  readonly patientAccountUserId: string | null;
}

/**
 * A patient's uploads, newest first, in the caller's clinic.
 *
 * @param db - database or transaction
 * @param clinicId - the caller's clinic
 * @param patientId - the patient
 * @returns the rows (none for another clinic's patient)
 */
export async function listUploads(db: Kysely<Database>, clinicId: string, patientId: string): Promise<UploadRow[]> {
  if (!isUuid(patientId)) return [];
  return db
    .selectFrom('uploads')
    .innerJoin('patients', 'patients.id', 'uploads.patient_id')
    .selectAll('uploads')
    .where('uploads.patient_id', '=', patientId)
    .where('patients.clinic_id', '=', clinicId)
    .orderBy('uploads.created_at', 'desc')
    .orderBy('uploads.id', 'desc')
    .execute();
}

/**
 * One upload of the caller's clinic.
 *
 * @param db - database or transaction
 * @param clinicId - the caller's clinic
 * @param id - the upload id
 * @returns the upload with its patient's clinic and account, or undefined
 */
export async function findUpload(
  db: Kysely<Database>,
  clinicId: string,
  id: string,
): Promise<ScopedUpload | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await db
    .selectFrom('uploads')
    .innerJoin('patients', 'patients.id', 'uploads.patient_id')
    .selectAll('uploads')
    .select(['patients.clinic_id as clinicId', 'patients.user_id as patientAccountUserId'])
    .where('uploads.id', '=', id)
    .where('patients.clinic_id', '=', clinicId)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const { clinicId: rowClinicId, patientAccountUserId, ...upload } = row;
  return { upload, clinicId: rowClinicId, patientAccountUserId };
}

/**
 * Stores a new upload (status `queued`).
 *
 * @param db - the transaction
 * @param record - the fields; the caller has checked the patient is in its clinic
 * @returns the row
 */
export async function insertUpload(db: Kysely<Database>, record: NewUploadRecord): Promise<UploadRow> {
  return db
    .insertInto('uploads')
    .values({
      id: record.id,
      patient_id: record.patientId,
      filename: record.filename,
      media_type: record.mediaType,
      size_bytes: record.sizeBytes,
      sha256: record.sha256,
      storage_key: record.storageKey,
      job_id: record.jobId,
      status: 'queued',
      created_by: record.createdBy,
      created_at: record.now,
      updated_at: record.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

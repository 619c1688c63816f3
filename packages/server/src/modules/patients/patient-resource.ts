import type { Resource } from '../../auth/policy.js';
import type { PatientRow } from '../../db/schema.js';

/**
 * A patient row as the policy sees it.
 *
 * @param row - the patient
 * @returns the resource for `authorize`
 */
export function patientResource(row: PatientRow): Resource {
  return { type: 'patient', patientId: row.id, clinicId: row.clinic_id, accountUserId: row.user_id };
}

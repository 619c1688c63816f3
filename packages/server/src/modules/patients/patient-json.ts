import type { PatientRow } from '../../db/schema.js';

/** A patient as the API returns it (see API-CONTRACT.md). */
export interface PatientJson {
  readonly id: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly birthDate: string | null;
  readonly sex: string;
  readonly email: string | null;
  readonly hasAccount: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * A patient row as the API returns it.
 *
 * @param row - from the repository
 * @returns the JSON shape
 */
export function patientJson(row: PatientRow): PatientJson {
  return {
    id: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    birthDate: row.birth_date,
    sex: row.sex,
    email: row.email,
    hasAccount: row.user_id !== null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

import { z } from '@hono/zod-openapi';
import { EMAIL_MAX, NAME_MAX, QUERY_MAX, text } from '../../http/text.js';

/** A patient as the API returns it. */
export const PatientSchema = z
  .object({
    id: z.string(),
    givenName: z.string(),
    familyName: z.string(),
    birthDate: z.string().nullable().openapi({ example: '1980-04-12' }),
    sex: z.string(),
    email: z.string().nullable(),
    hasAccount: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Patient');

const SexSchema = z.enum(['female', 'male', 'other', 'unknown']);

/** The body of createPatient: every string length-limited, NUL refused. */
export const NewPatientSchema = z
  .object({
    givenName: text(NAME_MAX),
    familyName: text(NAME_MAX),
    birthDate: text(10).nullable().optional(),
    sex: SexSchema.optional(),
    email: text(EMAIL_MAX).nullable().optional(),
  })
  .openapi('NewPatient');

/** The body of updatePatient: the fields to change. */
export const PatientPatchSchema = z
  .object({
    givenName: text(NAME_MAX).optional(),
    familyName: text(NAME_MAX).optional(),
    birthDate: text(10).nullable().optional(),
    sex: SexSchema.optional(),
    email: text(EMAIL_MAX).nullable().optional(),
  })
  .openapi('PatientPatch');

/** The query of listPatients: search, order, page size. */
export const PatientListQuerySchema = z.object({
  q: text(QUERY_MAX).optional(),
  sort: z.enum(['recent', 'name']).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

/** `{patient}`. */
export const PatientResponseSchema = z.object({ patient: PatientSchema });

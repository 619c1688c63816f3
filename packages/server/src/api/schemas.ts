import { z } from '@hono/zod-openapi';

/** Response and request shapes for the OpenAPI document. Field rules live in core validators. */

export const IssueSchema = z
  .object({
    severity: z.enum(['error', 'warning']),
    code: z.string(),
    path: z.string(),
    message: z.string(),
  })
  .openapi('Issue');

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid_request' }),
      message: z.string(),
      where: z.string().optional(),
      issues: z.array(IssueSchema).optional(),
    }),
  })
  .openapi('Error');

export const UserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(['clinician', 'lab_technician', 'patient', 'admin']),
    organizationId: z.string(),
    organizationName: z.string(),
    organizationKind: z.enum(['clinic', 'lab']),
  })
  .openapi('User');

export const LoginSchema = z
  .object({
    email: z.string().openapi({ example: 'clinician@demo.groundup.test' }),
    password: z.string(),
  })
  .openapi('Login');

export const PatientSchema = z
  .object({
    id: z.string(),
    givenName: z.string(),
    familyName: z.string(),
    birthDate: z.string().nullable().openapi({ example: '1980-04-12' }),
    sex: z.string(),
    email: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Patient');

export const NewPatientSchema = z
  .object({
    givenName: z.string(),
    familyName: z.string(),
    birthDate: z.string().nullable().optional(),
    sex: z.enum(['female', 'male', 'other', 'unknown']).optional(),
    email: z.string().nullable().optional(),
  })
  .openapi('NewPatient');

export const UploadSchema = z
  .object({
    id: z.string(),
    patientId: z.string(),
    filename: z.string(),
    mediaType: z.string(),
    sizeBytes: z.number(),
    sha256: z.string(),
    status: z.enum(['queued', 'running', 'done', 'failed']),
    progress: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .openapi({ description: 'Analysis progress 0..1; null before it starts' }),
    format: z
      .string()
      .nullable()
      .openapi({ description: "The capture format core's readers found, e.g. stl-binary, pedar" }),
    result: z.unknown(),
    error: z.object({ code: z.string(), message: z.string(), where: z.string() }).nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Upload');

/** The standard error responses, for routes' `responses`. */
export function errorResponses(...statuses: (400 | 401 | 403 | 404 | 413 | 415)[]) {
  const descriptions = {
    400: 'Invalid request',
    401: 'Not signed in, or the session expired',
    403: 'Not allowed for this role',
    404: 'Not found',
    413: 'Too large',
    415: 'Unsupported media type',
  } as const;
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: descriptions[status], content: { 'application/json': { schema: ErrorSchema } } },
    ]),
  );
}

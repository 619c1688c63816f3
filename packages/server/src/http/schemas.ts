import { z } from '@hono/zod-openapi';

/** Shared response shapes for the OpenAPI document. Area shapes live beside their routes. */

/** A validator finding, as error responses list them. */
export const IssueSchema = z
  .object({
    severity: z.enum(['error', 'warning']),
    code: z.string(),
    path: z.string(),
    message: z.string(),
  })
  .openapi('Issue');

/** The body of every error response. */
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

/** A user's role. */
export const RoleSchema = z.enum(['clinician', 'lab_technician', 'patient', 'admin']).openapi('Role');

/** A user as the API returns it everywhere. */
export const UserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: RoleSchema,
    organizationId: z.string(),
    organizationName: z.string(),
    organizationKind: z.enum(['clinic', 'lab']),
    active: z.boolean(),
    patientId: z.string().nullable(),
    lastSignInAt: z.string().nullable(),
  })
  .openapi('User');

/** The HTTP statuses an error response can have. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 429 | 503;

/**
 * The standard error responses, for routes' `responses`.
 *
 * @param statuses - the error statuses the route can answer
 * @returns OpenAPI response objects keyed by status
 */
export function errorResponses(...statuses: ErrorStatus[]) {
  const descriptions: Record<ErrorStatus, string> = {
    400: 'Invalid request',
    401: 'Not signed in, the session expired, or the API token is unknown or revoked',
    403: 'Not allowed for this role',
    404: 'Not found (also for another organization’s resource)',
    409: 'Conflicts with the current state',
    410: 'Expired or already used',
    413: 'Too large',
    415: 'Unsupported media type',
    429: 'Too many attempts',
    503: 'Not available here',
  };
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: descriptions[status], content: { 'application/json': { schema: ErrorSchema } } },
    ]),
  );
}

/** A path parameter `id` (any text up to 64 characters; a malformed id is a 404, like an unknown one). */
export const IdParamSchema = z.object({
  id: z
    .string()
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' }, example: '3f1c2a9e-0b7d-4c52-9a8e-1d2f3a4b5c6d' }),
});

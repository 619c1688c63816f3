import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { hasErrors, normalisePatientInput, validatePatientInput, type PatientInput } from '@groundup/core';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../../auth/sessions.js';
import type { Database, PatientRow } from '../../db/schema.js';
import { ApiError, invalidRequest } from '../api-error.js';
import type { AppDeps, AppEnv } from '../app-env.js';
import { NewPatientSchema, PatientSchema, errorResponses } from '../schemas.js';

const listRoute = createRoute({
  method: 'get',
  path: '/api/patients',
  summary: "The clinic's patients, by family name",
  request: { query: z.object({ q: z.string().max(200).optional() }) },
  responses: {
    200: {
      description: 'Patients',
      content: { 'application/json': { schema: z.object({ patients: z.array(PatientSchema) }) } },
    },
    ...errorResponses(401, 403),
  },
});

const createPatientRoute = createRoute({
  method: 'post',
  path: '/api/patients',
  summary: 'Register a patient in the signed-in clinic',
  request: { body: { required: true, content: { 'application/json': { schema: NewPatientSchema } } } },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: z.object({ patient: PatientSchema }) } } },
    ...errorResponses(400, 401, 403),
  },
});

const getPatientRoute = createRoute({
  method: 'get',
  path: '/api/patients/{id}',
  summary: 'One patient',
  request: { params: z.object({ id: z.string() }) },
  responses: {
    200: {
      description: 'The patient',
      content: { 'application/json': { schema: z.object({ patient: PatientSchema }) } },
    },
    ...errorResponses(401, 403, 404),
  },
});

/** Patient as the API returns it. */
export function patientJson(row: PatientRow): z.infer<typeof PatientSchema> {
  return {
    id: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    birthDate: row.birth_date,
    sex: row.sex,
    email: row.email,
    createdAt: row.created_at.toISOString(),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Loads a patient of the user's clinic, or throws 404 (also for another clinic's patient, so ids
 * do not leak across clinics).
 */
export async function findClinicPatient(db: Kysely<Database>, user: SessionUser, id: string): Promise<PatientRow> {
  if (!UUID.test(id)) throw new ApiError(404, 'not_found', 'No such patient.', { where: 'path.id' });
  const row = await db
    .selectFrom('patients')
    .selectAll()
    .where('id', '=', id)
    .where('clinic_id', '=', user.organizationId)
    .executeTakeFirst();
  if (row === undefined) throw new ApiError(404, 'not_found', 'No such patient.', { where: 'path.id' });
  return row;
}

/** Who may work with a clinic's patient records (labs see orders, not patient lists). */
export function assertClinicStaff(user: SessionUser): void {
  if (user.organizationKind !== 'clinic' || (user.role !== 'clinician' && user.role !== 'admin')) {
    throw new ApiError(403, 'forbidden', "Only a clinic's clinicians and admins can see its patients.");
  }
}

export function registerPatientRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(listRoute, async (c) => {
    const user = c.get('user');
    assertClinicStaff(user);
    const { q } = c.req.valid('query');
    let query = deps.db
      .selectFrom('patients')
      .selectAll()
      .where('clinic_id', '=', user.organizationId)
      .orderBy('family_name')
      .orderBy('given_name')
      .limit(500);
    const term = q?.trim();
    if (term !== undefined && term !== '') {
      const pattern = `%${term.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      query = query.where((eb) => eb.or([eb('family_name', 'ilike', pattern), eb('given_name', 'ilike', pattern)]));
    }
    const rows = await query.execute();
    return c.json({ patients: rows.map(patientJson) }, 200);
  });

  app.openapi(createPatientRoute, async (c) => {
    const user = c.get('user');
    assertClinicStaff(user);
    const body = c.req.valid('json');
    const issues = validatePatientInput(body, deps.now().toISOString().slice(0, 10));
    if (hasErrors(issues)) throw invalidRequest(issues, 'body');
    const input: PatientInput = normalisePatientInput(body);
    const row = await deps.db
      .insertInto('patients')
      .values({
        clinic_id: user.organizationId,
        given_name: input.givenName,
        family_name: input.familyName,
        birth_date: input.birthDate,
        sex: input.sex,
        email: input.email,
        created_by: user.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return c.json({ patient: patientJson(row) }, 201);
  });

  app.openapi(getPatientRoute, async (c) => {
    const user = c.get('user');
    assertClinicStaff(user);
    const row = await findClinicPatient(deps.db, user, c.req.valid('param').id);
    return c.json({ patient: patientJson(row) }, 200);
  });
}

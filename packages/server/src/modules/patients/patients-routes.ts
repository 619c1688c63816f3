import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { requireActor } from '../../http/actor-middleware.js';
import type { AppEnv } from '../../http/app-env.js';
import { jsonContent } from '../../http/json-content.js';
import { errorResponses, IdParamSchema } from '../../http/schemas.js';
import {
  NewPatientSchema,
  PatientListQuerySchema,
  PatientPatchSchema,
  PatientResponseSchema,
  PatientSchema,
} from './patients-schemas.js';
import type { PatientsService } from './patients-service.js';

const listPatientsRoute = createRoute({
  method: 'get',
  path: '/api/patients',
  operationId: 'listPatients',
  summary: "The clinic's patients: by name, or most recently touched first (sort=recent)",
  request: { query: PatientListQuerySchema },
  responses: {
    200: { description: 'Patients', ...jsonContent(z.object({ patients: z.array(PatientSchema) })) },
    ...errorResponses(400, 401, 403),
  },
});

const createPatientRoute = createRoute({
  method: 'post',
  path: '/api/patients',
  operationId: 'createPatient',
  summary: 'Register a patient in the signed-in clinic',
  request: { body: { required: true, ...jsonContent(NewPatientSchema) } },
  responses: {
    201: { description: 'Created', ...jsonContent(PatientResponseSchema) },
    ...errorResponses(400, 401, 403),
  },
});

const getPatientRoute = createRoute({
  method: 'get',
  path: '/api/patients/{id}',
  operationId: 'getPatient',
  summary: 'One patient (clinic staff of its clinic, or the patient themself)',
  request: { params: IdParamSchema },
  responses: {
    200: { description: 'The patient', ...jsonContent(PatientResponseSchema) },
    ...errorResponses(401, 403, 404),
  },
});

const updatePatientRoute = createRoute({
  method: 'patch',
  path: '/api/patients/{id}',
  operationId: 'updatePatient',
  summary: "Change a patient's details",
  request: { params: IdParamSchema, body: { required: true, ...jsonContent(PatientPatchSchema) } },
  responses: {
    200: { description: 'The patient', ...jsonContent(PatientResponseSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
});

const getMyPatientRecordRoute = createRoute({
  method: 'get',
  path: '/api/me/patient',
  operationId: 'getMyPatientRecord',
  summary: "A patient's own record",
  responses: {
    200: { description: 'The record', ...jsonContent(PatientResponseSchema) },
    ...errorResponses(401, 403, 404),
  },
});

/**
 * Mounts the patient routes (HTTP only: parse, call the service, answer).
 *
 * @param app - the API app
 * @param patients - the service
 */
export function registerPatientsRoutes(app: OpenAPIHono<AppEnv>, patients: PatientsService): void {
  app.openapi(listPatientsRoute, async (c) => {
    const list = await patients.list(requireActor(c), c.req.valid('query'));
    return c.json({ patients: list }, 200);
  });
  app.openapi(createPatientRoute, async (c) => {
    const patient = await patients.create(requireActor(c), c.req.valid('json'));
    return c.json({ patient }, 201);
  });
  app.openapi(getPatientRoute, async (c) => {
    const patient = await patients.get(requireActor(c), c.req.valid('param').id);
    return c.json({ patient }, 200);
  });
  app.openapi(updatePatientRoute, async (c) => {
    const patient = await patients.update(requireActor(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json({ patient }, 200);
  });
  app.openapi(getMyPatientRecordRoute, async (c) => {
    const patient = await patients.getOwn(requireActor(c));
    return c.json({ patient }, 200);
  });
}

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { UploadRow } from '../../db/schema.js';
import { ApiError } from '../api-error.js';
import type { AppDeps, AppEnv } from '../app-env.js';
import { errorResponses, UploadSchema } from '../schemas.js';
import { assertClinicStaff, findClinicPatient } from './patient-routes.js';

const createUploadRoute = createRoute({
  method: 'post',
  path: '/api/patients/{id}/uploads',
  summary: 'Upload a capture file (scan, pressure, motion); queues the "analyse upload" job',
  request: {
    params: z.object({ id: z.string() }),
    query: z.object({ filename: z.string().min(1).max(255) }),
    body: {
      required: true,
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
    },
  },
  responses: {
    202: {
      description: 'Stored and queued',
      content: { 'application/json': { schema: z.object({ upload: UploadSchema }) } },
    },
    ...errorResponses(400, 401, 403, 404, 413),
  },
});

const listUploadsRoute = createRoute({
  method: 'get',
  path: '/api/patients/{id}/uploads',
  summary: "A patient's uploads with their analysis status, newest first",
  request: { params: z.object({ id: z.string() }) },
  responses: {
    200: {
      description: 'Uploads',
      content: { 'application/json': { schema: z.object({ uploads: z.array(UploadSchema) }) } },
    },
    ...errorResponses(401, 403, 404),
  },
});

/** Upload as the API returns it. */
export function uploadJson(row: UploadRow): z.infer<typeof UploadSchema> {
  return {
    id: row.id,
    patientId: row.patient_id,
    filename: row.filename,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    status: row.status,
    result: row.result ?? null,
    error: (row.error ?? null) as z.infer<typeof UploadSchema>['error'],
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/**
 * Keeps the last path segment of a client-supplied file name, without control characters.
 *
 * @param name - as sent
 * @returns a name safe to store and show
 */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return cleaned === '' ? 'upload' : cleaned.slice(0, 255);
}

export function registerUploadRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.post(
    '/api/patients/:id/uploads',
    bodyLimit({
      maxSize: deps.config.maxUploadBytes,
      onError: () => {
        throw new ApiError(
          413,
          'too_large',
          `Uploads are limited to ${Math.round(deps.config.maxUploadBytes / 1048576)} MB.`,
          {
            where: 'body',
          },
        );
      },
    }),
  );

  app.openapi(createUploadRoute, async (c) => {
    const user = c.get('user');
    assertClinicStaff(user);
    const patient = await findClinicPatient(deps.db, user, c.req.valid('param').id);
    const filename = cleanFilename(c.req.valid('query').filename);
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.byteLength === 0) throw new ApiError(400, 'empty_file', 'The uploaded file is empty.', { where: 'body' });
    const stored = await deps.files.put(bytes);
    const mediaType = c.req.header('content-type')?.split(';')[0]?.trim() || 'application/octet-stream';
    const row = await deps.db
      .insertInto('uploads')
      .values({
        patient_id: patient.id,
        filename,
        media_type: mediaType,
        size_bytes: stored.sizeBytes,
        sha256: stored.sha256,
        storage_key: stored.key,
        status: 'queued',
        created_by: user.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    let jobId: string;
    try {
      jobId = await deps.jobs.enqueue('analyse-upload', { uploadId: row.id });
    } catch (error) {
      await deps.db
        .updateTable('uploads')
        .set({
          status: 'failed',
          error: JSON.stringify({ code: 'queue_failed', message: 'The analysis could not be queued.', where: 'jobs' }),
          updated_at: new Date(),
        })
        .where('id', '=', row.id)
        .execute();
      throw error;
    }
    const queued = await deps.db
      .updateTable('uploads')
      .set({ job_id: jobId })
      .where('id', '=', row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return c.json({ upload: uploadJson(queued) }, 202);
  });

  app.openapi(listUploadsRoute, async (c) => {
    const user = c.get('user');
    assertClinicStaff(user);
    const patient = await findClinicPatient(deps.db, user, c.req.valid('param').id);
    const rows = await deps.db
      .selectFrom('uploads')
      .selectAll()
      .where('patient_id', '=', patient.id)
      .orderBy('created_at', 'desc')
      .execute();
    return c.json({ uploads: rows.map(uploadJson) }, 200);
  });
}

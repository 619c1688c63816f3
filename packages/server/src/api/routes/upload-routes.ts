import { Readable } from 'node:stream';
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { UploadRow } from '../../db/schema.js';
import { FileStorageError } from '../../files/file-storage.js';
import { ApiError } from '../api-error.js';
import type { AppDeps, AppEnv } from '../app-env.js';
import { receiveUploadBody } from '../receive-upload-body.js';
import { errorResponses, UploadSchema } from '../schemas.js';
import { assertClinicStaff, findClinicPatient } from './patient-routes.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const createUploadRoute = createRoute({
  method: 'post',
  path: '/api/patients/{id}/uploads',
  operationId: 'createUpload',
  summary: 'Upload a capture file (scan, pressure, motion), streamed to storage; queues the "analyse upload" job',
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
  operationId: 'listUploads',
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

const downloadUploadRoute = createRoute({
  method: 'get',
  path: '/api/uploads/{id}/file',
  operationId: 'downloadUpload',
  summary: "An upload's bytes, streamed from storage and checked against their SHA-256 as they go",
  request: { params: z.object({ id: z.string() }) },
  responses: {
    200: {
      description: 'The file, as an attachment',
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
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
    progress: row.progress,
    format: row.format,
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

/**
 * The `Content-Disposition` of a download: an attachment with the stored name (ASCII fallback and UTF-8 form).
 *
 * @param filename - the upload's cleaned name
 * @returns the header value
 */
export function attachmentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export function registerUploadRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(createUploadRoute, async (c) => {
    const user = c.get('user');
    assertClinicStaff(user);
    const patient = await findClinicPatient(deps.db, user, c.req.valid('param').id);
    const filename = cleanFilename(c.req.valid('query').filename);
    const stored = await receiveUploadBody(c.req.raw, deps.files, deps.config.maxUploadBytes);
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
          updated_at: deps.now(),
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

  app.openapi(downloadUploadRoute, async (c) => {
    const user = c.get('user');
    assertClinicStaff(user);
    const id = c.req.valid('param').id;
    if (!UUID.test(id)) throw new ApiError(404, 'not_found', 'No such upload.', { where: 'path.id' });
    // Authorized like the record it belongs to: an upload of a patient of the caller's clinic.
    const row = await deps.db
      .selectFrom('uploads')
      .innerJoin('patients', 'patients.id', 'uploads.patient_id')
      .select(['uploads.storage_key', 'uploads.filename', 'uploads.size_bytes'])
      .where('uploads.id', '=', id)
      .where('patients.clinic_id', '=', user.organizationId)
      .executeTakeFirst();
    if (row === undefined) throw new ApiError(404, 'not_found', 'No such upload.', { where: 'path.id' });
    let opened;
    try {
      opened = await deps.files.getStream(row.storage_key);
    } catch (error) {
      if (error instanceof FileStorageError && error.code === 'not_found') {
        throw new ApiError(404, 'file_missing', "The upload's file is no longer in storage.", { where: 'path.id' });
      }
      throw error;
    }
    return new Response(Readable.toWeb(opened.stream) as ReadableStream<Uint8Array>, {
      status: 200,
      headers: {
        'content-type': 'application/octet-stream',
        'content-length': String(opened.sizeBytes),
        'content-disposition': attachmentDisposition(row.filename),
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
      },
    });
  });
}

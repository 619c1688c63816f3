import { Readable } from 'node:stream';
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { FileStorage } from '../../files/file-storage.js';
import { requireActor } from '../../http/actor-middleware.js';
import type { AppEnv } from '../../http/app-env.js';
import { jsonContent } from '../../http/json-content.js';
import { receiveUploadBody } from '../../http/receive-upload-body.js';
import { errorResponses, IdParamSchema } from '../../http/schemas.js';
import { text } from '../../http/text.js';
import type { CapturesService } from './captures-service.js';

/** An upload as the API returns it. */
export const UploadSchema = z
  .object({
    id: z.string(),
    patientId: z.string(),
    filename: z.string(),
    mediaType: z.string(),
    sizeBytes: z.number(),
    sha256: z.string(),
    status: z.enum(['queued', 'running', 'done', 'failed']),
    progress: z.number().nullable(),
    format: z.string().nullable(),
    result: z.unknown(),
    error: z.object({ code: z.string(), message: z.string(), where: z.string() }).nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Upload');

const createUploadRoute = createRoute({
  method: 'post',
  path: '/api/patients/{id}/uploads',
  operationId: 'createUpload',
  summary:
    'Upload a capture file (scan, pressure, motion), streamed to storage with the size cap counted as it arrives; queues its analysis',
  request: {
    params: IdParamSchema,
    query: z.object({ filename: text(255).min(1) }),
    body: {
      required: true,
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
    },
  },
  responses: {
    202: { description: 'Stored and queued', ...jsonContent(z.object({ upload: UploadSchema })) },
    ...errorResponses(400, 401, 403, 404, 413),
  },
});

const listUploadsRoute = createRoute({
  method: 'get',
  path: '/api/patients/{id}/uploads',
  operationId: 'listUploads',
  summary: "A patient's uploads with their analysis status, newest first",
  request: { params: IdParamSchema },
  responses: {
    200: { description: 'Uploads', ...jsonContent(z.object({ uploads: z.array(UploadSchema) })) },
    ...errorResponses(401, 403, 404),
  },
});

const getUploadRoute = createRoute({
  method: 'get',
  path: '/api/uploads/{id}',
  operationId: 'getUpload',
  summary: 'One upload with its status, progress, result or error',
  request: { params: IdParamSchema },
  responses: {
    200: { description: 'The upload', ...jsonContent(z.object({ upload: UploadSchema })) },
    ...errorResponses(401, 403, 404),
  },
});

const downloadUploadRoute = createRoute({
  method: 'get',
  path: '/api/uploads/{id}/file',
  operationId: 'downloadUpload',
  summary: "The uploaded file's bytes, as an attachment, streamed from storage and checked against their SHA-256",
  request: { params: IdParamSchema },
  responses: {
    200: {
      description: 'The file',
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...errorResponses(401, 403, 404),
  },
});

/**
 * `attachment; filename="…"; filename*=UTF-8''…` for a stored name.
 *
 * @param filename - the upload's cleaned name
 * @returns the header value
 */
export function attachmentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/**
 * Mounts the capture routes.
 *
 * @param app - the API app
 * @param captures - the service
 * @param files - where upload bytes are streamed before the service records them
 * @param maxUploadBytes - the size cap (413 above it)
 */
export function registerCapturesRoutes(
  app: OpenAPIHono<AppEnv>,
  captures: CapturesService,
  files: Pick<FileStorage, 'putStream'>,
  maxUploadBytes: number,
): void {
  app.openapi(createUploadRoute, async (c) => {
    const actor = requireActor(c);
    const patientId = c.req.valid('param').id;
    await captures.assertMayUpload(actor, patientId);
    const stored = await receiveUploadBody(c.req.raw, files, maxUploadBytes);
    const mediaType = c.req.header('content-type')?.split(';')[0]?.trim().slice(0, 127) || 'application/octet-stream';
    const upload = await captures.createUpload(actor, patientId, c.req.valid('query').filename, mediaType, stored);
    return c.json({ upload }, 202);
  });

  app.openapi(listUploadsRoute, async (c) => {
    const uploads = await captures.list(requireActor(c), c.req.valid('param').id);
    return c.json({ uploads }, 200);
  });

  app.openapi(getUploadRoute, async (c) => {
    const upload = await captures.get(requireActor(c), c.req.valid('param').id);
    return c.json({ upload }, 200);
  });

  app.openapi(downloadUploadRoute, async (c) => {
    const file = await captures.download(requireActor(c), c.req.valid('param').id);
    return c.body(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, 200, {
      'content-type': 'application/octet-stream',
      'content-length': String(file.sizeBytes),
      'content-disposition': attachmentDisposition(file.filename),
      'x-content-type-options': 'nosniff',
    });
  });
}

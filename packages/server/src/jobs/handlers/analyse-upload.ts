import { detectCaptureFormat, hasErrors, type CaptureFormatReport } from '@groundup/core';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { FileStorageError } from '../../files/file-storage.js';
import { defineJob, type JobDeps } from '../define-job.js';

/** Files at least this large report progress between start (0) and end (1). */
const PROGRESS_REPORT_MIN_BYTES = 4 * 1024 * 1024;

/** An analysis failure as stored on the upload and shown by the API. */
interface UploadError {
  readonly code: string;
  readonly message: string;
  readonly where: string;
}

/**
 * The "analyse upload" job: reads the stored file (its SHA-256 checked), decides its capture format with core's
 * readers ({@link detectCaptureFormat}, the detection the CLI uses), and records format, result and progress on
 * the upload (`queued → running → done | failed`). A bad or damaged file ends as `failed` with a coded error and
 * is not retried; a storage or database fault throws, and the run is retried. Running it twice is harmless: an
 * upload already `done` or `failed` is left alone.
 */
export const analyseUploadJob = defineJob(
  'analyse-upload',
  z.object({ uploadId: z.uuid() }),
  async (data, { deps }) => {
    const { db, files, now } = deps;
    const upload = await db
      .updateTable('uploads')
      .set({ status: 'running', progress: 0, updated_at: now() })
      .where('id', '=', data.uploadId)
      .where('status', 'in', ['queued', 'running'])
      .returning(['id', 'storage_key'])
      .executeTakeFirst();
    if (upload === undefined) return; // deleted, or already analysed by an earlier run
    let bytes: Buffer;
    try {
      bytes = await files.get(upload.storage_key);
    } catch (error) {
      if (!(error instanceof FileStorageError) || error.code === 'storage_failed') throw error; // retried
      await finish(deps, upload.id, null, {
        code: error.code === 'not_found' ? 'file_missing' : error.code,
        message: error.message,
        where: upload.storage_key,
      });
      return;
    }
    // Reading is a quarter of the work; for a small file the extra write would cost more than it tells.
    if (bytes.byteLength >= PROGRESS_REPORT_MIN_BYTES) await setProgress(db, upload.id, 0.25);
    const report = detectCaptureFormat(bytes);
    if (hasErrors(report.issues)) {
      const first = report.issues.find((issue) => issue.severity === 'error');
      await finish(deps, upload.id, report, {
        code: first?.code ?? 'analysis_failed',
        message: first?.message ?? 'Analysis failed.',
        where: first?.path ?? '',
      });
      return;
    }
    await finish(deps, upload.id, report, null);
  },
  {
    retryLimit: 2,
    retryDelaySeconds: 1,
    async onGiveUp(data, reason, deps) {
      await deps.db
        .updateTable('uploads')
        .set({
          status: 'failed',
          error: JSON.stringify({
            code: 'analysis_failed',
            message: `The analysis was given up. ${reason}`,
            where: 'jobs',
          }),
          updated_at: deps.now(),
        })
        .where('id', '=', data.uploadId)
        .where('status', 'in', ['queued', 'running'])
        .execute();
    },
  },
);

async function setProgress(db: Kysely<Database>, id: string, progress: number): Promise<void> {
  await db.updateTable('uploads').set({ progress }).where('id', '=', id).where('status', '=', 'running').execute();
}

async function finish(
  deps: JobDeps,
  id: string,
  report: CaptureFormatReport | null,
  error: UploadError | null,
): Promise<void> {
  const format = report === null || report.format.kind === 'unknown' ? null : report.format.kind;
  await deps.db
    .updateTable('uploads')
    .set({
      status: error === null ? 'done' : 'failed',
      progress: 1,
      format,
      result: report === null ? null : JSON.stringify(report),
      error: error === null ? null : JSON.stringify(error),
      updated_at: deps.now(),
    })
    .where('id', '=', id)
    .execute();
}

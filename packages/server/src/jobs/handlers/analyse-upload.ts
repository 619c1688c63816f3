import { detectCaptureFormat, hasErrors } from '@groundup/core';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { defineJob } from '../define-job.js';

/**
 * The "analyse upload" job: reads the stored file, detects its capture format with core, and
 * records the result on the upload (`queued → running → done | failed`). It never throws for a
 * bad file: a file that is not a capture ends as `failed` with a coded error.
 */
export const analyseUploadJob = defineJob(
  'analyse-upload',
  z.object({ uploadId: z.uuid() }),
  async (data, { deps }) => {
    const { db, files, now } = deps;
    const upload = await db
      .updateTable('uploads')
      .set({ status: 'running', updated_at: now() })
      .where('id', '=', data.uploadId)
      .returning(['id', 'storage_key'])
      .executeTakeFirst();
    if (upload === undefined) return; // deleted since it was queued: nothing to do
    let bytes: Buffer;
    try {
      bytes = await files.get(upload.storage_key);
    } catch (error) {
      await finish(db, now(), upload.id, 'failed', null, {
        code: 'file_missing',
        message: `The stored file could not be read: ${error instanceof Error ? error.message : String(error)}`,
        where: upload.storage_key,
      });
      return;
    }
    const report = detectCaptureFormat(bytes);
    if (hasErrors(report.issues)) {
      const first = report.issues.find((issue) => issue.severity === 'error');
      await finish(db, now(), upload.id, 'failed', report, {
        code: first?.code ?? 'analysis_failed',
        message: first?.message ?? 'Analysis failed.',
        where: first?.path ?? '',
      });
      return;
    }
    await finish(db, now(), upload.id, 'done', report, null);
  },
  { retryLimit: 2, retryDelaySeconds: 2 },
);

async function finish(
  db: Kysely<Database>,
  at: Date,
  id: string,
  status: 'done' | 'failed',
  result: unknown,
  error: { code: string; message: string; where: string } | null,
): Promise<void> {
  await db
    .updateTable('uploads')
    .set({
      status,
      result: result === null ? null : JSON.stringify(result),
      error: error === null ? null : JSON.stringify(error),
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

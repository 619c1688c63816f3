import { detectCaptureFormat, hasErrors } from '@groundup/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { FileStore } from '../files/file-store.js';

/** The job's payload. */
export interface AnalyseUploadData {
  readonly uploadId: string;
}

/**
 * The "analyse upload" job: reads the stored file, detects its capture format with core, and
 * records the result on the upload (`queued → running → done | failed`). It never throws for a
 * bad file: a file that is not a capture ends as `failed` with a coded error.
 *
 * @param deps - database and file store
 * @param data - which upload
 */
export async function analyseUpload(
  deps: { readonly db: Kysely<Database>; readonly files: FileStore },
  data: AnalyseUploadData,
): Promise<void> {
  const { db, files } = deps;
  const upload = await db
    .updateTable('uploads')
    .set({ status: 'running', updated_at: new Date() })
    .where('id', '=', data.uploadId)
    .returning(['id', 'storage_key'])
    .executeTakeFirst();
  if (upload === undefined) return; // deleted since it was queued: nothing to do
  let bytes: Buffer;
  try {
    bytes = await files.get(upload.storage_key);
  } catch (error) {
    await finish(db, upload.id, 'failed', null, {
      code: 'file_missing',
      message: `The stored file could not be read: ${error instanceof Error ? error.message : String(error)}`,
      where: upload.storage_key,
    });
    return;
  }
  const report = detectCaptureFormat(bytes);
  if (hasErrors(report.issues)) {
    const first = report.issues.find((issue) => issue.severity === 'error');
    await finish(db, upload.id, 'failed', report, {
      code: first?.code ?? 'analysis_failed',
      message: first?.message ?? 'Analysis failed.',
      where: first?.path ?? '',
    });
    return;
  }
  await finish(db, upload.id, 'done', report, null);
}

async function finish(
  db: Kysely<Database>,
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
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

import type PgBoss from 'pg-boss';
import type { DatabaseHandle } from '../db/database.js';
import type { FileStore } from '../files/file-store.js';
import { analyseUpload, type AnalyseUploadData } from './analyse-upload.js';

/** Queue names. */
export const JOB_ANALYSE_UPLOAD = 'analyse-upload';

/** How the API hands work to pg-boss, and how a process stops taking work. */
export interface JobQueue {
  /**
   * Queues the analysis of an upload.
   *
   * @returns the pg-boss job id
   */
  enqueueAnalyseUpload(data: AnalyseUploadData): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts pg-boss on the database (creating its schema on first start) and, when `work` is set,
 * registers the job handlers in this process.
 *
 * @param handle - the open database; pg-boss uses the same PGlite connection, or its own pool on PostgreSQL
 * @param files - where uploads are stored
 * @param options - `work`: take jobs in this process; `onError`: where pg-boss reports background errors
 * @returns the queue
 */
export async function startJobQueue(
  handle: DatabaseHandle,
  files: FileStore,
  options: { readonly work: boolean; readonly onError: (error: Error) => void },
): Promise<JobQueue> {
  const { default: PgBossClass } = await import('pg-boss');
  const boss: PgBoss = new PgBossClass({
    ...handle.boss,
    schema: 'pgboss',
    // PGlite has one connection: keep the background maintenance light.
    monitorStateIntervalSeconds: 60,
    maintenanceIntervalSeconds: 120,
  });
  boss.on('error', options.onError);
  await boss.start();
  await boss.createQueue(JOB_ANALYSE_UPLOAD, {
    name: JOB_ANALYSE_UPLOAD,
    retryLimit: 2,
    retryDelay: 5,
    expireInSeconds: 15 * 60,
  });
  if (options.work) {
    await boss.work<AnalyseUploadData>(
      JOB_ANALYSE_UPLOAD,
      { pollingIntervalSeconds: 0.5, batchSize: 1 },
      async (jobs) => {
        for (const job of jobs) await analyseUpload({ db: handle.db, files }, job.data);
      },
    );
  }
  return {
    async enqueueAnalyseUpload(data) {
      const id = await boss.send(JOB_ANALYSE_UPLOAD, data);
      if (id === null) throw new Error('pg-boss did not accept the job');
      return id;
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000, close: true });
    },
  };
}

import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Uploads get the analysis progress (0..1) and the detected format; `job_heartbeats` holds one row per running
 * job, touched every few seconds by its worker, so a job whose process died is found and retried within a minute.
 */
export const uploadProgressAndJobHeartbeats: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('uploads')
      .addColumn('progress', 'real', (c) => c.check(sql`progress >= 0 and progress <= 1`))
      .execute();
    await db.schema.alterTable('uploads').addColumn('format', 'text').execute();
    await db.schema
      .createTable('job_heartbeats')
      .addColumn('job_id', 'text', (c) => c.primaryKey())
      .addColumn('queue', 'text', (c) => c.notNull())
      .addColumn('worker', 'text', (c) => c.notNull())
      .addColumn('started_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('beat_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('job_heartbeats_beat_idx').on('job_heartbeats').column('beat_at').execute();
  },
};

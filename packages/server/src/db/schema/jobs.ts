import type { ColumnType } from 'kysely';

/** A timestamp the database sets (`now()`) and the heartbeat moves. */
type DatabaseTime = ColumnType<Date, Date | undefined, Date>;

/** One running job: its worker touches `beat_at` every few seconds; a stale row means the worker died. */
export interface JobHeartbeatTable {
  job_id: string;
  queue: string;
  /** `<host>:<pid>`, for the log. */
  worker: string;
  started_at: DatabaseTime;
  beat_at: DatabaseTime;
}

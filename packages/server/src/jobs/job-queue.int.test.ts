import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { databaseTargets, scratchDatabase, type ScratchDatabase } from '../../../../test-support/databases.js';
import { openPglite, openPostgres, type DatabaseHandle } from '../db/database.js';
import { migrateToLatest } from '../db/migrations.js';
import { DiskFileStorage } from '../files/disk-file-storage.js';
import { defineJob } from './define-job.js';
import { JobDataError, startJobQueue, type JobQueue } from './job-queue.js';

/** Waits until `check` holds, polling; fails after `timeoutMs`. */
async function eventually(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

for (const target of databaseTargets()) {
  describe.runIf(target.available)(`the job registry and queue on ${target.name}`, () => {
    let scratch: ScratchDatabase;
    let handle: DatabaseHandle;
    let queue: JobQueue;
    const seen: { value: number; attempt: number }[] = [];
    const failures = new Map<number, number>();
    const echo = defineJob(
      'test-echo',
      z.object({ value: z.number().int() }),
      async (data, context) => {
        // Values below zero fail their first run, to show the retry.
        if (data.value < 0 && (failures.get(data.value) ?? 0) === 0) {
          failures.set(data.value, 1);
          throw new Error('first run fails');
        }
        seen.push({ value: data.value, attempt: context.attempt });
        await Promise.resolve();
      },
      { retryDelaySeconds: 0 },
    );
    const givenUp: number[] = [];
    // A job that never ends, with no retries: when its worker dies it is given up.
    const lost = defineJob(
      'test-lost',
      z.object({ value: z.number().int() }),
      () => new Promise<void>(() => undefined),
      {
        retryLimit: 0,
        onGiveUp: (data) => {
          givenUp.push(data.value);
          return Promise.resolve();
        },
      },
    );

    beforeAll(async () => {
      scratch = await scratchDatabase(target);
      handle =
        scratch.config.databaseUrl === null
          ? await openPglite(scratch.config.dataDir)
          : await openPostgres(scratch.config.databaseUrl);
      await migrateToLatest(handle.db);
      queue = await startJobQueue(
        handle,
        {
          db: handle.db,
          files: new DiskFileStorage(scratch.dataDir),
          config: scratch.config,
          now: () => new Date(),
          log: () => undefined,
        },
        {
          work: true,
          concurrency: 2,
          soleProcess: target.name === 'pglite',
          onError: () => undefined,
          jobs: [echo, lost],
        },
      );
    });
    afterAll(async () => {
      await queue.stop();
      await handle.close();
      await scratch.dispose();
    });

    // The registry's types only know the registered jobs; the test job is queued through a looser view.
    const enqueue = (name: string, data: unknown, options?: Parameters<JobQueue['enqueue']>[2]) =>
      (queue.enqueue as (n: string, d: unknown, o?: typeof options) => Promise<string>)(name, data, options);

    it('runs a queued job with its checked payload, and retries a run that throws', async () => {
      await enqueue('test-echo', { value: 7 });
      await enqueue('test-echo', { value: -3 });
      await eventually(() => seen.some((s) => s.value === 7) && seen.some((s) => s.value === -3));
      expect(seen.find((s) => s.value === 7)?.attempt).toBe(1);
      expect(seen.find((s) => s.value === -3)?.attempt).toBe(2);
    });

    it('refuses a payload that does not match the schema, and a job nobody registered', async () => {
      await expect(enqueue('test-echo', { value: 'seven' })).rejects.toBeInstanceOf(JobDataError);
      await expect(enqueue('no-such-job', {})).rejects.toBeInstanceOf(JobDataError);
    });

    it('queues inside a transaction only when the transaction commits', async () => {
      await handle.db
        .transaction()
        .execute(async (trx) => {
          await enqueue('test-echo', { value: 1001 }, { transaction: trx });
          throw new Error('roll back');
        })
        .catch(() => undefined);
      await handle.db.transaction().execute(async (trx) => {
        await enqueue('test-echo', { value: 1002 }, { transaction: trx });
      });
      await eventually(() => seen.some((s) => s.value === 1002));
      // The rolled-back job had as long as the committed one, and more, to show up.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(seen.some((s) => s.value === 1001)).toBe(false);
    });

    it('retries a job whose worker died without a heartbeat, and gives it up when it has no retries left', async () => {
      // Another process takes two jobs and dies: pg-boss holds them `active`, and nobody beats for them.
      const { default: PgBoss } = await import('pg-boss');
      const dead = new PgBoss({ ...handle.boss, schema: 'pgboss', supervise: false, schedule: false, migrate: false });
      await dead.start();
      // Queued for later, so this process's workers leave them; the dying one takes them at once.
      await enqueue('test-echo', { value: 4242 }, { startAfterSeconds: 3 });
      await enqueue('test-lost', { value: 99 }, { startAfterSeconds: 3 });
      const taken = [
        ...(await dead.fetch('test-echo', { ignoreStartAfter: true })),
        ...(await dead.fetch('test-lost', { ignoreStartAfter: true })),
      ];
      await dead.stop({ graceful: false, wait: true, close: handle.kind === 'postgres' });
      expect(taken.length).toBe(2);
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(await queue.sweep(1)).toBe(2);
      await eventually(() => seen.some((s) => s.value === 4242));
      expect(seen.find((s) => s.value === 4242)?.attempt).toBe(2);
      await eventually(() => givenUp.includes(99));
      expect(await queue.sweep(1)).toBe(0);
    });

    it('will not define a job whose name is not kebab-case', () => {
      expect(() => defineJob('Bad Name', z.object({}), () => Promise.resolve())).toThrow(/kebab-case/);
    });
  });
}

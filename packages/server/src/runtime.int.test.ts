import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { databaseTargets, scratchDatabase } from '../../../test-support/databases.js';
import { configFromEnv } from './config.js';
import { openRuntime } from './runtime.js';
import { DEMO_LOGINS, DEMO_PATIENTS } from './seed/demo-seed.js';
import { StartupError } from './startup-error.js';

const quiet = { log: () => undefined };

for (const target of databaseTargets()) {
  describe.runIf(target.available)(`the runtime on ${target.name}`, () => {
    it('keeps the data across a restart, and seeds the demo data only once', async () => {
      const scratch = await scratchDatabase(target);
      try {
        const first = await openRuntime(scratch.config, { work: false, demo: true, ...quiet });
        expect(first.seeded).toBe(true);
        const clinic = await first.database.db
          .selectFrom('organizations')
          .select('id')
          .where('kind', '=', 'clinic')
          .executeTakeFirstOrThrow();
        await first.database.db
          .insertInto('patients')
          .values({ clinic_id: clinic.id, given_name: 'Kept', family_name: 'Across-Restart', sex: 'unknown' })
          .execute();
        await first.close();

        const second = await openRuntime(scratch.config, { work: false, demo: true, ...quiet });
        try {
          expect(second.seeded).toBe(false);
          const names = await second.database.db.selectFrom('patients').select('family_name').execute();
          expect(names.map((row) => row.family_name).sort()).toEqual(
            ['Across-Restart', ...DEMO_PATIENTS.map((p) => p.familyName)].sort(),
          );
          const users = await second.database.db
            .selectFrom('users')
            .select(sql<number>`count(*)`.as('n'))
            .executeTakeFirstOrThrow();
          expect(users.n).toBe(DEMO_LOGINS.length);
        } finally {
          await second.close();
        }
      } finally {
        await scratch.dispose();
      }
    });

    it('rolls back a failed transaction without losing what was stored before', async () => {
      const scratch = await scratchDatabase(target);
      const runtime = await openRuntime(scratch.config, { work: false, demo: true, ...quiet });
      try {
        const db = runtime.database.db;
        const before = await db.selectFrom('patients').selectAll().execute();
        await expect(
          db.transaction().execute(async (tx) => {
            await tx
              .insertInto('patients')
              .values({ clinic_id: before[0]!.clinic_id, given_name: 'Half', family_name: 'Written', sex: 'unknown' })
              .execute();
            throw new Error('fails midway');
          }),
        ).rejects.toThrow('fails midway');
        expect(await db.selectFrom('patients').selectAll().execute()).toEqual(before);
      } finally {
        await runtime.close();
        await scratch.dispose();
      }
    });
  });
}

describe('start-up failures', () => {
  it('refuses a data directory that is already open, with a one-line error, and frees it on close', async () => {
    const scratch = await scratchDatabase({ name: 'pglite', available: true });
    const first = await openRuntime(scratch.config, { work: false, demo: false, ...quiet });
    try {
      const error = await openRuntime(scratch.config, { work: false, demo: false, ...quiet }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StartupError);
      expect((error as StartupError).code).toBe('data_dir_locked');
      expect((error as StartupError).message).not.toContain('\n');
    } finally {
      await first.close();
    }
    // The lock was released: a new start works.
    const again = await openRuntime(scratch.config, { work: false, demo: false, ...quiet });
    await again.close();
    await scratch.dispose();
  });

  it('takes over a lock left by a process that is gone', async () => {
    const scratch = await scratchDatabase({ name: 'pglite', available: true });
    // pid 2^22 + 1 is above Linux's default pid_max, so no process has it.
    await writeFile(path.join(scratch.dataDir, 'groundup.lock'), JSON.stringify({ pid: 4194305 }));
    const runtime = await openRuntime(scratch.config, { work: false, demo: false, ...quiet });
    await runtime.close();
    await scratch.dispose();
  });

  it('reports an unreachable PostgreSQL as database_unreachable, without the password', async () => {
    const config = configFromEnv({ DATABASE_URL: 'postgres://someone:s3cret@127.0.0.1:1/nothing' }, '/tmp');
    const error = await openRuntime(config, { work: false, demo: false, ...quiet }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as StartupError).code).toBe('database_unreachable');
    expect((error as StartupError).message).toContain('127.0.0.1:1');
    expect((error as StartupError).message).not.toContain('s3cret');
  });
});

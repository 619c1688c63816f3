import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { scratchDatabase } from '../../../../test-support/databases.js';
import { openPglite } from './database.js';

describe('PGliteDialect', () => {
  it('keeps SQL from pg-boss out of a Kysely transaction that is in progress', async () => {
    const scratch = await scratchDatabase({ name: 'pglite', available: true });
    const handle = await openPglite(scratch.dataDir);
    try {
      if (!('db' in handle.boss)) throw new Error('PGlite hands pg-boss an adapter');
      const boss = handle.boss.db;
      await boss.executeSql('create table t (n int); insert into t values (1);', []);
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const transaction = handle.db.transaction().execute(async (tx) => {
        await sql`insert into t values (2)`.execute(tx);
        await held;
        throw new Error('roll back');
      });
      // While the transaction holds the connection, this waits instead of running inside it.
      const outside = boss.executeSql('insert into t values ($1)', [3]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      release();
      await expect(transaction).rejects.toThrow('roll back');
      await outside;
      const { rows } = await boss.executeSql('select n from t order by n', []);
      expect(rows).toEqual([{ n: 1 }, { n: 3 }]);
    } finally {
      await handle.close();
      await scratch.dispose();
    }
  });

  it('returns the rows of the last statement of a multi-statement script', async () => {
    const scratch = await scratchDatabase({ name: 'pglite', available: true });
    const handle = await openPglite(scratch.dataDir);
    try {
      if (!('db' in handle.boss)) throw new Error('PGlite hands pg-boss an adapter');
      const { rows } = await handle.boss.db.executeSql('select 1 as a; select 2 as b', []);
      expect(rows).toEqual([{ b: 2 }]);
      const typed = await sql<{
        d: string;
        n: number;
      }>`select date '2024-02-29' as d, 9007199254740991::int8 as n`.execute(handle.db);
      expect(typed.rows).toEqual([{ d: '2024-02-29', n: 9007199254740991 }]);
    } finally {
      await handle.close();
      await scratch.dispose();
    }
  });
});

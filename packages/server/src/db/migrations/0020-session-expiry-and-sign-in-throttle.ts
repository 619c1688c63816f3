import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Sessions get `last_seen_at` (idle expiry; existing sessions start at their `created_at`) and an
 * index on `expires_at` for pruning; failed sign-ins get a table (throttling per account and per
 * client address, and the "failed attempts since your last sign-in" notice); users get the count of
 * failed attempts before their latest sign-in, shown to them as a notice.
 */
export const sessionExpiryAndSignInThrottle: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('sessions')
      .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await sql`update sessions set last_seen_at = created_at`.execute(db);
    await db.schema.createIndex('sessions_expires_idx').on('sessions').column('expires_at').execute();
    await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();
    await db.schema
      .createTable('sign_in_failures')
      .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('ip', 'text')
      .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('sign_in_failures_email_idx').on('sign_in_failures').columns(['email', 'at']).execute();
    await db.schema.createIndex('sign_in_failures_ip_idx').on('sign_in_failures').columns(['ip', 'at']).execute();
    await db.schema
      .alterTable('users')
      .addColumn('failed_sign_ins_before_last', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
};

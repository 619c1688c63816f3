import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Organizations and people: organization settings, the labs a clinic orders from, users' active
 * flag and last sign-in, invitations, API tokens and the mail outbox.
 */
export const organizationsAndPeople: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('organizations')
      .addColumn('settings', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
      .execute();
    await db.schema
      .createTable('partner_labs')
      .addColumn('clinic_id', 'uuid', (c) => c.notNull().references('organizations.id'))
      .addColumn('lab_id', 'uuid', (c) => c.notNull().references('organizations.id'))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addPrimaryKeyConstraint('partner_labs_pk', ['clinic_id', 'lab_id'])
      .execute();
    await db.schema
      .alterTable('users')
      .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
      .execute();
    await db.schema.alterTable('users').addColumn('last_sign_in_at', 'timestamptz').execute();
    await db.schema.createIndex('users_organization_idx').on('users').column('organization_id').execute();
    await db.schema
      .createTable('invitations')
      .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
      .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('name', 'text')
      .addColumn('role', 'text', (c) =>
        c.notNull().check(sql`role in ('clinician', 'lab_technician', 'patient', 'admin')`),
      )
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('invited_by', 'uuid', (c) => c.references('users.id'))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
      .addColumn('accepted_at', 'timestamptz')
      .addColumn('revoked_at', 'timestamptz')
      .execute();
    await db.schema
      .createIndex('invitations_organization_idx')
      .on('invitations')
      .columns(['organization_id', 'created_at'])
      .execute();
    await db.schema
      .createTable('api_tokens')
      .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
      .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) =>
        c.notNull().check(sql`role in ('clinician', 'lab_technician', 'patient', 'admin')`),
      )
      .addColumn('prefix', 'text', (c) => c.notNull())
      .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('last_used_at', 'timestamptz')
      .addColumn('revoked_at', 'timestamptz')
      .execute();
    await db.schema
      .createIndex('api_tokens_organization_idx')
      .on('api_tokens')
      .columns(['organization_id', 'created_at'])
      .execute();
    await db.schema
      .createTable('outbox')
      .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
      .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
      .addColumn('to_address', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('sent_at', 'timestamptz')
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('last_error', 'text')
      .execute();
    await sql`create index outbox_pending_idx on outbox (created_at) where sent_at is null`.execute(db);
    await db.schema
      .createIndex('outbox_organization_idx')
      .on('outbox')
      .columns(['organization_id', 'created_at'])
      .execute();
  },
};

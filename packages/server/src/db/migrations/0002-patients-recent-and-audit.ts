import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Patients get `updated_at` (existing rows start at their `created_at`) with an index for
 * `sort=recent`; the audit log gets its table.
 */
export const patientsRecentAndAudit: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('patients')
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await sql`update patients set updated_at = created_at`.execute(db);
    await sql`create index patients_clinic_recent_idx on patients (clinic_id, updated_at desc, id)`.execute(db);
    await db.schema
      .createTable('audit_events')
      .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
      .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
      .addColumn('actor_user_id', 'uuid', (c) => c.references('users.id'))
      .addColumn('actor_token_id', 'uuid')
      .addColumn('actor_name', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('resource_type', 'text', (c) => c.notNull())
      .addColumn('resource_id', 'text')
      .addColumn('ip', 'text')
      .addColumn('user_agent', 'text')
      .execute();
    await sql`create index audit_events_org_at_idx on audit_events (organization_id, at desc, id desc)`.execute(db);
  },
};

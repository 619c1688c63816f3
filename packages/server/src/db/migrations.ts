import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { foundation } from './migrations/0001-foundation.js';
import { patientsRecentAndAudit } from './migrations/0002-patients-recent-and-audit.js';
import { organizationsAndPeople } from './migrations/0003-organizations-and-people.js';
import { invitationPatientAndOutboxClaims } from './migrations/0004-invitation-patient-and-outbox-claims.js';
import { uploadProgressAndJobHeartbeats } from './migrations/0030-upload-progress-and-job-heartbeats.js';

/**
 * The migrations, in order, one file each in `migrations/`. Append only: a migration that has
 * shipped is never edited. The same SQL runs on PGlite and PostgreSQL. Numbers 0002–0019 belong to
 * the modules work (organizations, people, audit); 0020 on to the other areas.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001_foundation': foundation,
  '0002_patients_recent_and_audit': patientsRecentAndAudit,
  '0003_organizations_and_people': organizationsAndPeople,
  '0004_invitation_patient_and_outbox_claims': invitationPatientAndOutboxClaims,
  '0030_upload_progress_and_job_heartbeats': uploadProgressAndJobHeartbeats,
};

class InCodeMigrationProvider implements MigrationProvider {
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve(MIGRATIONS);
  }
}

/**
 * Brings the schema up to date.
 *
 * @param db - an open database
 * @returns the names of the migrations that ran now
 * @throws Error when a migration fails (the database is left at the last good migration)
 */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new InCodeMigrationProvider() });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`, {
      cause: error,
    });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

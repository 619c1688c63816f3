import { type Kysely, type Migration } from 'kysely';

/**
 * A patient's invitation names the patient record the new account is linked to; outbox messages
 * record when a sender last claimed them, so two senders never send one message at once.
 */
export const invitationPatientAndOutboxClaims: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('invitations')
      .addColumn('patient_id', 'uuid', (c) => c.references('patients.id'))
      .execute();
    await db.schema.alterTable('outbox').addColumn('last_attempt_at', 'timestamptz').execute();
  },
};

import { sql, type Kysely } from 'kysely';
import type { Database, OutboxRow } from '../../db/schema.js';

/** A message to queue. */
export interface NewOutboxMessage {
  readonly id: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly now: Date;
}

/**
 * Queues a message (call it in the transaction of the change it reports).
 *
 * @param db - the transaction
 * @param organizationId - the organization it concerns (whose admins see it in the dev mailbox)
 * @param message - recipient, subject, text
 */
export async function insertOutboxMessage(
  db: Kysely<Database>,
  organizationId: string,
  message: NewOutboxMessage,
): Promise<void> {
  await db
    .insertInto('outbox')
    .values({
      id: message.id,
      organization_id: organizationId,
      to_address: message.to,
      subject: message.subject,
      text: message.text,
      created_at: message.now,
    })
    .execute();
}

/**
 * An organization's messages, newest first.
 *
 * @param db - database
 * @param organizationId - the caller's organization
 * @param limit - at most this many
 * @returns the rows
 */
export async function listOutboxMessages(
  db: Kysely<Database>,
  organizationId: string,
  limit: number,
): Promise<OutboxRow[]> {
  return db
    .selectFrom('outbox')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/**
 * Claims unsent messages for sending: each claim counts an attempt and holds the message for
 * `holdMs`, so a second sender (another process) skips it meanwhile.
 *
 * @param db - database
 * @param now - the current time
 * @param options - how many, how long a claim holds, and the most attempts before giving up
 * @returns the claimed rows
 */
export async function claimPendingMessages(
  db: Kysely<Database>,
  now: Date,
  options: { readonly limit: number; readonly holdMs: number; readonly maxAttempts: number },
): Promise<OutboxRow[]> {
  const staleBefore = new Date(now.getTime() - options.holdMs);
  return db
    .updateTable('outbox')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), last_attempt_at: now }))
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('outbox')
        .select('id')
        .where('sent_at', 'is', null)
        .where('attempts', '<', options.maxAttempts)
        .where((w) => w.or([w('last_attempt_at', 'is', null), w('last_attempt_at', '<', staleBefore)]))
        .orderBy('created_at')
        .limit(options.limit)
        .modifyEnd(sql`for update skip locked`),
    )
    .returningAll()
    .execute();
}

/**
 * Marks a message sent.
 *
 * @param db - database
 * @param id - the message
 * @param now - when
 */
export async function markMessageSent(db: Kysely<Database>, id: string, now: Date): Promise<void> {
  await db.updateTable('outbox').set({ sent_at: now, last_error: null }).where('id', '=', id).execute();
}

/**
 * Records why a send failed (it is tried again later, up to the attempt limit).
 *
 * @param db - database
 * @param id - the message
 * @param error - the transport's message
 */
export async function markMessageFailed(db: Kysely<Database>, id: string, error: string): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ last_error: error.slice(0, 1000) })
    .where('id', '=', id)
    .execute();
}

import type { Kysely } from 'kysely';
import nodemailer from 'nodemailer';
import type { Database } from '../../db/schema.js';
import { claimPendingMessages, markMessageFailed, markMessageSent } from './outbox-repository.js';

/** Sends one message; nodemailer's transport in production, any transport in tests. */
export interface MailTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

/** What {@link deliverOutbox} needs. */
export interface DeliverOutboxDeps {
  readonly db: Kysely<Database>;
  readonly now: () => Date;
  /** The sender address. */
  readonly mailFrom: string;
  readonly transport: MailTransport;
}

/** How many messages one run sends, how long a claim holds, and how often a message is tried. */
const BATCH = 20;
const CLAIM_HOLD_MS = 5 * 60_000;
const MAX_ATTEMPTS = 5;

/**
 * The SMTP transport for `GROUNDUP_SMTP_URL`.
 *
 * @param smtpUrl - `smtp://user:pass@host:port` or `smtps://…`
 * @returns a nodemailer transport
 */
export function smtpTransport(smtpUrl: string): MailTransport {
  return nodemailer.createTransport(smtpUrl);
}

/**
 * Sends pending outbox mail: claims a batch, sends each, marks it sent, or records the error to
 * try again later (at most five attempts).
 *
 * @param deps - database, clock, sender and transport
 * @returns how many were sent and how many failed this run
 */
export async function deliverOutbox(deps: DeliverOutboxDeps): Promise<{ sent: number; failed: number }> {
  const messages = await claimPendingMessages(deps.db, deps.now(), {
    limit: BATCH,
    holdMs: CLAIM_HOLD_MS,
    maxAttempts: MAX_ATTEMPTS,
  });
  let sent = 0;
  let failed = 0;
  for (const message of messages) {
    try {
      await deps.transport.sendMail({
        from: deps.mailFrom,
        to: message.to_address,
        subject: message.subject,
        text: message.text,
      });
      await markMessageSent(deps.db, message.id, deps.now());
      sent += 1;
    } catch (error) {
      await markMessageFailed(deps.db, message.id, error instanceof Error ? error.message : String(error));
      failed += 1;
    }
  }
  return { sent, failed };
}

import { z } from 'zod';
import { deliverOutbox, smtpTransport } from '../../modules/mailbox/deliver-outbox.js';
import { defineJob } from '../define-job.js';

/**
 * The "deliver outbox" job: sends pending mail through `GROUNDUP_SMTP_URL`. Queued in the same
 * transaction as every outbox message, and once at start for anything left over. Without SMTP it
 * does nothing: the mail stays in the development mailbox. A run where a message failed throws,
 * so the queue tries again later (the message itself stops after five attempts).
 */
export const deliverOutboxJob = defineJob(
  'deliver-outbox',
  z.object({}),
  async (_data, { deps }) => {
    if (deps.config.smtpUrl === null) return;
    const result = await deliverOutbox({
      db: deps.db,
      now: deps.now,
      mailFrom: deps.config.mailFrom,
      transport: smtpTransport(deps.config.smtpUrl),
    });
    if (result.failed > 0) throw new Error(`${result.failed} message(s) could not be sent; retrying later`);
  },
  { retryLimit: 4, retryDelaySeconds: 60, expireInSeconds: 5 * 60, maxConcurrency: 1, pollingIntervalSeconds: 2 },
);

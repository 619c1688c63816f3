import type { Actor } from '../../auth/actor.js';
import { authorize, ownOrganization } from '../../auth/policy.js';
import type { ServiceDeps } from '../../deps.js';
import { ServiceError } from '../../service-error.js';
import { listOutboxMessages } from './outbox-repository.js';

/** A message as the development mailbox shows it. */
export interface MailJson {
  readonly id: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly createdAt: string;
  readonly sentAt: string | null;
}

/** The development mailbox: an admin reads the organization's mail when no SMTP server is set. */
export interface MailboxService {
  list(actor: Actor): Promise<MailJson[]>;
}

/**
 * Builds the mailbox service.
 *
 * @param deps - database, and whether SMTP is configured (then the mailbox is off: mail really goes out)
 * @returns the service
 */
export function createMailboxService(deps: ServiceDeps & { readonly smtpConfigured: boolean }): MailboxService {
  return {
    async list(actor) {
      authorize(actor, 'mailbox.list', ownOrganization(actor));
      if (deps.smtpConfigured) {
        throw new ServiceError(
          'not_found',
          'mailbox_disabled',
          'Mail is sent through SMTP here (GROUNDUP_SMTP_URL); there is no development mailbox.',
        );
      }
      const rows = await listOutboxMessages(deps.db, actor.organizationId, 200);
      return rows.map((row) => ({
        id: row.id,
        to: row.to_address,
        subject: row.subject,
        text: row.text,
        createdAt: row.created_at.toISOString(),
        sentAt: row.sent_at?.toISOString() ?? null,
      }));
    },
  };
}

import { randomBytes } from 'node:crypto';
import type { Actor } from '../../auth/actor.js';
import { INVITABLE_ROLES } from '../../auth/organization-roles.js';
import { hashPassword } from '../../auth/password.js';
import { authorize, authorizeFound, ownOrganization } from '../../auth/policy.js';
import { secretHash } from '../../auth/sessions.js';
import { recordAudit } from '../../audit/record-audit.js';
import type { Role } from '../../db/schema.js';
import type { ServiceDeps } from '../../deps.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import { ServiceError } from '../../service-error.js';
import { insertOutboxMessage } from '../mailbox/outbox-repository.js';
import { findOrganization } from '../organizations/organizations-repository.js';
import { findPatient } from '../patients/patients-repository.js';
import { emailTaken, insertUser } from '../users/users-repository.js';
import {
  findInvitation,
  findInvitationByTokenHash,
  insertInvitation,
  linkPatientAccount,
  listInvitations,
  markInvitationAccepted,
  revokeOpenInvitations,
  type InvitationByToken,
  type InvitationView,
} from './invitations-repository.js';

/** How long an invitation link works. */
export const INVITATION_DAYS = 7;
/** The shortest password an invited user may choose. */
export const PASSWORD_MIN = 10;

/** An invitation as the API returns it. */
export interface InvitationJson {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly expiresAt: string;
  readonly acceptedAt: string | null;
  readonly revokedAt: string | null;
  readonly createdAt: string;
  readonly invitedBy: string | null;
}

/** What an admin fills in to invite someone. */
export interface InvitationInput {
  readonly email: string;
  readonly role: Role;
  readonly name?: string | undefined;
  /** For a patient: the record their account will be linked to. */
  readonly patientId?: string | undefined;
}

/** What the accept page shows before the invitee sets a password. */
export interface InvitationLookup {
  readonly email: string;
  readonly role: Role;
  readonly organizationName: string;
  readonly expiresAt: string;
}

/** Invitations by emailed link: created by an admin, accepted once, within seven days. */
export interface InvitationsService {
  list(actor: Actor): Promise<InvitationJson[]>;
  /**
   * Invites someone; the email with the link goes to the outbox in the same transaction.
   *
   * @param linkBase - where the app is reached, e.g. `https://groundup.example.org`
   */
  create(actor: Actor, input: InvitationInput, linkBase: string): Promise<InvitationJson>;
  revoke(actor: Actor, id: string): Promise<void>;
  lookup(token: string): Promise<InvitationLookup>;
  /** Creates the account (linked to the patient record for a patient) and returns who it is. */
  accept(
    input: { token: string; name: string; password: string },
    client: { readonly ip: string | null; readonly userAgent: string | null },
  ): Promise<{ organizationId: string; userId: string }>;
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function invitationJson(view: InvitationView): InvitationJson {
  return {
    ...view,
    expiresAt: view.expiresAt.toISOString(),
    acceptedAt: view.acceptedAt?.toISOString() ?? null,
    revokedAt: view.revokedAt?.toISOString() ?? null,
    createdAt: view.createdAt.toISOString(),
  };
}

/** 404 for an unknown token, 410 for one that was used, revoked or has expired. */
function assertOpen(found: InvitationByToken | undefined, now: Date): InvitationByToken {
  if (found === undefined) {
    throw new ServiceError('not_found', 'invitation_not_found', 'This invitation link is not valid.', {
      where: 'token',
    });
  }
  const { invitation } = found;
  if (invitation.accepted_at !== null) {
    throw new ServiceError('gone', 'invitation_used', 'This invitation has already been accepted; sign in instead.', {
      where: 'token',
    });
  }
  if (invitation.revoked_at !== null) {
    throw new ServiceError(
      'gone',
      'invitation_revoked',
      'This invitation was withdrawn; ask your admin for a new one.',
      {
        where: 'token',
      },
    );
  }
  if (invitation.expires_at.getTime() <= now.getTime()) {
    throw new ServiceError('gone', 'invitation_expired', 'This invitation has expired; ask your admin for a new one.', {
      where: 'token',
    });
  }
  return found;
}

/**
 * Builds the invitations service.
 *
 * @param deps - database, clock, ids, and the queue that sends the mail
 * @returns the service
 */
export function createInvitationsService(
  deps: ServiceDeps & { readonly jobs: Pick<JobQueue, 'enqueue'> },
): InvitationsService {
  return {
    async list(actor) {
      authorize(actor, 'invitation.list', ownOrganization(actor));
      return (await listInvitations(deps.db, actor.organizationId)).map(invitationJson);
    },

    create(actor, input, linkBase) {
      return deps.db.transaction().execute(async (tx) => {
        authorize(actor, 'invitation.create', ownOrganization(actor));
        const allowed = INVITABLE_ROLES[actor.organizationKind];
        if (!allowed.includes(input.role)) {
          throw new ServiceError(
            'invalid',
            'invalid_role',
            `A ${actor.organizationKind} can invite a ${allowed.join(', ').replace(/_/g, ' ')}.`,
            { where: 'body.role' },
          );
        }
        const email = input.email.trim().toLowerCase();
        if (!EMAIL_PATTERN.test(email)) {
          throw new ServiceError('invalid', 'invalid_email', 'That is not an email address.', { where: 'body.email' });
        }
        if (await emailTaken(tx, email)) {
          throw new ServiceError('conflict', 'email_taken', 'Someone already signs in with this email.', {
            where: 'body.email',
          });
        }
        let patientId: string | null = null;
        if (input.role === 'patient') {
          if (input.patientId === undefined) {
            throw new ServiceError('invalid', 'patient_required', "A patient's invitation names their record.", {
              where: 'body.patientId',
            });
          }
          const patient = await findPatient(tx, actor.organizationId, input.patientId);
          if (patient === undefined) {
            throw new ServiceError('not_found', 'not_found', 'No such patient.', { where: 'body.patientId' });
          }
          if (patient.user_id !== null) {
            throw new ServiceError('conflict', 'patient_has_account', 'This patient already has an account.', {
              where: 'body.patientId',
            });
          }
          patientId = patient.id;
        }
        const now = deps.now();
        await revokeOpenInvitations(tx, actor.organizationId, { email }, now);
        const token = randomBytes(32).toString('base64url');
        const id = deps.newId();
        const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 24 * 3600_000);
        const name = input.name?.trim();
        await insertInvitation(tx, actor.organizationId, {
          id,
          email,
          name: name === undefined || name === '' ? null : name,
          role: input.role,
          patientId,
          tokenHash: secretHash(token),
          invitedBy: actor.userId,
          now,
          expiresAt,
        });
        const organization = await findOrganization(tx, actor.organizationId);
        const link = `${linkBase.replace(/\/+$/, '')}/invitations/accept?token=${token}`;
        await insertOutboxMessage(tx, actor.organizationId, {
          id: deps.newId(),
          to: email,
          subject: `You are invited to ${organization?.name ?? 'an organization'} on groundup`,
          text: [
            `Hello${name === undefined || name === '' ? '' : ` ${name}`},`,
            '',
            `${actor.name} invites you to join ${organization?.name ?? 'their organization'} on groundup as ${input.role.replace('_', ' ')}.`,
            `Set your password here (the link works until ${expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC):`,
            '',
            link,
            '',
            'If you did not expect this, ignore this email.',
          ].join('\n'),
          now,
        });
        await deps.jobs.enqueue('deliver-outbox', {}, { transaction: tx });
        await recordAudit(tx, deps, actor, { action: 'invitation.create', resourceType: 'invitation', resourceId: id });
        const view = await findInvitation(tx, actor.organizationId, id);
        if (view === undefined) throw new Error('an invitation just stored could not be read back');
        return invitationJson(view);
      });
    },

    revoke(actor, id) {
      return deps.db.transaction().execute(async (tx) => {
        const found = await findInvitation(tx, actor.organizationId, id);
        authorizeFound(actor, 'invitation.revoke', found, () => ownOrganization(actor), 'invitation');
        await revokeOpenInvitations(tx, actor.organizationId, { id }, deps.now());
        await recordAudit(tx, deps, actor, { action: 'invitation.revoke', resourceType: 'invitation', resourceId: id });
      });
    },

    async lookup(token) {
      const found = assertOpen(await findInvitationByTokenHash(deps.db, secretHash(token)), deps.now());
      return {
        email: found.invitation.email,
        role: found.invitation.role,
        organizationName: found.organizationName,
        expiresAt: found.invitation.expires_at.toISOString(),
      };
    },

    async accept(input, client) {
      const name = input.name.trim();
      if (name === '') throw new ServiceError('invalid', 'invalid_request', 'Enter your name.', { where: 'body.name' });
      if (input.password.length < PASSWORD_MIN) {
        throw new ServiceError(
          'invalid',
          'password_too_short',
          `Choose a password of at least ${PASSWORD_MIN} characters.`,
          {
            where: 'body.password',
          },
        );
      }
      // Checked before the (slow) hash, and again inside the transaction.
      assertOpen(await findInvitationByTokenHash(deps.db, secretHash(input.token)), deps.now());
      const passwordHash = await hashPassword(input.password);
      return deps.db.transaction().execute(async (tx) => {
        const now = deps.now();
        const { invitation, organizationKind } = assertOpen(
          await findInvitationByTokenHash(tx, secretHash(input.token)),
          now,
        );
        if (await emailTaken(tx, invitation.email)) {
          throw new ServiceError('conflict', 'email_taken', 'Someone already signs in with this email.', {
            where: 'token',
          });
        }
        if (!(await markInvitationAccepted(tx, invitation.id, now))) {
          throw new ServiceError(
            'gone',
            'invitation_used',
            'This invitation has already been accepted; sign in instead.',
            {
              where: 'token',
            },
          );
        }
        const userId = deps.newId();
        await insertUser(tx, invitation.organization_id, {
          id: userId,
          email: invitation.email,
          name,
          role: invitation.role,
          passwordHash,
          now,
        });
        if (invitation.patient_id !== null) {
          const linked = await linkPatientAccount(tx, invitation.organization_id, invitation.patient_id, userId, now);
          if (!linked) {
            throw new ServiceError('conflict', 'patient_has_account', 'This patient record already has an account.', {
              where: 'token',
            });
          }
        }
        await recordAudit(
          tx,
          deps,
          {
            via: 'session',
            userId,
            tokenId: null,
            name,
            role: invitation.role,
            organizationId: invitation.organization_id,
            organizationKind,
            patientId: invitation.patient_id,
            ip: client.ip,
            userAgent: client.userAgent,
          },
          { action: 'user.invitation_accepted', resourceType: 'invitation', resourceId: invitation.id },
        );
        return { organizationId: invitation.organization_id, userId };
      });
    },
  };
}

import type { Invitation } from '../../api/types.js';

/** Where an invitation stands. */
export type InvitationState = 'pending' | 'accepted' | 'revoked' | 'expired';

/**
 * Where an invitation stands at a given time.
 *
 * @param invitation - as listed
 * @param now - the time to judge expiry by
 * @returns accepted, revoked, expired or pending
 */
export function invitationState(
  invitation: Pick<Invitation, 'acceptedAt' | 'revokedAt' | 'expiresAt'>,
  now: Date,
): InvitationState {
  if (invitation.acceptedAt !== null) return 'accepted';
  if (invitation.revokedAt !== null) return 'revoked';
  if (new Date(invitation.expiresAt).getTime() <= now.getTime()) return 'expired';
  return 'pending';
}

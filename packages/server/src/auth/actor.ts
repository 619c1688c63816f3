import type { OrganizationKind, Role } from '../db/schema.js';

/**
 * Who is making a request: a signed-in user (session cookie) or an API token. Services take it as
 * their first argument and pass it to `authorize`; audit entries record it.
 */
export interface Actor {
  /** How the actor proved who they are. */
  readonly via: 'session' | 'token';
  /** The user (session), or null for an API token, which acts in its own name. */
  readonly userId: string | null;
  /** The API token, or null for a session. */
  readonly tokenId: string | null;
  /** For people: the user's name, or `API token "<name>"`. */
  readonly name: string;
  readonly role: Role;
  readonly organizationId: string;
  readonly organizationKind: OrganizationKind;
  /** For a patient user: their own patient record. */
  readonly patientId: string | null;
  /** Where the request came from (for the audit log); null when unknown. */
  readonly ip: string | null;
  readonly userAgent: string | null;
}

import type { OrganizationKind, Role } from '../db/schema.js';
import { ServiceError } from '../service-error.js';
import type { Actor } from './actor.js';

/** Everything a service may ask permission for. */
export type Action =
  | 'organization.read'
  | 'organization.update'
  | 'partnerLab.list'
  | 'partnerLab.manage'
  | 'lab.list'
  | 'user.list'
  | 'user.update'
  | 'invitation.list'
  | 'invitation.create'
  | 'invitation.revoke'
  | 'token.list'
  | 'token.create'
  | 'token.revoke'
  | 'audit.list'
  | 'mailbox.list'
  | 'patient.list'
  | 'patient.create'
  | 'patient.read'
  | 'patient.readOwn'
  | 'patient.update'
  | 'capture.list'
  | 'capture.create'
  | 'capture.read'
  | 'capture.download'
  | 'order.read';

/** What an action is done to, with just the ids the relationships need. */
export type Resource =
  | { readonly type: 'organization'; readonly organizationId: string }
  | {
      readonly type: 'patient';
      readonly patientId: string;
      readonly clinicId: string;
      /** The patient's own account, if any. */
      readonly accountUserId: string | null;
    }
  | { readonly type: 'order'; readonly clinicId: string; readonly labId: string };

/**
 * How the actor must stand to the resource:
 * - `own_organization`: the resource is the actor's organization (or in it);
 * - `clinic_of_patient`: the patient is a patient of the actor's clinic;
 * - `own_patient_record`: the patient record is the actor's own;
 * - `clinic_of_order` / `lab_of_order`: the order was placed by / sent to the actor's organization.
 */
export type Relationship =
  'own_organization' | 'clinic_of_patient' | 'own_patient_record' | 'clinic_of_order' | 'lab_of_order';

/** One rule: these roles, in organizations of these kinds, may take the action where the relationship holds. */
export interface PolicyRule {
  readonly action: Action;
  readonly roles: readonly Role[];
  readonly organizationKinds: readonly OrganizationKind[];
  readonly relationship: Relationship;
}

const STAFF: readonly Role[] = ['clinician', 'admin'];
const ANYONE: readonly Role[] = ['clinician', 'lab_technician', 'patient', 'admin'];
const ADMIN: readonly Role[] = ['admin'];
const CLINIC: readonly OrganizationKind[] = ['clinic'];
const LAB: readonly OrganizationKind[] = ['lab'];
const ANY_ORG: readonly OrganizationKind[] = ['clinic', 'lab'];

function rule(
  action: Action,
  roles: readonly Role[],
  organizationKinds: readonly OrganizationKind[],
  relationship: Relationship,
): PolicyRule {
  return { action, roles, organizationKinds, relationship };
}

/**
 * THE policy: role × action × relationship, one table. An action not listed for a role is
 * forbidden (403); a listed action on a resource whose relationship does not hold is not found
 * (404), so another organization's ids do not leak. docs/organizations-and-access.md prints it.
 */
export const POLICY: readonly PolicyRule[] = [
  rule('organization.read', ANYONE, ANY_ORG, 'own_organization'),
  rule('organization.update', ADMIN, ANY_ORG, 'own_organization'),
  rule('partnerLab.list', STAFF, CLINIC, 'own_organization'),
  rule('partnerLab.manage', ADMIN, CLINIC, 'own_organization'),
  rule('lab.list', ADMIN, CLINIC, 'own_organization'),
  rule('user.list', ADMIN, ANY_ORG, 'own_organization'),
  rule('user.update', ADMIN, ANY_ORG, 'own_organization'),
  rule('invitation.list', ADMIN, ANY_ORG, 'own_organization'),
  rule('invitation.create', ADMIN, ANY_ORG, 'own_organization'),
  rule('invitation.revoke', ADMIN, ANY_ORG, 'own_organization'),
  rule('token.list', ADMIN, ANY_ORG, 'own_organization'),
  rule('token.create', ADMIN, ANY_ORG, 'own_organization'),
  rule('token.revoke', ADMIN, ANY_ORG, 'own_organization'),
  rule('audit.list', ADMIN, ANY_ORG, 'own_organization'),
  rule('mailbox.list', ADMIN, ANY_ORG, 'own_organization'),
  rule('patient.list', STAFF, CLINIC, 'own_organization'),
  rule('patient.create', STAFF, CLINIC, 'own_organization'),
  rule('patient.read', STAFF, CLINIC, 'clinic_of_patient'),
  rule('patient.read', ['patient'], CLINIC, 'own_patient_record'),
  rule('patient.readOwn', ['patient'], CLINIC, 'own_patient_record'),
  rule('patient.update', STAFF, CLINIC, 'clinic_of_patient'),
  rule('capture.list', STAFF, CLINIC, 'clinic_of_patient'),
  rule('capture.create', STAFF, CLINIC, 'clinic_of_patient'),
  rule('capture.read', STAFF, CLINIC, 'clinic_of_patient'),
  rule('capture.download', STAFF, CLINIC, 'clinic_of_patient'),
  rule('order.read', STAFF, CLINIC, 'clinic_of_order'),
  rule('order.read', ['lab_technician', 'admin'], LAB, 'lab_of_order'),
];

/** The rules that could let this actor take this action, whatever the resource. */
function rulesFor(actor: Actor, action: Action): PolicyRule[] {
  return POLICY.filter(
    (r) => r.action === action && r.roles.includes(actor.role) && r.organizationKinds.includes(actor.organizationKind),
  );
}

function holds(relationship: Relationship, actor: Actor, resource: Resource): boolean {
  switch (relationship) {
    case 'own_organization':
      return resource.type === 'organization' && resource.organizationId === actor.organizationId;
    case 'clinic_of_patient':
      return resource.type === 'patient' && resource.clinicId === actor.organizationId;
    case 'own_patient_record':
      return (
        resource.type === 'patient' &&
        resource.clinicId === actor.organizationId &&
        actor.userId !== null &&
        resource.accountUserId === actor.userId
      );
    case 'clinic_of_order':
      return resource.type === 'order' && resource.clinicId === actor.organizationId;
    case 'lab_of_order':
      return resource.type === 'order' && resource.labId === actor.organizationId;
  }
}

/**
 * Whether the actor's role may ever take the action (in some organization kind, on some resource).
 *
 * @param actor - who asks
 * @param action - what for
 * @returns true when a rule names the actor's role and organization kind
 */
export function mayEver(actor: Actor, action: Action): boolean {
  return rulesFor(actor, action).length > 0;
}

/**
 * The one permission check every service makes. The role is checked first (403 `forbidden` when no
 * rule lets this role take the action at all); then the resource: missing (undefined, as a
 * repository scoped to the actor's organization returns for another's) or with no rule whose
 * relationship holds is 404 `not_found`.
 *
 * @param actor - who asks
 * @param action - what for
 * @param resource - what to; undefined when the scoped lookup found nothing
 * @param what - the resource's name in a 404 message, e.g. `patient`
 * @throws ServiceError forbidden or not_found
 */
export function authorize(actor: Actor, action: Action, resource: Resource | undefined, what = 'resource'): void {
  const rules = rulesFor(actor, action);
  if (rules.length === 0) {
    throw new ServiceError(
      'forbidden',
      'forbidden',
      `A ${actor.role.replace('_', ' ')} of a ${actor.organizationKind} may not do this (${action}).`,
    );
  }
  if (resource === undefined || !rules.some((r) => holds(r.relationship, actor, resource))) {
    throw new ServiceError('not_found', 'not_found', `No such ${what}.`, { where: 'path.id' });
  }
}

/**
 * The resource for actions on the actor's own organization (lists, settings, people).
 *
 * @param actor - who asks
 * @returns `{type: 'organization', organizationId: actor.organizationId}`
 */
export function ownOrganization(actor: Actor): Resource {
  return { type: 'organization', organizationId: actor.organizationId };
}

/**
 * {@link authorize} for a row a scoped repository looked up: checks it and hands it back.
 *
 * @param actor - who asks
 * @param action - what for
 * @param found - the row, or undefined when the lookup found none
 * @param resourceOf - the row as the policy sees it
 * @param what - the resource's name in a 404 message
 * @returns the row, when allowed
 * @throws ServiceError forbidden or not_found
 */
export function authorizeFound<T>(
  actor: Actor,
  action: Action,
  found: T | undefined,
  resourceOf: (row: T) => Resource,
  what: string,
): T {
  authorize(actor, action, found === undefined ? undefined : resourceOf(found), what);
  if (found === undefined) throw new ServiceError('not_found', 'not_found', `No such ${what}.`, { where: 'path.id' });
  return found;
}

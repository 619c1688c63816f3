import type { OrganizationKind, Role } from '../db/schema.js';

/** The roles a staff member (or API token) can have in each kind of organization. */
export const STAFF_ROLES: Readonly<Record<OrganizationKind, readonly Role[]>> = {
  clinic: ['clinician', 'admin'],
  lab: ['lab_technician', 'admin'],
};

/** The roles an invitation can give in each kind of organization (a clinic also invites its patients). */
export const INVITABLE_ROLES: Readonly<Record<OrganizationKind, readonly Role[]>> = {
  clinic: ['clinician', 'admin', 'patient'],
  lab: ['lab_technician', 'admin'],
};

import type { User } from '../api/types.js';

/**
 * Whether the user works with a clinic's patient records (a clinic's clinicians and its admin).
 *
 * @param user - the signed-in user
 * @returns true for clinic staff
 */
export function isClinicStaff(user: Pick<User, 'role' | 'organizationKind'>): boolean {
  return user.organizationKind === 'clinic' && (user.role === 'clinician' || user.role === 'admin');
}

/**
 * Whether the user administers their organization.
 *
 * @param user - the signed-in user
 * @returns true for an admin of a clinic or a lab
 */
export function isAdmin(user: Pick<User, 'role'>): boolean {
  return user.role === 'admin';
}

/**
 * The user's role as people say it: an admin is a clinic admin or a lab admin.
 *
 * @param user - the user
 * @returns e.g. "Clinician", "Lab admin"
 */
export function roleLabel(user: Pick<User, 'role' | 'organizationKind'>): string {
  switch (user.role) {
    case 'clinician':
      return 'Clinician';
    case 'lab_technician':
      return 'Lab technician';
    case 'patient':
      return 'Patient';
    case 'admin':
      return user.organizationKind === 'lab' ? 'Lab admin' : 'Clinic admin';
  }
}

/**
 * A role's name as people say it, without the organization.
 *
 * @param role - as the API names it
 * @returns e.g. "Lab technician"
 */
export function roleName(role: User['role']): string {
  return { clinician: 'Clinician', lab_technician: 'Lab technician', patient: 'Patient', admin: 'Admin' }[role];
}

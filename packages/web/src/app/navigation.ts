import type { User } from '../api/types.js';
import { isAdmin, isClinicStaff } from './access.js';

/** The paths the navigation links to. */
export type NavigationPath =
  '/' | '/patients' | '/admin/organization' | '/admin/users' | '/admin/tokens' | '/admin/audit' | '/admin/mailbox';

/** One link of the app shell's navigation. */
export interface NavigationItem {
  readonly to: NavigationPath;
  readonly label: string;
  readonly icon: 'home' | 'queue' | 'record' | 'patients' | 'organization' | 'users' | 'tokens' | 'audit' | 'mailbox';
  /** The section it is listed under. */
  readonly section: 'work' | 'admin';
}

/**
 * The navigation a user sees, by role and organization kind: a clinic's staff work with patients,
 * a lab's with the order queue, a patient with their own record, and admins also run the organization.
 *
 * @param user - the signed-in user
 * @returns the links, in order
 */
export function navigationFor(user: Pick<User, 'role' | 'organizationKind'>): readonly NavigationItem[] {
  const items: NavigationItem[] = [];
  if (user.role === 'patient') {
    items.push({ to: '/', label: 'My record', icon: 'record', section: 'work' });
    return items;
  }
  if (user.organizationKind === 'lab') items.push({ to: '/', label: 'Order queue', icon: 'queue', section: 'work' });
  else items.push({ to: '/', label: isAdmin(user) ? 'Overview' : 'Home', icon: 'home', section: 'work' });
  if (isClinicStaff(user)) items.push({ to: '/patients', label: 'Patients', icon: 'patients', section: 'work' });
  if (isAdmin(user)) {
    items.push(
      { to: '/admin/organization', label: 'Organization', icon: 'organization', section: 'admin' },
      { to: '/admin/users', label: 'Users & invitations', icon: 'users', section: 'admin' },
      { to: '/admin/tokens', label: 'API tokens', icon: 'tokens', section: 'admin' },
      { to: '/admin/audit', label: 'Audit log', icon: 'audit', section: 'admin' },
      { to: '/admin/mailbox', label: 'Mailbox', icon: 'mailbox', section: 'admin' },
    );
  }
  return items;
}

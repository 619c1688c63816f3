import type { User } from '../api/types.js';

/**
 * A user as the API returns them, for component tests.
 *
 * @param overrides - the fields that matter to the test
 * @returns the user
 */
export function aUser(overrides: Partial<User> = {}): User {
  return {
    id: 'u-clinician',
    email: 'clinician@north.demo.groundup.test',
    name: 'Casey Clinician',
    role: 'clinician',
    organizationId: 'org-north',
    organizationName: 'Northside Foot Clinic',
    organizationKind: 'clinic',
    active: true,
    patientId: null,
    lastSignInAt: '2026-12-01T09:00:00.000Z',
    ...overrides,
  };
}

/** The demo clinic's admin. */
export const CLINIC_ADMIN = aUser({
  id: 'u-admin',
  email: 'admin@north.demo.groundup.test',
  name: 'Avery Admin',
  role: 'admin',
});

/** The demo lab's technician. */
export const LAB_TECHNICIAN = aUser({
  id: 'u-tech',
  email: 'technician@lab.demo.groundup.test',
  name: 'Taylor Technician',
  role: 'lab_technician',
  organizationId: 'org-lab',
  organizationName: 'Demo Orthotic Lab',
  organizationKind: 'lab',
});

/** The demo lab's admin. */
export const LAB_ADMIN = aUser({
  id: 'u-lab-admin',
  email: 'admin@lab.demo.groundup.test',
  name: 'Lee Lab-Admin',
  role: 'admin',
  organizationId: 'org-lab',
  organizationName: 'Demo Orthotic Lab',
  organizationKind: 'lab',
});

/** The demo patient with an account. */
export const PATIENT = aUser({
  id: 'u-patient',
  email: 'patient@north.demo.groundup.test',
  name: 'Alex Demo',
  role: 'patient',
  patientId: 'p-alex',
});

import { useCurrentUser } from '../api/queries/auth.js';
import { OrganizationOverview } from '../features/admin/OrganizationOverview.js';
import { LabHome } from '../features/lab/LabHome.js';
import { ClinicianHome } from '../features/patients/ClinicianHome.js';
import { PatientHome } from '../features/portal/PatientHome.js';

/**
 * The start page, by role: a clinician's recent patients, a lab's order queue, a patient's own
 * record, a clinic admin's organization overview.
 *
 * @returns the user's start page
 */
export function HomePage() {
  const user = useCurrentUser();
  if (user.role === 'patient') return <PatientHome />;
  if (user.organizationKind === 'lab') return <LabHome />;
  if (user.role === 'admin') return <OrganizationOverview />;
  return <ClinicianHome />;
}

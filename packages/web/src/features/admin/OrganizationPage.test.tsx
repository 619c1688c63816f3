// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Organization } from '../../api/types.js';
import { CLINIC_ADMIN, LAB_ADMIN } from '../../testing/fixtures.js';
import { findPageHeading, renderApp } from '../../testing/render-app.js';
import type { StubRoutes } from '../../testing/api-stub.js';

function clinic(): Organization {
  return {
    id: 'org-north',
    kind: 'clinic',
    name: 'Northside Foot Clinic',
    createdAt: '2026-01-01T00:00:00.000Z',
    settings: { address: '1 High Street', phone: '+44 20 7946 0000' },
  };
}

/** A clinic with one partner lab out of two on groundup; the stub keeps the changes. */
function clinicRoutes(organization = clinic()): StubRoutes {
  const labs = [
    { id: 'lab-1', name: 'Demo Orthotic Lab' },
    { id: 'lab-2', name: 'Second Lab' },
  ];
  let partners = [labs[0]!];
  return {
    '/api/organization': {
      get: () => ({ body: { organization } }),
      patch: ({ body }) => {
        const changes = body as { name?: string; address?: string; phone?: string; email?: string };
        if (changes.email === 'taken@example.test')
          return {
            status: 400,
            error: {
              code: 'invalid_request',
              message: 'The request has invalid fields.',
              issues: [{ severity: 'error', code: 'invalid', path: 'body.email', message: 'This address bounces.' }],
            },
          };
        const { name = organization.name, ...settings } = changes;
        organization = { ...organization, name, settings: { ...organization.settings, ...settings } };
        return { body: { organization } };
      },
    },
    '/api/organization/labs': { get: () => ({ body: { labs: partners } }) },
    '/api/labs': { get: () => ({ body: { labs } }) },
    '/api/organization/labs/{labId}': {
      put: ({ params }) => {
        partners = [...partners, labs.find((lab) => lab.id === params['labId'])!];
        return { status: 204 };
      },
      delete: ({ params }) => {
        partners = partners.filter((lab) => lab.id !== params['labId']);
        return { status: 204 };
      },
    },
  };
}

describe('organization settings', () => {
  it('loads the details into the form and saves what the admin changed', async () => {
    const { user, calls } = renderApp({ path: '/admin/organization', me: CLINIC_ADMIN, routes: clinicRoutes() });
    await findPageHeading('Organization settings');
    const name = await screen.findByLabelText(/^Name/);
    expect(name).toHaveValue('Northside Foot Clinic');
    expect(screen.getByLabelText('Address')).toHaveValue('1 High Street');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();

    await user.clear(name);
    await user.type(name, 'Northside Foot & Ankle Clinic');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(calls.some((call) => call.method === 'PATCH')).toBe(true));
    const patch = calls.find((call) => call.method === 'PATCH')!;
    // Only what changed is sent: an untouched empty email is not "cleared".
    expect(patch.body).toEqual({ name: 'Northside Foot & Ankle Clinic' });
    expect(patch.headers.get('content-type')).toContain('application/json');
    expect(patch.headers.get('x-groundup-request')).toBe('1');
    expect(await screen.findByText('Organization settings saved.')).toBeInTheDocument();
  });

  it('refuses an empty name in the browser and shows a server field error beside its field', async () => {
    const { user, calls } = renderApp({ path: '/admin/organization', me: CLINIC_ADMIN, routes: clinicRoutes() });
    const name = await screen.findByLabelText(/^Name/);
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Enter the organization’s name.')).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'PATCH')).toBe(false);

    await user.type(name, 'Northside');
    await user.type(screen.getByLabelText('Contact email'), 'taken@example.test');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('This address bounces.')).toBeInTheDocument();
    expect(screen.getByLabelText('Contact email')).toHaveAttribute('aria-invalid', 'true');
  });

  it("adds and removes a clinic's partner labs", async () => {
    const { user, calls } = renderApp({ path: '/admin/organization', me: CLINIC_ADMIN, routes: clinicRoutes() });
    const table = await screen.findByRole('table', { name: 'Partner labs' });
    expect(within(table).getByText('Demo Orthotic Lab')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Add a lab'), 'Second Lab');
    await user.click(screen.getByRole('button', { name: 'Add lab' }));
    await waitFor(() => expect(within(table).getByText('Second Lab')).toBeInTheDocument());
    expect(calls.find((call) => call.method === 'PUT')?.path).toBe('/api/organization/labs/lab-2');

    await user.click(screen.getByRole('button', { name: 'Remove Demo Orthotic Lab' }));
    await waitFor(() => expect(within(table).queryByText('Demo Orthotic Lab')).not.toBeInTheDocument());
    expect(calls.find((call) => call.method === 'DELETE')?.path).toBe('/api/organization/labs/lab-1');
  });

  it('shows a lab no partner-lab section and asks for no clinic data', async () => {
    const lab: Organization = { ...clinic(), id: 'org-lab', kind: 'lab', name: 'Demo Orthotic Lab', settings: {} };
    const { calls } = renderApp({ path: '/admin/organization', me: LAB_ADMIN, routes: clinicRoutes(lab) });
    expect(await screen.findByLabelText(/^Name/)).toHaveValue('Demo Orthotic Lab');
    expect(screen.queryByRole('heading', { name: 'Partner labs' })).not.toBeInTheDocument();
    expect(calls.map((call) => call.path)).not.toContain('/api/organization/labs');
  });
});

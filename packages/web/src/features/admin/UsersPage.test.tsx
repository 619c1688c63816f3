// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Invitation, User } from '../../api/types.js';
import { aUser, CLINIC_ADMIN } from '../../testing/fixtures.js';
import { findPageHeading, renderApp } from '../../testing/render-app.js';
import type { StubRoutes } from '../../testing/api-stub.js';

const FAR_FUTURE = '2999-01-01T00:00:00.000Z';

/** A clinic with its admin, an active and a deactivated clinician, a pending and an accepted invitation. */
function routes(): StubRoutes {
  let users: User[] = [
    CLINIC_ADMIN,
    aUser(),
    aUser({ id: 'u-gone', name: 'Gale Gone', email: 'gone@north.demo.groundup.test', active: false }),
  ];
  let invitations: Invitation[] = [
    {
      id: 'inv-pending',
      email: 'new.clinician@example.test',
      role: 'clinician',
      expiresAt: FAR_FUTURE,
      acceptedAt: null,
      revokedAt: null,
      createdAt: '2026-12-01T10:00:00.000Z',
      invitedBy: 'Avery Admin',
    },
    {
      id: 'inv-accepted',
      email: 'joined@example.test',
      role: 'clinician',
      expiresAt: FAR_FUTURE,
      acceptedAt: '2026-11-02T10:00:00.000Z',
      revokedAt: null,
      createdAt: '2026-11-01T10:00:00.000Z',
      invitedBy: 'Avery Admin',
    },
  ];
  return {
    '/api/users': { get: () => ({ body: { users } }) },
    '/api/users/{id}': {
      patch: ({ params, body }) => {
        const change = body as { active?: boolean };
        users = users.map((u) => (u.id === params['id'] ? { ...u, ...change } : u));
        return { body: { user: users.find((u) => u.id === params['id'])! } };
      },
    },
    '/api/invitations': {
      get: () => ({ body: { invitations } }),
      post: ({ body }) => {
        const request = body as { email: string; role: User['role'] };
        const invitation: Invitation = {
          id: `inv-${invitations.length + 1}`,
          email: request.email,
          role: request.role,
          expiresAt: FAR_FUTURE,
          acceptedAt: null,
          revokedAt: null,
          createdAt: '2026-12-06T10:00:00.000Z',
          invitedBy: 'Avery Admin',
        };
        invitations = [...invitations, invitation];
        return { status: 201, body: { invitation } };
      },
    },
    '/api/invitations/{id}': {
      delete: ({ params }) => {
        invitations = invitations.map((i) =>
          i.id === params['id'] ? { ...i, revokedAt: '2026-12-06T11:00:00.000Z' } : i,
        );
        return { status: 204 };
      },
    },
  };
}

describe('users & invitations', () => {
  it("lists the organization's people with role and status, and offers no way to deactivate oneself", async () => {
    renderApp({ path: '/admin/users', me: CLINIC_ADMIN, routes: routes() });
    await findPageHeading('Users & invitations');
    const table = await screen.findByRole('table', { name: 'Users' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('Avery Admin (you)');
    expect(within(rows[0]!).queryByRole('button')).not.toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('Active');
    expect(rows[2]).toHaveTextContent('Deactivated');
    expect(within(rows[2]!).getByRole('button', { name: 'Reactivate Gale Gone' })).toBeInTheDocument();
  });

  it('deactivates a user after asking, and reactivates another', async () => {
    const { user, calls } = renderApp({ path: '/admin/users', me: CLINIC_ADMIN, routes: routes() });
    await user.click(await screen.findByRole('button', { name: 'Deactivate Casey Clinician' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deactivate Casey Clinician?' });
    expect(dialog).toHaveTextContent('signed out everywhere');
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate' }));
    await screen.findByRole('button', { name: 'Reactivate Casey Clinician' });
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => [c.path, c.body])).toEqual([
      ['/api/users/u-clinician', { active: false }],
    ]);

    await user.click(screen.getByRole('button', { name: 'Reactivate Gale Gone' }));
    await screen.findByRole('button', { name: 'Deactivate Gale Gone' });
    expect(calls.filter((c) => c.method === 'PATCH').at(-1)?.body).toEqual({ active: true });
  });

  it('invites someone with a role the organization has, and checks the address first', async () => {
    const { user, calls } = renderApp({ path: '/admin/users', me: CLINIC_ADMIN, routes: routes() });
    await findPageHeading('Users & invitations');
    await user.click(screen.getByRole('button', { name: 'Invite someone' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite someone' });
    const role = within(dialog).getByLabelText('Role');
    expect(
      within(role)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Clinician', 'Admin']);

    await user.type(within(dialog).getByLabelText(/^Email/), 'not an address');
    await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));
    expect(await within(dialog).findByText('Enter an email address.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.clear(within(dialog).getByLabelText(/^Email/));
    await user.type(within(dialog).getByLabelText(/^Email/), 'sam.new@example.test');
    await user.selectOptions(role, 'Admin');
    await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ email: 'sam.new@example.test', role: 'admin' });
    const invitations = screen.getByRole('table', { name: 'Invitations' });
    expect(await within(invitations).findByText('sam.new@example.test')).toBeInTheDocument();
  });

  it('revokes a pending invitation, and offers no revoke for an accepted one', async () => {
    const { user, calls } = renderApp({ path: '/admin/users', me: CLINIC_ADMIN, routes: routes() });
    const invitations = await screen.findByRole('table', { name: 'Invitations' });
    const accepted = within(invitations).getByText('joined@example.test').closest('tr')!;
    expect(within(accepted).getByText('accepted')).toBeInTheDocument();
    expect(within(accepted).queryByRole('button')).not.toBeInTheDocument();

    await user.click(
      within(invitations).getByRole('button', { name: 'Revoke the invitation to new.clinician@example.test' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Revoke this invitation?' });
    await user.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    const pending = within(invitations).getByText('new.clinician@example.test').closest('tr')!;
    await waitFor(() => expect(within(pending).getByText('revoked')).toBeInTheDocument());
    expect(calls.find((c) => c.method === 'DELETE')?.path).toBe('/api/invitations/inv-pending');
  });

  it("shows the server's refusal in the dialog (an admin cannot deactivate the last admin)", async () => {
    const base = routes();
    const { user } = renderApp({
      path: '/admin/users',
      me: CLINIC_ADMIN,
      routes: {
        ...base,
        '/api/users/{id}': {
          patch: () => ({ status: 409, error: { code: 'conflict', message: 'The clinic needs at least one admin.' } }),
        },
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Deactivate Casey Clinician' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The clinic needs at least one admin.');
  });
});

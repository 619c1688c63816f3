// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ApiToken, Role } from '../../api/types.js';
import { CLINIC_ADMIN, LAB_ADMIN } from '../../testing/fixtures.js';
import { findPageHeading, renderApp } from '../../testing/render-app.js';
import type { StubRoutes } from '../../testing/api-stub.js';

const SECRET = 'gu_4f9d1c0a7be24e6f8a3b5c7d9e1f2a3b';

/** One token used yesterday; creating another answers the secret once. */
function routes(): StubRoutes {
  let tokens: ApiToken[] = [
    {
      id: 'tok-1',
      name: 'Nightly export',
      role: 'clinician',
      prefix: 'gu_9a8b',
      createdAt: '2026-11-20T08:00:00.000Z',
      lastUsedAt: '2026-12-05T02:00:00.000Z',
      revokedAt: null,
      createdBy: 'Avery Admin',
    },
  ];
  return {
    '/api/tokens': {
      get: () => ({ body: { tokens } }),
      post: ({ body }) => {
        const request = body as { name: string; role: Role };
        const token: ApiToken = {
          id: 'tok-2',
          name: request.name,
          role: request.role,
          prefix: SECRET.slice(0, 7),
          createdAt: '2026-12-06T09:00:00.000Z',
          lastUsedAt: null,
          revokedAt: null,
          createdBy: 'Avery Admin',
        };
        tokens = [...tokens, token];
        return { status: 201, body: { token, secret: SECRET } };
      },
    },
    '/api/tokens/{id}': {
      delete: ({ params }) => {
        tokens = tokens.map((t) => (t.id === params['id'] ? { ...t, revokedAt: '2026-12-06T10:00:00.000Z' } : t));
        return { status: 204 };
      },
    },
  };
}

describe('API tokens', () => {
  it('lists tokens by prefix with when each was last used, never a secret', async () => {
    renderApp({ path: '/admin/tokens', me: CLINIC_ADMIN, routes: routes() });
    await findPageHeading('API tokens');
    const table = await screen.findByRole('table', { name: 'API tokens' });
    const row = within(table).getByText('Nightly export').closest('tr')!;
    expect(row).toHaveTextContent('gu_9a8b…');
    expect(row).toHaveTextContent('5 Dec 2026');
    expect(row).toHaveTextContent('Active');
  });

  it('creates a token and shows its secret once, with a copy button; closing forgets it', async () => {
    const { user, calls } = renderApp({ path: '/admin/tokens', me: CLINIC_ADMIN, routes: routes() });
    await findPageHeading('API tokens');
    await user.click(screen.getByRole('button', { name: 'Create token' }));
    let dialog = await screen.findByRole('dialog', { name: 'Create an API token' });
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }));
    expect(await within(dialog).findByText('Name the token after what uses it.')).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText(/^Name/), 'Lab CAM bridge');
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }));
    dialog = await screen.findByRole('dialog', { name: 'Copy the token now' });
    expect(within(dialog).getByText(SECRET)).toBeInTheDocument();
    expect(within(dialog).getByText('Shown only once')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Copy token' })).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ name: 'Lab CAM bridge', role: 'clinician' });

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByText(SECRET)).not.toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'API tokens' });
    const row = (await within(table).findByText('Lab CAM bridge')).closest('tr')!;
    expect(row).toHaveTextContent('Never');
  });

  it('offers a lab admin the roles of a lab', async () => {
    const { user } = renderApp({ path: '/admin/tokens', me: LAB_ADMIN, routes: routes() });
    await findPageHeading('API tokens');
    await user.click(screen.getByRole('button', { name: 'Create token' }));
    const dialog = await screen.findByRole('dialog');
    const options = within(within(dialog).getByLabelText('Acts as')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Lab technician', 'Admin']);
  });

  it('revokes a token after asking', async () => {
    const { user, calls } = renderApp({ path: '/admin/tokens', me: CLINIC_ADMIN, routes: routes() });
    await user.click(await screen.findByRole('button', { name: 'Revoke Nightly export' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke “Nightly export”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Revoke token' }));
    const table = screen.getByRole('table', { name: 'API tokens' });
    await waitFor(() => expect(within(table).getByText('Revoked')).toBeInTheDocument());
    expect(within(table).queryByRole('button', { name: 'Revoke Nightly export' })).not.toBeInTheDocument();
    expect(calls.find((c) => c.method === 'DELETE')?.path).toBe('/api/tokens/tok-1');
  });
});

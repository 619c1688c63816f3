// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { User } from '../../api/types.js';
import { aUser } from '../../testing/fixtures.js';
import { findPageHeading, renderApp } from '../../testing/render-app.js';
import type { StubRoutes } from '../../testing/api-stub.js';

const NEWCOMER = aUser({ id: 'u-new', name: 'Sam New', email: 'sam.new@example.test' });

/** A server with one valid invitation token (`good`) and one expired (`old`); accepting signs in. */
function routes(): StubRoutes {
  let me: User | null = null;
  return {
    '/api/auth/me': {
      get: () =>
        me === null
          ? { status: 401, error: { code: 'unauthenticated', message: 'Sign in first.' } }
          : { body: { user: me, notices: [] } },
    },
    '/api/invitations/lookup': {
      get: ({ query }) =>
        query.get('token') === 'good'
          ? {
              body: {
                email: 'sam.new@example.test',
                role: 'clinician',
                organizationName: 'Northside Foot Clinic',
                expiresAt: '2999-01-01T00:00:00.000Z',
              },
            }
          : query.get('token') === 'old'
            ? { status: 410, error: { code: 'invitation_expired', message: 'Expired.' } }
            : { status: 404, error: { code: 'not_found', message: 'No such invitation.' } },
    },
    '/api/invitations/accept': {
      post: () => {
        me = NEWCOMER;
        return { status: 201, body: { user: NEWCOMER } };
      },
    },
    '/api/patients': { get: () => ({ body: { patients: [] } }) },
  };
}

describe('accepting an invitation', () => {
  it('shows what the invitation is for, takes a name and password, and signs the person in', async () => {
    const { user, calls } = renderApp({ path: '/invitations/accept?token=good', me: null, routes: routes() });
    await findPageHeading('Accept your invitation');
    const details = await screen.findByRole('table', { name: 'Invitation' });
    expect(details).toHaveTextContent('Northside Foot Clinic');
    expect(details).toHaveTextContent('sam.new@example.test');
    expect(details).toHaveTextContent('Clinician');

    await user.type(screen.getByLabelText(/^Your name/), 'Sam New');
    await user.type(screen.getByLabelText(/^Password/), 'short');
    await user.type(screen.getByLabelText(/^Repeat the password/), 'different');
    await user.click(screen.getByRole('button', { name: 'Join Northside Foot Clinic' }));
    expect(
      await screen.findByText('At least 10 characters.', { selector: '.mantine-InputWrapper-error' }),
    ).toBeInTheDocument();
    expect(screen.getByText('The two passwords differ.')).toBeInTheDocument();
    expect(calls.some((c) => c.path === '/api/invitations/accept')).toBe(false);

    await user.clear(screen.getByLabelText(/^Password/));
    await user.type(screen.getByLabelText(/^Password/), 'a long enough password');
    await user.clear(screen.getByLabelText(/^Repeat the password/));
    await user.type(screen.getByLabelText(/^Repeat the password/), 'a long enough password');
    await user.click(screen.getByRole('button', { name: 'Join Northside Foot Clinic' }));
    await findPageHeading('Welcome, Sam New');
    expect(calls.find((c) => c.path === '/api/invitations/accept')?.body).toEqual({
      token: 'good',
      name: 'Sam New',
      password: 'a long enough password',
    });
  });

  it('says an expired invitation has expired', async () => {
    renderApp({ path: '/invitations/accept?token=old', me: null, routes: routes() });
    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation has expired.');
  });

  it('says an unknown token is not valid', async () => {
    renderApp({ path: '/invitations/accept?token=nope', me: null, routes: routes() });
    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation link is not valid');
  });
});

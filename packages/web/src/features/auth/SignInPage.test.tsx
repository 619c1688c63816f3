// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { User } from '../../api/types.js';
import { aUser } from '../../testing/fixtures.js';
import { findPageHeading, renderApp } from '../../testing/render-app.js';

const CLINICIAN = aUser();

/** A server that knows one password, throttles after `allowed` wrong ones, and then knows who is signed in. */
function signInRoutes(allowed = 5) {
  let me: User | null = null;
  let wrong = 0;
  return {
    '/api/auth/me': {
      get: () =>
        me === null
          ? ({ status: 401, error: { code: 'unauthenticated', message: 'Sign in first.' } } as const)
          : { body: { user: me, notices: [] } },
    },
    '/api/auth/login': {
      post: ({ body }: { body: unknown }) => {
        const { password } = body as { password: string };
        if (wrong >= allowed)
          return {
            status: 429,
            error: { code: 'too_many_attempts', message: 'Too many attempts.' },
            headers: { 'retry-after': '600' },
          };
        if (password !== 'demo-clinician') {
          wrong += 1;
          return { status: 401, error: { code: 'invalid_credentials', message: 'Invalid email or password.' } };
        }
        me = CLINICIAN;
        return { body: { user: CLINICIAN } };
      },
    },
    '/api/patients': { get: () => ({ body: { patients: [] } }) },
  };
}

describe('sign-in', () => {
  it('says a wrong password is wrong, then signs in with the right one and lands on the start page', async () => {
    const routes = signInRoutes();
    const { user, calls } = renderApp({ path: '/sign-in', me: null, routes });
    await findPageHeading('Sign in to groundup');
    await user.type(screen.getByLabelText(/^Email/), 'clinician@north.demo.groundup.test');
    await user.type(screen.getByLabelText(/^Password/), 'not the password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The email or password is wrong.');

    await user.clear(screen.getByLabelText(/^Password/));
    await user.type(screen.getByLabelText(/^Password/), 'demo-clinician');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await findPageHeading('Welcome, Casey Clinician');
    const login = calls.filter((c) => c.path === '/api/auth/login').at(-1);
    expect(login?.body).toEqual({ email: 'clinician@north.demo.groundup.test', password: 'demo-clinician' });
  });

  it('says how long to wait when the server throttles sign-in', async () => {
    const { user } = renderApp({ path: '/sign-in', me: null, routes: signInRoutes(0) });
    await findPageHeading('Sign in to groundup');
    await user.type(screen.getByLabelText(/^Email/), 'clinician@north.demo.groundup.test');
    await user.type(screen.getByLabelText(/^Password/), 'anything');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many sign-in attempts; try again in 10 minutes.');
  });

  it('asks for both fields before sending anything', async () => {
    const { user, calls } = renderApp({ path: '/sign-in', me: null, routes: signInRoutes() });
    await findPageHeading('Sign in to groundup');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your email address.')).toBeInTheDocument();
    expect(screen.getByText('Enter your password.')).toBeInTheDocument();
    expect(calls.some((c) => c.path === '/api/auth/login')).toBe(false);
  });

  it('returns to the page that was asked for after signing in', async () => {
    const { user, instance } = renderApp({ path: '/patients', me: null, routes: signInRoutes() });
    await findPageHeading('Sign in to groundup');
    await user.type(screen.getByLabelText(/^Email/), 'clinician@north.demo.groundup.test');
    await user.type(screen.getByLabelText(/^Password/), 'demo-clinician');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await findPageHeading('Patients');
    expect(instance.router.state.location.pathname).toBe('/patients');
  });
});

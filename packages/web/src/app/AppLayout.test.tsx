// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CLINIC_ADMIN, LAB_ADMIN, LAB_TECHNICIAN, PATIENT, aUser } from '../testing/fixtures.js';
import { findPageHeading, renderApp } from '../testing/render-app.js';
import type { StubRoutes } from '../testing/api-stub.js';
import { isCurrent } from './AppLayout.js';
import { navigationFor } from './navigation.js';

const CLINICIAN = aUser();

/** Answers for the landing pages' own requests, so every role's start page can render. */
const LANDING_ROUTES: StubRoutes = {
  '/api/patients': { get: () => ({ body: { patients: [] } }) },
  '/api/me/patient': {
    get: () => ({
      body: {
        patient: {
          id: 'p-alex',
          givenName: 'Alex',
          familyName: 'Demo',
          birthDate: '1980-04-12',
          sex: 'female',
          email: 'patient@north.demo.groundup.test',
          hasAccount: true,
          createdAt: '2026-11-01T10:00:00.000Z',
          updatedAt: '2026-11-01T10:00:00.000Z',
        },
      },
    }),
  },
  '/api/organization': {
    get: () => ({
      body: {
        organization: {
          id: 'org-north',
          kind: 'clinic',
          name: 'Northside Foot Clinic',
          createdAt: '2026-01-01T00:00:00.000Z',
          settings: { address: '1 High Street' },
        },
      },
    }),
  },
  '/api/users': { get: () => ({ body: { users: [CLINIC_ADMIN, CLINICIAN] } }) },
  '/api/invitations': { get: () => ({ body: { invitations: [] } }) },
  '/api/organization/labs': { get: () => ({ body: { labs: [{ id: 'lab-1', name: 'Demo Orthotic Lab' }] } }) },
};

/** The names of the links in the main navigation. */
function navigationLinks(): string[] {
  const nav = screen.getByRole('navigation', { name: 'Main navigation' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent.trim());
}

describe('the app shell', () => {
  it('shows a clinician their work and no administration', async () => {
    renderApp({ path: '/', me: CLINICIAN, routes: LANDING_ROUTES });
    await findPageHeading('Welcome, Casey Clinician');
    expect(navigationLinks()).toEqual(['Home', 'Patients']);
    expect(screen.getByRole('banner')).toHaveTextContent('Northside Foot Clinic');
    expect(screen.getByRole('banner')).toHaveTextContent('Clinician');
    expect(screen.getByRole('main')).toBeInTheDocument();
  });

  it('shows a clinic admin the organization overview and the administration pages', async () => {
    renderApp({ path: '/', me: CLINIC_ADMIN, routes: LANDING_ROUTES });
    await findPageHeading('Northside Foot Clinic');
    expect(navigationLinks()).toEqual([
      'Overview',
      'Patients',
      'Organization',
      'Users & invitations',
      'API tokens',
      'Audit log',
      'Mailbox',
    ]);
    expect(screen.getByRole('banner')).toHaveTextContent('Clinic admin');
    expect(await screen.findByText('2 active users')).toBeInTheDocument();
    expect(await screen.findByText('Demo Orthotic Lab')).toBeInTheDocument();
  });

  it('shows a lab technician the order queue, with no patients and no administration', async () => {
    renderApp({ path: '/', me: LAB_TECHNICIAN, routes: LANDING_ROUTES });
    await findPageHeading('Order queue');
    expect(navigationLinks()).toEqual(['Order queue']);
    expect(screen.getByText(/orders arrive here when a clinic submits one/i)).toBeInTheDocument();
  });

  it('shows a lab admin the queue and the administration pages, but no patients', async () => {
    renderApp({ path: '/', me: LAB_ADMIN, routes: LANDING_ROUTES });
    await findPageHeading('Order queue');
    const links = navigationLinks();
    expect(links).toContain('API tokens');
    expect(links).not.toContain('Patients');
    expect(screen.getByRole('banner')).toHaveTextContent('Lab admin');
  });

  it("shows a patient only their own record, with their clinic's name", async () => {
    const { calls } = renderApp({ path: '/', me: PATIENT, routes: LANDING_ROUTES });
    await findPageHeading('Hello, Alex Demo');
    expect(navigationLinks()).toEqual(['My record']);
    expect(await screen.findByText('12 Apr 1980')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What comes next' })).toBeInTheDocument();
    expect(calls.map((call) => call.path)).not.toContain('/api/patients');
  });

  it('answers a page the role may not open with the not-found page, as the API answers 404', async () => {
    renderApp({ path: '/admin/users', me: CLINICIAN, routes: LANDING_ROUTES });
    await findPageHeading('Page not found');
    // Inside the shell: the navigation stays, and the page has one main landmark.
    expect(navigationLinks()).toEqual(['Home', 'Patients']);
    expect(screen.getAllByRole('main')).toHaveLength(1);
  });

  it('catches a page that fails to render in the error boundary, keeping the shell and offering a retry', async () => {
    renderApp({
      path: '/patients',
      me: CLINICIAN,
      // A body that breaks the contract (a null patient) makes the page throw while rendering.
      routes: { '/api/patients': { get: () => ({ body: { patients: [null] } as unknown as { patients: [] } }) } },
    });
    await findPageHeading('This page could not be shown');
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong in the app');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(navigationLinks()).toEqual(['Home', 'Patients']);
  });

  it('shows the not-found page for an unknown address', async () => {
    renderApp({ path: '/no/such/page', me: CLINICIAN, routes: LANDING_ROUTES });
    await findPageHeading('Page not found');
    expect(screen.getByRole('link', { name: 'Go to my start page' })).toHaveAttribute('href', '/');
  });

  it('sends a signed-out visitor to sign-in, and back to the page they asked for after', async () => {
    const { instance } = renderApp({ path: '/patients', me: null });
    await findPageHeading('Sign in to groundup');
    expect(instance.router.state.location.search).toEqual({ redirect: '/patients' });
  });

  it('ends an expired session on the sign-in page with a notice', async () => {
    renderApp({
      path: '/patients',
      me: CLINICIAN,
      routes: {
        '/api/patients': { get: () => ({ status: 401, error: { code: 'session_expired', message: 'Expired.' } }) },
      },
    });
    await findPageHeading('Sign in to groundup');
    expect(screen.getByRole('status')).toHaveTextContent('Your session has expired; sign in again.');
  });

  it('signs out and says so', async () => {
    const { user, calls } = renderApp({
      path: '/',
      me: CLINICIAN,
      routes: { ...LANDING_ROUTES, '/api/auth/logout': { post: () => ({ status: 204 }) } },
    });
    await findPageHeading('Welcome, Casey Clinician');
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await findPageHeading('Sign in to groundup');
    expect(screen.getByRole('status')).toHaveTextContent('You have signed out.');
    const logout = calls.find((call) => call.path === '/api/auth/logout');
    expect(logout?.headers.get('x-groundup-request')).toBe('1');
  });

  it('shows the notices the server has for the user once', async () => {
    const { user } = renderApp({
      path: '/',
      me: CLINICIAN,
      notices: ['5 failed sign-in attempts since your last sign-in.'],
      routes: LANDING_ROUTES,
    });
    await findPageHeading('Welcome, Casey Clinician');
    expect(screen.getByText('5 failed sign-in attempts since your last sign-in.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByText(/failed sign-in attempts/)).not.toBeInTheDocument());
  });
});

describe('navigationFor', () => {
  it('gives every role a start page first and administration only to admins', () => {
    for (const user of [CLINICIAN, CLINIC_ADMIN, LAB_TECHNICIAN, LAB_ADMIN, PATIENT]) {
      const items = navigationFor(user);
      expect(items[0]?.to).toBe('/');
      expect(items.some((item) => item.section === 'admin')).toBe(user.role === 'admin');
      expect(items.some((item) => item.to === '/patients')).toBe(
        user.organizationKind === 'clinic' && user.role !== 'patient',
      );
    }
  });

  it('marks a section current on its pages and the start page only on itself', () => {
    expect(isCurrent('/patients', '/patients/p1')).toBe(true);
    expect(isCurrent('/patients', '/patientsx')).toBe(false);
    expect(isCurrent('/', '/patients')).toBe(false);
    expect(isCurrent('/', '/')).toBe(true);
  });
});

// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Patient } from '../../api/types.js';
import { aUser } from '../../testing/fixtures.js';
import { findPageHeading, renderApp } from '../../testing/render-app.js';
import type { StubRoutes } from '../../testing/api-stub.js';

function aPatient(id: string, givenName: string, familyName: string): Patient {
  return {
    id,
    givenName,
    familyName,
    birthDate: '1980-04-12',
    sex: 'female',
    email: null,
    hasAccount: false,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
  };
}

/** A clinic's patient list that searches by name and registers new patients. */
function routes(): StubRoutes {
  let patients = [aPatient('p-alex', 'Alex', 'Demo'), aPatient('p-sam', 'Sam', 'Rivera')];
  return {
    '/api/patients': {
      get: ({ query }) => {
        const q = (query.get('q') ?? '').toLowerCase();
        return {
          body: { patients: patients.filter((p) => `${p.givenName} ${p.familyName}`.toLowerCase().includes(q)) },
        };
      },
      post: ({ body }) => {
        const patient = { ...aPatient('p-new', '', ''), ...(body as Partial<Patient>) };
        patients = [...patients, patient];
        return { status: 201, body: { patient } };
      },
    },
    '/api/patients/{id}': {
      get: ({ params }) => {
        const patient = patients.find((p) => p.id === params['id']);
        return patient === undefined
          ? { status: 404, error: { code: 'not_found', message: 'No such patient.' } }
          : { body: { patient } };
      },
    },
    '/api/patients/{id}/uploads': { get: () => ({ body: { uploads: [] } }) },
  };
}

describe('the patient list', () => {
  it('searches by name and keeps the search in the address', async () => {
    const { user, calls, instance } = renderApp({ path: '/patients', me: aUser(), routes: routes() });
    await findPageHeading('Patients');
    const table = await screen.findByRole('table', { name: 'Patients' });
    expect(
      within(table)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Demo, Alex', 'Rivera, Sam']);

    await user.type(screen.getByLabelText('Search by name'), 'riv');
    await waitFor(() => expect(within(table).queryByText('Demo, Alex')).not.toBeInTheDocument());
    expect(instance.router.state.location.search).toEqual({ q: 'riv' });
    expect(calls.at(-1)?.query.get('q')).toBe('riv');
  });

  it("checks a new patient with core's validator before sending, then opens their page", async () => {
    const { user, calls } = renderApp({ path: '/patients', me: aUser(), routes: routes() });
    await findPageHeading('Patients');
    await user.click(screen.getByRole('button', { name: 'Add patient' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a patient' });
    await user.type(within(dialog).getByLabelText('Birth date'), '2999-01-01');
    await user.click(within(dialog).getByRole('button', { name: 'Add patient' }));
    expect(await within(dialog).findByText('Given name is required.')).toBeInTheDocument();
    expect(within(dialog).getByText('Birth date is in the future.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.type(within(dialog).getByLabelText(/^Given name/), 'Jordan');
    await user.type(within(dialog).getByLabelText(/^Family name/), 'Okafor');
    await user.clear(within(dialog).getByLabelText('Birth date'));
    await user.type(within(dialog).getByLabelText('Birth date'), '1985-03-02');
    await user.click(within(dialog).getByRole('button', { name: 'Add patient' }));
    await findPageHeading('Jordan Okafor');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      givenName: 'Jordan',
      familyName: 'Okafor',
      birthDate: '1985-03-02',
      sex: 'unknown',
      email: null,
    });
    expect(await screen.findByText('No captures yet')).toBeInTheDocument();
  });

  it("shows the not-found page for a patient the clinic does not have (the API's 404)", async () => {
    renderApp({ path: '/patients/p-other-clinic', me: aUser(), routes: routes() });
    await findPageHeading('Page not found');
  });
});

// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../api/types.js';
import { CLINIC_ADMIN } from '../../testing/fixtures.js';
import { findPageHeading, renderApp } from '../../testing/render-app.js';
import type { StubRoutes } from '../../testing/api-stub.js';
import { AUDIT_PAGE_SIZE } from './AuditLogPage.js';

/** 60 audit events, newest first, alternating patient reads and user changes. */
const EVENTS: AuditEvent[] = Array.from({ length: 60 }, (_, index) => ({
  id: `ev-${String(60 - index).padStart(2, '0')}`,
  at: new Date(Date.UTC(2026, 11, 6, 12, 0) - index * 60_000).toISOString(),
  actorId: 'u-clinician',
  actorName: 'Casey Clinician',
  organizationId: 'org-north',
  action: index % 2 === 0 ? 'patient.read' : 'user.update',
  resourceType: index % 2 === 0 ? 'patient' : 'user',
  resourceId: `res-${index}`,
  ip: '127.0.0.1',
  userAgent: 'Mozilla/5.0',
}));

/** The server's paging: `limit` events older than `before` (an event id), filtered by action and resource type. */
function routes(): StubRoutes {
  return {
    '/api/audit': {
      get: ({ query }) => {
        const limit = Number(query.get('limit'));
        const action = query.get('action');
        const resourceType = query.get('resourceType');
        const before = query.get('before');
        const matching = EVENTS.filter(
          (e) => (action === null || e.action === action) && (resourceType === null || e.resourceType === resourceType),
        );
        const start = before === null ? 0 : matching.findIndex((e) => e.id === before) + 1;
        const events = matching.slice(start, start + limit);
        const more = start + limit < matching.length;
        return { body: { events, nextBefore: more ? (events.at(-1)?.id ?? null) : null } };
      },
    },
  };
}

/** The ids shown in the table's resource column, in order. */
function shownResources(): string[] {
  const table = screen.getByRole('table', { name: 'Audit log' });
  return within(table)
    .getAllByText(/^res-/)
    .map((cell) => cell.textContent);
}

describe('the audit log', () => {
  it('pages through the log with the cursor the server gives, older and back to newer', async () => {
    const { user, calls } = renderApp({ path: '/admin/audit', me: CLINIC_ADMIN, routes: routes() });
    await findPageHeading('Audit log');
    await screen.findByRole('table', { name: 'Audit log' });
    expect(shownResources()).toHaveLength(AUDIT_PAGE_SIZE);
    expect(shownResources()[0]).toBe('res-0');
    expect(screen.getByRole('button', { name: 'Newer' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Older' }));
    await waitFor(() => expect(shownResources()[0]).toBe(`res-${AUDIT_PAGE_SIZE}`));
    expect(calls.at(-1)?.query.get('before')).toBe(EVENTS[AUDIT_PAGE_SIZE - 1]!.id);
    expect(screen.getByText('Page 2')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Older' }));
    await waitFor(() => expect(shownResources()).toHaveLength(60 - 2 * AUDIT_PAGE_SIZE));
    expect(screen.getByRole('button', { name: 'Older' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Newer' }));
    await user.click(screen.getByRole('button', { name: 'Newer' }));
    await waitFor(() => expect(shownResources()[0]).toBe('res-0'));
    expect(screen.getByText('Page 1')).toBeInTheDocument();
  });

  it('filters by action and starts again from the newest', async () => {
    const { user, calls } = renderApp({ path: '/admin/audit', me: CLINIC_ADMIN, routes: routes() });
    await screen.findByRole('table', { name: 'Audit log' });
    await user.click(screen.getByRole('button', { name: 'Older' }));
    await screen.findByText('Page 2');
    await user.type(screen.getByLabelText('Action'), 'user.update');
    await waitFor(() => expect(calls.at(-1)?.query.get('action')).toBe('user.update'));
    expect(calls.at(-1)?.query.get('before')).toBeNull();
    await waitFor(() => {
      const table = screen.getByRole('table', { name: 'Audit log' });
      expect(within(table).queryByText('patient.read')).not.toBeInTheDocument();
    });
    expect(screen.getByText('Page 1')).toBeInTheDocument();
  });

  it('says so when nothing matches', async () => {
    const { user } = renderApp({ path: '/admin/audit', me: CLINIC_ADMIN, routes: routes() });
    await screen.findByRole('table', { name: 'Audit log' });
    await user.type(screen.getByLabelText('Resource type'), 'order');
    expect(await screen.findByText('No entry matches these filters.')).toBeInTheDocument();
  });
});

// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CLINIC_ADMIN } from '../../testing/fixtures.js';
import { findPageHeading, renderApp } from '../../testing/render-app.js';

const LINK = 'http://127.0.0.1:5170/invitations/accept?token=abc123DEF';

describe('the development mailbox', () => {
  it("shows the organization's messages with the invitation link clickable", async () => {
    renderApp({
      path: '/admin/mailbox',
      me: CLINIC_ADMIN,
      routes: {
        '/api/dev/mailbox': {
          get: () => ({
            body: {
              messages: [
                {
                  id: 'm-1',
                  to: 'sam.new@example.test',
                  subject: 'You are invited to Northside Foot Clinic on groundup',
                  text: `Avery Admin invited you.\n\nAccept: ${LINK}\n\nThe link expires in 7 days.`,
                  createdAt: '2026-12-06T09:00:00.000Z',
                  sentAt: '2026-12-06T09:00:01.000Z',
                },
              ],
            },
          }),
        },
      },
    });
    await findPageHeading('Mailbox');
    expect(await screen.findByText('You are invited to Northside Foot Clinic on groundup')).toBeInTheDocument();
    expect(screen.getByText('To sam.new@example.test')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: LINK })).toHaveAttribute('href', LINK);
  });

  it('says that email goes by SMTP when the server has no mailbox', async () => {
    renderApp({
      path: '/admin/mailbox',
      me: CLINIC_ADMIN,
      routes: {
        '/api/dev/mailbox': {
          get: () => ({ status: 404, error: { code: 'not_found', message: 'SMTP is configured.' } }),
        },
      },
    });
    expect(await screen.findByText('Email is sent by SMTP')).toBeInTheDocument();
  });
});

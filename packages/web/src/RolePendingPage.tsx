import type { User } from './api.js';

/** What each role will get, for the roles whose pages are not built yet. */
function comingPages(user: User): { readonly pages: string; readonly detail: string } {
  switch (user.role) {
    case 'lab_technician':
      return {
        pages: 'the order queue',
        detail: 'incoming orders, designs to review and adjust, manufacturing files, quality checks and shipping',
      };
    case 'patient':
      return {
        pages: 'your orders and questionnaires',
        detail: 'questionnaires to answer, consent, where your order is, and how you are getting on',
      };
    case 'clinician':
    case 'admin':
      return {
        pages: 'the set-up of your organisation',
        detail: 'users and roles, the catalog and prices',
      };
  }
}

/** What a lab technician or a patient sees until their pages are built: said plainly. */
export function RolePendingPage({ user }: { user: User }) {
  const { pages, detail } = comingPages(user);
  return (
    <section className="card pending">
      <h1>Welcome, {user.name}</h1>
      <p>
        Your pages are not built yet. This early version of groundup has only the clinic&apos;s patient pages. Your role
        will get <strong>{pages}</strong>: {detail}.
      </p>
      <p className="hint">Signed in to {user.organizationName}. Nothing here needs doing in the meantime.</p>
    </section>
  );
}

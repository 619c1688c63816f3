import type { User } from './api.js';

/** What a lab technician or a patient sees until their pages are built: said plainly. */
export function RolePendingPage({ user }: { user: User }) {
  const coming =
    user.role === 'lab_technician'
      ? 'the order queue: incoming orders, designs to review, manufacturing files, QC and shipping'
      : user.role === 'patient'
        ? 'your orders, questionnaires to answer, and your progress over time'
        : 'the set-up of your organisation, users, catalog and prices';
  return (
    <section className="card">
      <h1>Welcome, {user.name}</h1>
      <p>Your pages are not built yet. In a coming version you will find here {coming}.</p>
    </section>
  );
}

import { GROUNDUP_VERSION } from '@groundup/core/version';
import { useEffect, useState } from 'react';
import { api, ApiFailure, onSignedOut, SESSION_ENDED, type User } from './api.js';
import { LoginPage } from './LoginPage.js';
import { PatientPage } from './PatientPage.js';
import { PatientsPage } from './PatientsPage.js';
import { RolePendingPage } from './RolePendingPage.js';
import { useHashRoute } from './use-hash-route.js';

const ROLE_LABELS: Record<User['role'], string> = {
  clinician: 'Clinician',
  lab_technician: 'Lab technician',
  patient: 'Patient',
  admin: 'Admin',
};

/** Whether the user works with a clinic's patient records (the only pages built so far). */
function isClinicStaff(user: User): boolean {
  return user.organizationKind === 'clinic' && (user.role === 'clinician' || user.role === 'admin');
}

/** The whole app: the sign-in page, or the signed-in user's pages under a header. */
export function App() {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const route = useHashRoute();

  useEffect(() => {
    api.me().then(
      ({ user: me }) => setUser(me),
      (failure: unknown) => {
        // A first visit is simply not signed in; an expired cookie or an unreachable server is worth saying.
        if (failure instanceof ApiFailure && failure.code === 'session_expired') setNotice(SESSION_ENDED);
        else if (!(failure instanceof ApiFailure)) setNotice('The server could not be reached; try again shortly.');
        setUser(null);
      },
    );
    return onSignedOut((message) => {
      setNotice(message);
      setUser(null);
    });
  }, []);

  if (user === undefined) return <p className="loading">Loading…</p>;
  if (user === null) {
    return (
      <LoginPage
        notice={notice}
        onSignedIn={(me) => {
          setNotice(null);
          setUser(me);
        }}
      />
    );
  }
  const signOut = () => {
    void api
      .logout()
      .catch(() => undefined)
      .finally(() => {
        setNotice('You have signed out.');
        setUser(null);
      });
  };
  const patientId = /^\/patients\/([^/]+)$/.exec(route)?.[1];
  return (
    <div className="app">
      <header className="header">
        <a className="brand" href="#/patients">
          groundup
        </a>
        <span className="org">{user.organizationName}</span>
        <span className="who">
          {user.name} · <span className="role">{ROLE_LABELS[user.role]}</span>
        </span>
        <button type="button" className="secondary" onClick={signOut}>
          Sign out
        </button>
      </header>
      <main className="main">
        {!isClinicStaff(user) ? (
          <RolePendingPage user={user} />
        ) : patientId !== undefined ? (
          <PatientPage key={patientId} patientId={decodeURIComponent(patientId)} />
        ) : (
          <PatientsPage />
        )}
      </main>
      <footer className="footer">
        Decision support for clinicians, not a diagnosis. <span className="version">groundup {GROUNDUP_VERSION}</span>
      </footer>
    </div>
  );
}

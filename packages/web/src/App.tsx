import { useEffect, useState } from 'react';
import { api, onSignedOut, type User } from './api.js';
import { LoginPage } from './LoginPage.js';
import { PatientPage } from './PatientPage.js';
import { PatientsPage } from './PatientsPage.js';
import { RolePendingPage } from './RolePendingPage.js';
import { useHashRoute } from './use-hash-route.js';

/** The whole app: the sign-in page, or the signed-in user's pages under a header. */
export function App() {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const route = useHashRoute();

  useEffect(() => {
    api.me().then(
      ({ user: me }) => setUser(me),
      () => setUser(null),
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
    void api.logout().finally(() => setUser(null));
  };
  const staff = user.organizationKind === 'clinic' && (user.role === 'clinician' || user.role === 'admin');
  const patientId = /^\/patients\/([^/]+)$/.exec(route)?.[1];
  return (
    <div className="app">
      <header className="header">
        <a className="brand" href="#/patients">
          groundup
        </a>
        <span className="org">{user.organizationName}</span>
        <span className="who">
          {user.name} · <span className="role">{user.role.replace('_', ' ')}</span>
        </span>
        <button type="button" className="secondary" onClick={signOut}>
          Sign out
        </button>
      </header>
      <main className="main">
        {!staff ? (
          <RolePendingPage user={user} />
        ) : patientId !== undefined ? (
          <PatientPage patientId={decodeURIComponent(patientId)} />
        ) : (
          <PatientsPage />
        )}
      </main>
      <footer className="footer">Decision support for clinicians, not a diagnosis.</footer>
    </div>
  );
}

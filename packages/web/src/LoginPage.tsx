import { useState, type SyntheticEvent } from 'react';
import { api, messageOf, type User } from './api.js';

/** Email and password sign-in. */
export function LoginPage({ notice, onSignedIn }: { notice: string | null; onSignedIn: (user: User) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    api.login(email, password).then(
      ({ user }) => onSignedIn(user),
      (failure: unknown) => {
        setError(messageOf(failure, 'Sign-in failed.'));
        setBusy(false);
      },
    );
  };

  return (
    <main className="login">
      <form className="card" onSubmit={submit} aria-labelledby="sign-in-heading">
        <h1 id="sign-in-heading">Sign in to groundup</h1>
        {notice !== null && (
          <p role="status" className="notice">
            {notice}
          </p>
        )}
        <label>
          Email
          <input
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            required
          />
        </label>
        <label>
          Password
          <input
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        {error !== null && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        <p className="hint">Decision support for clinicians, not a diagnosis.</p>
      </form>
    </main>
  );
}

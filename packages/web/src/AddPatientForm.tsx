import { useState, type SyntheticEvent } from 'react';
import { api, ApiFailure } from './api.js';

const EMPTY = { givenName: '', familyName: '', birthDate: '', sex: 'unknown', email: '' };

/** Registers a patient; shows the server's field errors beside the fields. */
export function AddPatientForm({ onAdded }: { onAdded: () => void }) {
  const [fields, setFields] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (name: keyof typeof EMPTY) => (value: string) => setFields((current) => ({ ...current, [name]: value }));

  const submit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    api
      .addPatient({
        givenName: fields.givenName,
        familyName: fields.familyName,
        birthDate: fields.birthDate === '' ? null : fields.birthDate,
        sex: fields.sex,
        email: fields.email === '' ? null : fields.email,
      })
      .then(
        ({ patient }) => {
          setFields(EMPTY);
          setErrors({});
          setMessage(`Added ${patient.givenName} ${patient.familyName}.`);
          onAdded();
        },
        (failure: unknown) => {
          if (failure instanceof ApiFailure && failure.issues.length > 0) {
            setErrors(
              Object.fromEntries(failure.issues.map((issue) => [issue.path.replace(/^body\./, ''), issue.message])),
            );
          } else {
            setMessage(failure instanceof Error ? failure.message : 'Could not add the patient.');
          }
        },
      )
      .finally(() => setBusy(false));
  };

  const field = (name: keyof typeof EMPTY, label: string, input: React.ReactNode) => (
    <label>
      {label}
      {input}
      {errors[name] !== undefined && <span className="field-error">{errors[name]}</span>}
    </label>
  );

  return (
    <form className="card" onSubmit={submit} aria-label="Add patient">
      <h2>Add patient</h2>
      {field(
        'givenName',
        'Given name',
        <input value={fields.givenName} onChange={(e) => set('givenName')(e.target.value)} required />,
      )}
      {field(
        'familyName',
        'Family name',
        <input value={fields.familyName} onChange={(e) => set('familyName')(e.target.value)} required />,
      )}
      {field(
        'birthDate',
        'Birth date',
        <input type="date" value={fields.birthDate} onChange={(e) => set('birthDate')(e.target.value)} />,
      )}
      {field(
        'sex',
        'Sex',
        <select value={fields.sex} onChange={(e) => set('sex')(e.target.value)}>
          <option value="unknown">Not stated</option>
          <option value="female">Female</option>
          <option value="male">Male</option>
          <option value="other">Other</option>
        </select>,
      )}
      {field(
        'email',
        'Email',
        <input type="email" value={fields.email} onChange={(e) => set('email')(e.target.value)} />,
      )}
      {message !== null && <p className="notice">{message}</p>}
      <button type="submit" disabled={busy}>
        {busy ? 'Adding…' : 'Add patient'}
      </button>
    </form>
  );
}

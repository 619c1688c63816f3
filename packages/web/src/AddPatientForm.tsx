import { useId, useState, type ReactElement, type SyntheticEvent } from 'react';
import { api, ApiFailure, messageOf, type Sex } from './api.js';
import { SEX_OPTIONS } from './display.js';

interface Fields {
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: Sex;
  email: string;
}

type FieldName = keyof Fields;

/** The attributes that tie an input to its label and its error message. */
interface FieldA11y {
  readonly id: string;
  readonly 'aria-invalid'?: true;
  readonly 'aria-describedby'?: string;
}

const EMPTY: Fields = { givenName: '', familyName: '', birthDate: '', sex: 'unknown', email: '' };
const LABELS: Record<FieldName, string> = {
  givenName: 'Given name',
  familyName: 'Family name',
  birthDate: 'Birth date',
  sex: 'Sex',
  email: 'Email',
};

function isFieldName(name: string): name is FieldName {
  return Object.hasOwn(LABELS, name);
}

/** Splits the server's issues into messages beside fields and the rest (said above the button). */
function sortIssues(failure: ApiFailure): { byField: Partial<Record<FieldName, string>>; other: string | null } {
  const byField: Partial<Record<FieldName, string>> = {};
  const other: string[] = [];
  for (const issue of failure.issues) {
    if (issue.severity !== undefined && issue.severity !== 'error') continue;
    const name = issue.path.replace(/^body\.?/, '');
    // The server names fields by their key ("birthDate is in the future."); say the label instead.
    if (isFieldName(name)) byField[name] ??= issue.message.replace(new RegExp(`^${name}\\b`), LABELS[name]);
    else other.push(issue.message);
  }
  const message = other.length > 0 ? other.join(' ') : Object.keys(byField).length === 0 ? failure.message : null;
  return { byField, other: message };
}

/** Registers a patient; shows the server's field errors beside the fields. */
export function AddPatientForm({ onAdded }: { onAdded: () => void }) {
  const id = useId();
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [message, setMessage] = useState<{ text: string; kind: 'error' | 'notice' } | null>(null);
  const [busy, setBusy] = useState(false);

  const set = <K extends FieldName>(name: K, value: Fields[K]) =>
    setFields((current) => ({ ...current, [name]: value }));

  const submit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    setErrors({});
    api
      .addPatient({
        givenName: fields.givenName,
        familyName: fields.familyName,
        birthDate: fields.birthDate === '' ? null : fields.birthDate,
        sex: fields.sex,
        email: fields.email.trim() === '' ? null : fields.email.trim(),
      })
      .then(
        ({ patient }) => {
          setFields(EMPTY);
          setMessage({ text: `Added ${patient.givenName} ${patient.familyName}.`, kind: 'notice' });
          onAdded();
        },
        (failure: unknown) => {
          if (failure instanceof ApiFailure && failure.issues.length > 0) {
            const sorted = sortIssues(failure);
            setErrors(sorted.byField);
            if (sorted.other !== null) setMessage({ text: sorted.other, kind: 'error' });
          } else {
            setMessage({ text: messageOf(failure, 'Could not add the patient.'), kind: 'error' });
          }
        },
      )
      .finally(() => setBusy(false));
  };

  /** A labelled field with its error (if any) beside it, tied to the input for screen readers. */
  const field = (name: FieldName, label: string, input: (a11y: FieldA11y) => ReactElement) => {
    const error = errors[name];
    const errorId = `${id}-${name}-error`;
    const a11y: FieldA11y =
      error === undefined
        ? { id: `${id}-${name}` }
        : { id: `${id}-${name}`, 'aria-invalid': true, 'aria-describedby': errorId };
    return (
      <div className="field">
        <label htmlFor={`${id}-${name}`}>{label}</label>
        {input(a11y)}
        {error !== undefined && (
          <span className="field-error" id={errorId}>
            {error}
          </span>
        )}
      </div>
    );
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Add patient</h2>
      {field('givenName', LABELS.givenName, (a11y) => (
        <input
          {...a11y}
          autoComplete="off"
          value={fields.givenName}
          onChange={(e) => set('givenName', e.target.value)}
          required
        />
      ))}
      {field('familyName', LABELS.familyName, (a11y) => (
        <input
          {...a11y}
          autoComplete="off"
          value={fields.familyName}
          onChange={(e) => set('familyName', e.target.value)}
          required
        />
      ))}
      {field('birthDate', LABELS.birthDate, (a11y) => (
        <input {...a11y} type="date" value={fields.birthDate} onChange={(e) => set('birthDate', e.target.value)} />
      ))}
      {field('sex', LABELS.sex, (a11y) => (
        <select {...a11y} value={fields.sex} onChange={(e) => set('sex', e.target.value as Sex)}>
          {SEX_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ))}
      {field('email', 'Email (optional)', (a11y) => (
        <input {...a11y} type="email" value={fields.email} onChange={(e) => set('email', e.target.value)} />
      ))}
      {message !== null && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind}>
          {message.text}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? 'Adding…' : 'Add patient'}
      </button>
    </form>
  );
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { api, messageOf, type Patient } from './api.js';
import { AddPatientForm } from './AddPatientForm.js';
import { sexLabel } from './display.js';

/** The clinic's patients: search, list, add. */
export function PatientsPage() {
  const [query, setQuery] = useState('');
  const [patients, setPatients] = useState<readonly Patient[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  /** Loads the list for a search term; an answer to an older search than the latest is dropped. */
  const load = useCallback((q: string) => {
    const ticket = ++latest.current;
    api.patients(q).then(
      (result) => {
        if (ticket !== latest.current) return;
        setPatients(result.patients);
        setError(null);
      },
      (failure: unknown) => {
        if (ticket === latest.current) setError(messageOf(failure, 'Could not load the patients.'));
      },
    );
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => load(query.trim()), 200);
    return () => clearTimeout(timer);
  }, [query, load]);

  const searching = query.trim() !== '';
  return (
    <div className="columns">
      <section className="card grow" aria-labelledby="patients-heading">
        <h1 id="patients-heading">Patients</h1>
        <search>
          <label className="search">
            Search by name
            <input
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder="Family or given name"
            />
          </label>
        </search>
        {error !== null && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div aria-live="polite">
          {patients === null ? (
            <p>Loading…</p>
          ) : patients.length === 0 ? (
            <p>{searching ? 'No patients match.' : 'No patients yet: add the first one.'}</p>
          ) : (
            <div className="table-scroll">
              <table className="patients">
                <thead>
                  <tr>
                    <th scope="col">Family name</th>
                    <th scope="col">Given name</th>
                    <th scope="col">Birth date</th>
                    <th scope="col">Sex</th>
                  </tr>
                </thead>
                <tbody>
                  {patients.map((patient) => (
                    <tr key={patient.id}>
                      <td>
                        <a href={`#/patients/${encodeURIComponent(patient.id)}`}>{patient.familyName}</a>
                      </td>
                      <td>
                        <a href={`#/patients/${encodeURIComponent(patient.id)}`} tabIndex={-1}>
                          {patient.givenName}
                        </a>
                      </td>
                      <td>{patient.birthDate ?? '—'}</td>
                      <td>{sexLabel(patient.sex)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      </section>
      <AddPatientForm onAdded={() => load(query.trim())} />
    </div>
  );
}

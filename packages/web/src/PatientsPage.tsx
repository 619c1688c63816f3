import { useCallback, useEffect, useState } from 'react';
import { api, type Patient } from './api.js';
import { AddPatientForm } from './AddPatientForm.js';

/** The clinic's patients: search, list, add. */
export function PatientsPage() {
  const [query, setQuery] = useState('');
  const [patients, setPatients] = useState<readonly Patient[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback((q: string) => {
    api.patients(q).then(
      (result) => {
        setPatients(result.patients);
        setError(null);
      },
      (failure: unknown) => setError(failure instanceof Error ? failure.message : 'Could not load patients.'),
    );
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => load(query.trim()), 200);
    return () => clearTimeout(timer);
  }, [query, load]);

  return (
    <div className="columns">
      <section className="card grow">
        <h1>Patients</h1>
        <label className="search">
          Search by name
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="Family or given name"
          />
        </label>
        {error !== null && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {patients === null ? (
          <p>Loading…</p>
        ) : patients.length === 0 ? (
          <p>No patients{query.trim() === '' ? ' yet' : ' match'}.</p>
        ) : (
          <table className="patients">
            <thead>
              <tr>
                <th>Family name</th>
                <th>Given name</th>
                <th>Birth date</th>
                <th>Sex</th>
              </tr>
            </thead>
            <tbody>
              {patients.map((patient) => (
                <tr key={patient.id}>
                  <td>
                    <a href={`#/patients/${encodeURIComponent(patient.id)}`}>{patient.familyName}</a>
                  </td>
                  <td>{patient.givenName}</td>
                  <td>{patient.birthDate ?? '—'}</td>
                  <td>{patient.sex}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <AddPatientForm onAdded={() => load(query.trim())} />
    </div>
  );
}

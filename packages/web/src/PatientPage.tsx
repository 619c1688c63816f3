import { useCallback, useEffect, useId, useState, type ChangeEvent } from 'react';
import { api, ApiFailure, messageOf, type Patient, type Upload } from './api.js';
import { fileSize, sexLabel, uploadOutcome } from './display.js';

/** The file kinds the analysis recognises, for the file picker (it still accepts any file). */
const CAPTURE_EXTENSIONS = '.stl,.obj,.ply,.c3d,.trc,.mot,.sto,.csv,.txt,.asc';
const POLL_MS = 1000;

/** One patient: details and capture uploads, whose analysis status updates while jobs run. */
export function PatientPage({ patientId }: { patientId: string }) {
  const id = useId();
  const [patient, setPatient] = useState<Patient | null>(null);
  const [missing, setMissing] = useState(false);
  const [uploads, setUploads] = useState<readonly Upload[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState<string | null>(null);

  const loadUploads = useCallback(() => {
    api.uploads(patientId).then(
      (result) => setUploads(result.uploads),
      (failure: unknown) => setError(messageOf(failure, 'Could not load the captures.')),
    );
  }, [patientId]);

  useEffect(() => {
    api.patient(patientId).then(
      (result) => {
        setPatient(result.patient);
        loadUploads();
      },
      (failure: unknown) => {
        if (failure instanceof ApiFailure && failure.status === 404) setMissing(true);
        else setError(messageOf(failure, 'Could not load the patient.'));
      },
    );
  }, [patientId, loadUploads]);

  const pending = uploads?.some((upload) => upload.status === 'queued' || upload.status === 'running') ?? false;
  useEffect(() => {
    if (!pending) return undefined;
    const timer = setInterval(loadUploads, POLL_MS);
    return () => clearInterval(timer);
  }, [pending, loadUploads]);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (file === undefined) return;
    setUploading(file.name);
    setError(null);
    api
      .upload(patientId, file)
      .then(loadUploads, (failure: unknown) => setError(messageOf(failure, 'The upload failed.')))
      .finally(() => {
        input.value = '';
        setUploading(null);
      });
  };

  if (missing) {
    return (
      <section className="card">
        <h1>No such patient</h1>
        <p>
          This clinic has no patient with that link. <a href="#/patients">Back to the patients</a>
        </p>
      </section>
    );
  }

  return (
    <div className="stack">
      <nav aria-label="Breadcrumb">
        <a href="#/patients">← Patients</a>
      </nav>
      {error !== null && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <section className="card" aria-labelledby={`${id}-name`}>
        {patient === null ? (
          <p id={`${id}-name`}>Loading…</p>
        ) : (
          <>
            <h1 id={`${id}-name`}>
              {patient.givenName} {patient.familyName}
            </h1>
            <dl className="details">
              <dt>Birth date</dt>
              <dd>{patient.birthDate ?? '—'}</dd>
              <dt>Sex</dt>
              <dd>{sexLabel(patient.sex)}</dd>
              <dt>Email</dt>
              <dd>{patient.email ?? '—'}</dd>
            </dl>
          </>
        )}
      </section>
      <section className="card" aria-labelledby={`${id}-captures`}>
        <h2 id={`${id}-captures`}>Captures</h2>
        <label className="upload" htmlFor={`${id}-file`}>
          Upload a capture file
        </label>
        <input
          id={`${id}-file`}
          type="file"
          onChange={choose}
          disabled={uploading !== null || patient === null}
          accept={CAPTURE_EXTENSIONS}
          aria-describedby={`${id}-kinds`}
        />
        <p className="hint" id={`${id}-kinds`}>
          Foot scans (STL, OBJ, PLY), plantar pressure recordings, motion capture (C3D, TRC, MOT). The file uploads as
          soon as you choose it.
        </p>
        <div aria-live="polite">
          {uploading !== null && <p className="notice">Uploading {uploading}…</p>}
          {uploads === null ? null : uploads.length === 0 ? (
            <p>No captures yet.</p>
          ) : (
            <div className="table-scroll">
              <table className="uploads">
                <thead>
                  <tr>
                    <th scope="col">File</th>
                    <th scope="col">Size</th>
                    <th scope="col">Analysis</th>
                    <th scope="col">Result</th>
                  </tr>
                </thead>
                <tbody>
                  {uploads.map((upload) => (
                    <tr key={upload.id}>
                      <td className="filename">{upload.filename}</td>
                      <td>{fileSize(upload.sizeBytes)}</td>
                      <td>
                        <span className={`status status-${upload.status}`} data-status={upload.status}>
                          {upload.status}
                        </span>
                      </td>
                      <td className={upload.status === 'failed' ? 'outcome-failed' : undefined}>
                        {uploadOutcome(upload)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      </section>
    </div>
  );
}

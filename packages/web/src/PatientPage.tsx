import { useCallback, useEffect, useState, type ChangeEvent } from 'react';
import { api, type Patient, type Upload } from './api.js';

function describeResult(upload: Upload): string {
  if (upload.status === 'failed') return upload.error?.message ?? 'Analysis failed.';
  const format = upload.result?.format;
  if (upload.status !== 'done' || format === undefined) return '';
  const triangles = format.triangleCount === undefined ? '' : ` · ${format.triangleCount.toLocaleString()} triangles`;
  return `${format.kind} · ${format.family}${triangles}`;
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1048576) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/** One patient: details and capture uploads, whose analysis status updates while jobs run. */
export function PatientPage({ patientId }: { patientId: string }) {
  const [patient, setPatient] = useState<Patient | null>(null);
  const [uploads, setUploads] = useState<readonly Upload[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const loadUploads = useCallback(() => {
    api.uploads(patientId).then(
      (result) => setUploads(result.uploads),
      (failure: unknown) => setError(failure instanceof Error ? failure.message : 'Could not load uploads.'),
    );
  }, [patientId]);

  useEffect(() => {
    api.patient(patientId).then(
      (result) => setPatient(result.patient),
      (failure: unknown) => setError(failure instanceof Error ? failure.message : 'Could not load the patient.'),
    );
    loadUploads();
  }, [patientId, loadUploads]);

  const pending = uploads.some((upload) => upload.status === 'queued' || upload.status === 'running');
  useEffect(() => {
    if (!pending) return undefined;
    const timer = setInterval(loadUploads, 1000);
    return () => clearInterval(timer);
  }, [pending, loadUploads]);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined) return;
    setBusy(true);
    setError(null);
    api
      .upload(patientId, file)
      .then(loadUploads, (failure: unknown) => setError(failure instanceof Error ? failure.message : 'Upload failed.'))
      .finally(() => setBusy(false));
  };

  return (
    <div className="stack">
      <p>
        <a href="#/patients">← Patients</a>
      </p>
      {error !== null && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {patient !== null && (
        <section className="card">
          <h1>
            {patient.givenName} {patient.familyName}
          </h1>
          <dl className="details">
            <dt>Birth date</dt>
            <dd>{patient.birthDate ?? '—'}</dd>
            <dt>Sex</dt>
            <dd>{patient.sex}</dd>
            <dt>Email</dt>
            <dd>{patient.email ?? '—'}</dd>
          </dl>
        </section>
      )}
      <section className="card">
        <h2>Captures</h2>
        <label className="upload">
          Upload a capture file
          <input
            type="file"
            onChange={choose}
            disabled={busy}
            accept=".stl,.obj,.ply,.c3d,.trc,.mot,.sto,.csv,.txt,.asc"
          />
        </label>
        <p className="hint">Foot scans (STL, OBJ, PLY), pressure recordings, motion capture (C3D, TRC, MOT).</p>
        {uploads.length === 0 ? (
          <p>No captures yet.</p>
        ) : (
          <table className="uploads">
            <thead>
              <tr>
                <th>File</th>
                <th>Size</th>
                <th>Analysis</th>
                <th>Result</th>
              </tr>
            </thead>
            <tbody>
              {uploads.map((upload) => (
                <tr key={upload.id}>
                  <td>{upload.filename}</td>
                  <td>{size(upload.sizeBytes)}</td>
                  <td>
                    <span className={`status status-${upload.status}`} data-status={upload.status}>
                      {upload.status}
                    </span>
                  </td>
                  <td>{describeResult(upload)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

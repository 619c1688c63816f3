/** The signed-in user, as `/api/auth/me` returns it. */
export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: 'clinician' | 'lab_technician' | 'patient' | 'admin';
  readonly organizationName: string;
  readonly organizationKind: 'clinic' | 'lab';
}

export interface Patient {
  readonly id: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly birthDate: string | null;
  readonly sex: string;
  readonly email: string | null;
  readonly createdAt: string;
}

export interface Upload {
  readonly id: string;
  readonly filename: string;
  readonly sizeBytes: number;
  readonly status: 'queued' | 'running' | 'done' | 'failed';
  readonly result: {
    readonly format?: { readonly kind: string; readonly family: string; readonly triangleCount?: number };
  } | null;
  readonly error: { readonly code: string; readonly message: string } | null;
  readonly createdAt: string;
}

export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

/** An error answer of the API: `{error: {code, message, where, issues}}`. */
export class ApiFailure extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: readonly FieldIssue[];

  constructor(status: number, code: string, message: string, issues: readonly FieldIssue[] = []) {
    super(message);
    this.status = status;
    this.code = code;
    this.issues = issues;
  }
}

/** Listeners told when the session has ended (401), so the app can show the sign-in page. */
const signedOut = new Set<(message: string) => void>();

export function onSignedOut(listener: (message: string) => void): () => void {
  signedOut.add(listener);
  return () => signedOut.delete(listener);
}

async function request<T>(method: string, path: string, body?: BodyInit, contentType?: string): Promise<T> {
  const headers: Record<string, string> = {};
  if (contentType !== undefined) headers['content-type'] = contentType;
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body === undefined ? {} : { body }),
  });
  if (response.status === 204) return undefined as T;
  const data = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string; issues?: FieldIssue[] };
  } | null;
  if (!response.ok) {
    const error = data?.error;
    const failure = new ApiFailure(
      response.status,
      error?.code ?? 'http_error',
      error?.message ?? `The server answered ${response.status}.`,
      error?.issues ?? [],
    );
    if (response.status === 401 && path !== '/api/auth/login' && path !== '/api/auth/me') {
      for (const listener of signedOut)
        listener(failure.code === 'session_expired' ? failure.message : 'Please sign in again.');
    }
    throw failure;
  }
  return data as T;
}

const json = (value: unknown) => JSON.stringify(value);

export const api = {
  me: () => request<{ user: User }>('GET', '/api/auth/me'),
  login: (email: string, password: string) =>
    request<{ user: User }>('POST', '/api/auth/login', json({ email, password }), 'application/json'),
  logout: () => request<undefined>('POST', '/api/auth/logout'),
  patients: (q: string) =>
    request<{ patients: Patient[] }>('GET', `/api/patients${q === '' ? '' : `?q=${encodeURIComponent(q)}`}`),
  patient: (id: string) => request<{ patient: Patient }>('GET', `/api/patients/${encodeURIComponent(id)}`),
  addPatient: (fields: Record<string, string | null>) =>
    request<{ patient: Patient }>('POST', '/api/patients', json(fields), 'application/json'),
  uploads: (patientId: string) =>
    request<{ uploads: Upload[] }>('GET', `/api/patients/${encodeURIComponent(patientId)}/uploads`),
  upload: (patientId: string, file: File) =>
    request<{ upload: Upload }>(
      'POST',
      `/api/patients/${encodeURIComponent(patientId)}/uploads?filename=${encodeURIComponent(file.name)}`,
      file,
      'application/octet-stream',
    ),
};

/** The signed-in user, as `/api/auth/me` returns it. */
export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: 'clinician' | 'lab_technician' | 'patient' | 'admin';
  readonly organizationId: string;
  readonly organizationName: string;
  readonly organizationKind: 'clinic' | 'lab';
}

export type Sex = 'female' | 'male' | 'other' | 'unknown';

export interface Patient {
  readonly id: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly birthDate: string | null;
  readonly sex: Sex;
  readonly email: string | null;
  readonly createdAt: string;
}

/** The fields `POST /api/patients` takes. */
export interface NewPatient {
  readonly givenName: string;
  readonly familyName: string;
  readonly birthDate: string | null;
  readonly sex: Sex;
  readonly email: string | null;
}

/** What the analysis found in an upload: the detected capture format and any issues. */
export interface UploadResult {
  readonly format?: {
    readonly kind: string;
    readonly family: string;
    readonly triangleCount?: number;
  };
  readonly sizeBytes?: number;
  readonly issues?: readonly FieldIssue[];
}

export interface Upload {
  readonly id: string;
  readonly patientId: string;
  readonly filename: string;
  readonly mediaType: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly status: 'queued' | 'running' | 'done' | 'failed';
  readonly result: UploadResult | null;
  readonly error: { readonly code: string; readonly message: string; readonly where?: string } | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** One finding of a validation: `path` is e.g. `body.givenName`. */
export interface FieldIssue {
  readonly severity?: 'error' | 'warning' | 'info';
  readonly code?: string;
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
    this.name = 'ApiFailure';
    this.status = status;
    this.code = code;
    this.issues = issues;
  }
}

/** What the sign-in page says when a request finds the session gone. */
export const SESSION_ENDED = 'Your session has expired; sign in again.';

/** Listeners told when the session has ended (401), so the app can show the sign-in page. */
const signedOut = new Set<(message: string) => void>();

/**
 * Subscribes to "the session has ended" (any 401 other than from sign-in, sign-out or `me`).
 *
 * @param listener - called with the message to show on the sign-in page
 * @returns a function that unsubscribes
 */
export function onSignedOut(listener: (message: string) => void): () => void {
  signedOut.add(listener);
  return () => signedOut.delete(listener);
}

/**
 * The message for an error caught from an API call.
 *
 * @param failure - what the promise rejected with
 * @param fallback - said when the failure carries no message
 * @returns a sentence to show
 */
export function messageOf(failure: unknown, fallback: string): string {
  if (failure instanceof ApiFailure) return failure.message;
  if (failure instanceof TypeError) return 'The server could not be reached; check the connection and try again.';
  return failure instanceof Error && failure.message !== '' ? failure.message : fallback;
}

/** Paths whose 401 is an answer in itself, not a sign that the session ended. */
const OWN_401 = new Set(['/api/auth/login', '/api/auth/me', '/api/auth/logout']);

async function request<T>(method: string, path: string, body?: BodyInit, contentType?: string): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
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
      error?.message ?? `The server answered ${[response.status, response.statusText].join(' ').trim()}.`,
      error?.issues ?? [],
    );
    if (response.status === 401 && !OWN_401.has(path)) {
      for (const listener of signedOut) listener(SESSION_ENDED);
    }
    throw failure;
  }
  if (data === null) throw new ApiFailure(response.status, 'bad_response', 'The server sent an unreadable answer.');
  return data as T;
}

const json = (value: unknown) => JSON.stringify(value);
const patientPath = (id: string) => `/api/patients/${encodeURIComponent(id)}`;

/** The groundup HTTP API, same origin, session cookie. */
export const api = {
  me: () => request<{ user: User }>('GET', '/api/auth/me'),
  login: (email: string, password: string) =>
    request<{ user: User }>('POST', '/api/auth/login', json({ email, password }), 'application/json'),
  logout: () => request<undefined>('POST', '/api/auth/logout'),
  patients: (q: string) =>
    request<{ patients: Patient[] }>('GET', `/api/patients${q === '' ? '' : `?q=${encodeURIComponent(q)}`}`),
  patient: (id: string) => request<{ patient: Patient }>('GET', patientPath(id)),
  addPatient: (fields: NewPatient) =>
    request<{ patient: Patient }>('POST', '/api/patients', json(fields), 'application/json'),
  uploads: (patientId: string) => request<{ uploads: Upload[] }>('GET', `${patientPath(patientId)}/uploads`),
  upload: (patientId: string, file: File) =>
    request<{ upload: Upload }>(
      'POST',
      `${patientPath(patientId)}/uploads?filename=${encodeURIComponent(file.name)}`,
      file,
      'application/octet-stream',
    ),
};

/**
 * The authorization matrix: every API route × every kind of caller × the caller's own or another
 * organization → the HTTP status it must answer. Pure data; `authorization-matrix.int.test.ts`
 * walks it on PGlite and PostgreSQL and fails when a route of the app has no row here.
 *
 * Callers: `clinician`, `patient`, `clinic_admin` and `api_token` (a clinician-role token) belong to
 * Northside Foot Clinic; `lab_technician` and `lab_admin` to Demo Orthotic Lab; `anonymous` sends no
 * credentials. "own" fills the route's ids with the caller's organization's resources (a lab has no
 * patients: its "own" patient is one of Northside, the clinic that orders from it; a patient's own
 * patient is their own record); "other" with another organization's (Harbour Podiatry for
 * Northside's callers, Northside for the lab's). Public routes answer the same in both.
 */

/** Who calls. */
export type MatrixCaller =
  'anonymous' | 'clinician' | 'lab_technician' | 'patient' | 'clinic_admin' | 'lab_admin' | 'api_token';

/** Every caller the matrix has a column for. */
export const MATRIX_CALLERS: readonly MatrixCaller[] = [
  'anonymous',
  'clinician',
  'lab_technician',
  'patient',
  'clinic_admin',
  'lab_admin',
  'api_token',
];

/**
 * A resource the walker provides for an id:
 * - `patient`, `upload`, `user`: an existing one of the organization;
 * - `invitation`, `token`, `invitationToken`: a fresh one per request (the request may use it up);
 * - `lab`: for "own" the lab's id, for "other" an id that is not a lab's;
 * - `partnerLab`: like `lab`, made a partner of Northside first.
 */
export type MatrixFixture =
  'patient' | 'upload' | 'user' | 'invitation' | 'token' | 'invitationToken' | 'lab' | 'partnerLab';

/** The expected status: one for both organizations, or `[own, other]`. */
export type MatrixStatus = number | readonly [own: number, other: number];

/** One route's row. */
export interface MatrixRow {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As in the OpenAPI document (`{id}` for parameters). */
  readonly path: string;
  /** The route's operationId (null for the OpenAPI document itself). */
  readonly operationId: string | null;
  /**
   * Ids filled from fixtures: into `{name}` in the path, else into the string `{name}` in the JSON
   * body, else as a query parameter.
   */
  readonly params?: Readonly<Record<string, MatrixFixture>>;
  /** Fixed query parameters. */
  readonly query?: Readonly<Record<string, string>>;
  /** A JSON body; the string `{unique}` inside it is replaced by a fresh value per request. */
  readonly json?: unknown;
  /** A raw `application/octet-stream` body (an upload), as text. */
  readonly bytes?: string;
  /** The request ends the caller's session (the walker signs in afresh for it). */
  readonly usesUpSession?: boolean;
  readonly expect: Readonly<Record<MatrixCaller, MatrixStatus>>;
}

const PUBLIC = (status: number): Record<MatrixCaller, MatrixStatus> => ({
  anonymous: status,
  clinician: status,
  lab_technician: status,
  patient: status,
  clinic_admin: status,
  lab_admin: status,
  api_token: status,
});

/** Admins of their own organization (clinic or lab) only. */
const ADMIN_ONLY = (ok: number): Record<MatrixCaller, MatrixStatus> => ({
  anonymous: 401,
  clinician: 403,
  lab_technician: 403,
  patient: 403,
  clinic_admin: ok,
  lab_admin: ok,
  api_token: 403,
});

/** An admin's action on a resource of an organization: 404 for another organization's. */
const ADMIN_ON_RESOURCE = (ok: number): Record<MatrixCaller, MatrixStatus> => ({
  ...ADMIN_ONLY(ok),
  clinic_admin: [ok, 404],
  lab_admin: [ok, 404],
});

/** A clinic's clinicians and admins (and a clinician token), on the clinic's own data. */
const CLINIC_STAFF = (ok: number): Record<MatrixCaller, MatrixStatus> => ({
  anonymous: 401,
  clinician: ok,
  lab_technician: 403,
  patient: 403,
  clinic_admin: ok,
  lab_admin: 403,
  api_token: ok,
});

/** Clinic staff on one patient's data: 404 for another clinic's. */
const CLINIC_STAFF_ON_PATIENT = (ok: number): Record<MatrixCaller, MatrixStatus> => ({
  ...CLINIC_STAFF(ok),
  clinician: [ok, 404],
  clinic_admin: [ok, 404],
  api_token: [ok, 404],
});

/** The matrix: one row per route of the API. */
export const AUTHORIZATION_MATRIX: readonly MatrixRow[] = [
  { method: 'GET', path: '/api/health', operationId: 'getHealth', expect: PUBLIC(200) },
  { method: 'GET', path: '/api/openapi.json', operationId: null, expect: PUBLIC(200) },
  {
    method: 'POST',
    path: '/api/auth/login',
    operationId: 'login',
    json: { email: 'clinician@north.demo.groundup.test', password: 'demo-clinician' },
    expect: PUBLIC(200),
  },
  { method: 'POST', path: '/api/auth/logout', operationId: 'logout', usesUpSession: true, expect: PUBLIC(204) },
  {
    method: 'GET',
    path: '/api/auth/me',
    operationId: 'getMe',
    expect: { ...PUBLIC(200), anonymous: 401 },
  },
  {
    method: 'GET',
    path: '/api/organization',
    operationId: 'getOrganization',
    expect: { ...PUBLIC(200), anonymous: 401 },
  },
  {
    method: 'PATCH',
    path: '/api/organization',
    operationId: 'updateOrganization',
    json: { phone: '+44 20 7946 0000' },
    expect: ADMIN_ONLY(200),
  },
  {
    method: 'GET',
    path: '/api/organization/labs',
    operationId: 'listPartnerLabs',
    expect: CLINIC_STAFF(200),
  },
  {
    method: 'PUT',
    path: '/api/organization/labs/{labId}',
    operationId: 'addPartnerLab',
    params: { labId: 'lab' },
    expect: { ...ADMIN_ONLY(204), clinic_admin: [204, 404], lab_admin: 403 },
  },
  {
    method: 'DELETE',
    path: '/api/organization/labs/{labId}',
    operationId: 'removePartnerLab',
    params: { labId: 'partnerLab' },
    expect: { ...ADMIN_ONLY(204), clinic_admin: [204, 404], lab_admin: 403 },
  },
  {
    method: 'GET',
    path: '/api/labs',
    operationId: 'listLabs',
    expect: { ...ADMIN_ONLY(200), lab_admin: 403 },
  },
  { method: 'GET', path: '/api/users', operationId: 'listUsers', expect: ADMIN_ONLY(200) },
  {
    method: 'PATCH',
    path: '/api/users/{id}',
    operationId: 'updateUser',
    params: { id: 'user' },
    json: { name: 'Renamed By The Matrix' },
    expect: ADMIN_ON_RESOURCE(200),
  },
  { method: 'GET', path: '/api/invitations', operationId: 'listInvitations', expect: ADMIN_ONLY(200) },
  {
    method: 'POST',
    path: '/api/invitations',
    operationId: 'createInvitation',
    json: { email: 'matrix-{unique}@example.org', role: 'admin' },
    expect: ADMIN_ONLY(201),
  },
  {
    method: 'DELETE',
    path: '/api/invitations/{id}',
    operationId: 'revokeInvitation',
    params: { id: 'invitation' },
    expect: ADMIN_ON_RESOURCE(204),
  },
  {
    method: 'GET',
    path: '/api/invitations/lookup',
    operationId: 'lookupInvitation',
    params: { token: 'invitationToken' },
    expect: PUBLIC(200),
  },
  {
    method: 'POST',
    path: '/api/invitations/accept',
    operationId: 'acceptInvitation',
    params: { token: 'invitationToken' },
    json: { token: '{token}', name: 'Matrix Invitee', password: 'a long enough password' },
    expect: PUBLIC(201),
  },
  { method: 'GET', path: '/api/tokens', operationId: 'listApiTokens', expect: ADMIN_ONLY(200) },
  {
    method: 'POST',
    path: '/api/tokens',
    operationId: 'createApiToken',
    json: { name: 'matrix {unique}', role: 'admin' },
    expect: ADMIN_ONLY(201),
  },
  {
    method: 'DELETE',
    path: '/api/tokens/{id}',
    operationId: 'revokeApiToken',
    params: { id: 'token' },
    expect: ADMIN_ON_RESOURCE(204),
  },
  { method: 'GET', path: '/api/audit', operationId: 'listAuditEvents', expect: ADMIN_ONLY(200) },
  { method: 'GET', path: '/api/dev/mailbox', operationId: 'listDevMail', expect: ADMIN_ONLY(200) },
  { method: 'GET', path: '/api/patients', operationId: 'listPatients', expect: CLINIC_STAFF(200) },
  {
    method: 'POST',
    path: '/api/patients',
    operationId: 'createPatient',
    json: { givenName: 'Matrix', familyName: 'Patient {unique}' },
    expect: CLINIC_STAFF(201),
  },
  {
    method: 'GET',
    path: '/api/patients/{id}',
    operationId: 'getPatient',
    params: { id: 'patient' },
    expect: { ...CLINIC_STAFF_ON_PATIENT(200), patient: [200, 404] },
  },
  {
    method: 'PATCH',
    path: '/api/patients/{id}',
    operationId: 'updatePatient',
    params: { id: 'patient' },
    json: { sex: 'unknown' },
    expect: CLINIC_STAFF_ON_PATIENT(200),
  },
  {
    method: 'GET',
    path: '/api/me/patient',
    operationId: 'getMyPatientRecord',
    expect: {
      anonymous: 401,
      clinician: 403,
      lab_technician: 403,
      patient: 200,
      clinic_admin: 403,
      lab_admin: 403,
      api_token: 403,
    },
  },
  {
    method: 'GET',
    path: '/api/patients/{id}/uploads',
    operationId: 'listUploads',
    params: { id: 'patient' },
    expect: CLINIC_STAFF_ON_PATIENT(200),
  },
  {
    method: 'POST',
    path: '/api/patients/{id}/uploads',
    operationId: 'createUpload',
    params: { id: 'patient' },
    query: { filename: 'matrix.txt' },
    bytes: 'not a capture, but bytes all the same',
    expect: CLINIC_STAFF_ON_PATIENT(202),
  },
  {
    method: 'GET',
    path: '/api/uploads/{id}',
    operationId: 'getUpload',
    params: { id: 'upload' },
    expect: CLINIC_STAFF_ON_PATIENT(200),
  },
  {
    method: 'GET',
    path: '/api/uploads/{id}/file',
    operationId: 'downloadUpload',
    params: { id: 'upload' },
    expect: CLINIC_STAFF_ON_PATIENT(200),
  },
];

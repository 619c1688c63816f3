import type { paths } from './schema.js';

/** The HTTP methods the API uses. */
type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';

type JsonContent<R> = R extends { content: { 'application/json': infer B } } ? B : never;

/**
 * The JSON body of an operation's success answer (200, 201 or 202), read from the generated schema.
 * Aliases below name the domain shapes through it, so no API type is ever written by hand.
 */
export type ResponseBody<P extends keyof paths, M extends Method & keyof paths[P]> = paths[P][M] extends {
  responses: infer Rs;
}
  ? JsonContent<Rs[Extract<keyof Rs, 200 | 201 | 202>]>
  : never;

/** The JSON body an operation takes. */
export type RequestBody<P extends keyof paths, M extends Method & keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

/** A signed-in person, as every route returns them. */
export type User = ResponseBody<'/api/auth/me', 'get'>['user'];
/** A role: clinician, lab_technician, patient or admin. */
export type Role = User['role'];
/** A clinic or a lab, with its settings. */
export type Organization = ResponseBody<'/api/organization', 'get'>['organization'];
/** A lab a clinic can order from. */
export type Lab = ResponseBody<'/api/labs', 'get'>['labs'][number];
/** An invitation to join an organization. */
export type Invitation = ResponseBody<'/api/invitations', 'get'>['invitations'][number];
/** What an invitation link shows before it is accepted. */
export type InvitationLookup = ResponseBody<'/api/invitations/lookup', 'get'>;
/** An API token (never its secret, which is shown once on creation). */
export type ApiToken = ResponseBody<'/api/tokens', 'get'>['tokens'][number];
/** One entry of the audit log. */
export type AuditEvent = ResponseBody<'/api/audit', 'get'>['events'][number];
/** One message of the development mailbox. */
export type DevMail = ResponseBody<'/api/dev/mailbox', 'get'>['messages'][number];
/** A patient record. */
export type Patient = ResponseBody<'/api/patients/{id}', 'get'>['patient'];
/** The fields that register a patient. */
export type NewPatient = RequestBody<'/api/patients', 'post'>;
/** A capture file and its analysis. */
export type Upload = ResponseBody<'/api/uploads/{id}', 'get'>['upload'];

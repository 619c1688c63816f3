/** One finding of a validation, as the API reports it (`path` is e.g. `body.givenName`). */
export interface ApiIssue {
  readonly severity?: string;
  readonly code?: string;
  readonly path: string;
  readonly message: string;
}

/** An error answer of the API (`{error: {code, message, where?, issues?}}`), or an unreachable server (status 0). */
export class ApiFailure extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: readonly ApiIssue[];
  /** Seconds to wait before trying again (from `Retry-After`), when the server said. */
  readonly retryAfterSeconds: number | null;

  /**
   * @param status - the HTTP status; 0 when the server could not be reached
   * @param code - the API's error code, e.g. `invalid_credentials`
   * @param message - a sentence for people
   * @param options - the validation issues and the Retry-After seconds, when given
   */
  constructor(
    status: number,
    code: string,
    message: string,
    options: { readonly issues?: readonly ApiIssue[]; readonly retryAfterSeconds?: number | null } = {},
  ) {
    super(message);
    this.name = 'ApiFailure';
    this.status = status;
    this.code = code;
    this.issues = options.issues ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds ?? null;
  }
}

/**
 * Reads an API error body into an {@link ApiFailure}; a body that is not the API's envelope still
 * gives a failure that says the status.
 *
 * @param response - the failed response
 * @param body - its parsed JSON body, if any
 * @returns the failure to throw
 */
export function failureFrom(response: Response, body: unknown): ApiFailure {
  const retryAfter = Number(response.headers.get('retry-after'));
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null;
  const envelope = (body as { error?: { code?: unknown; message?: unknown; issues?: unknown } } | null)?.error;
  if (envelope !== undefined && typeof envelope.code === 'string' && typeof envelope.message === 'string') {
    const issues = Array.isArray(envelope.issues) ? (envelope.issues as ApiIssue[]) : [];
    return new ApiFailure(response.status, envelope.code, envelope.message, { issues, retryAfterSeconds });
  }
  return new ApiFailure(response.status, `http_${response.status}`, `The server answered ${response.status}.`, {
    retryAfterSeconds,
  });
}

/** What the app says when the server cannot be reached at all. */
export const UNREACHABLE = 'The server could not be reached; check the connection and try again.';

/**
 * A sentence for people about any error a query or mutation threw.
 *
 * @param error - what was thrown
 * @returns the API's message, or a general one
 */
export function messageOf(error: unknown): string {
  if (error instanceof ApiFailure) return error.message;
  return 'Something went wrong in the app; reload the page and try again.';
}

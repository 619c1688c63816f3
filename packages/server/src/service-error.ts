import type { Issue } from '@groundup/core';

/**
 * What went wrong in a use case, in the service's words; `http/error-mapping.ts` is the one place
 * that turns a kind into an HTTP status.
 */
export type ServiceErrorKind =
  'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'gone' | 'too_large' | 'unavailable';

/** An error a service throws for a caller's mistake or a refusal (never for a fault). */
export class ServiceError extends Error {
  readonly kind: ServiceErrorKind;
  readonly code: string;
  readonly where: string | undefined;
  readonly issues: readonly Issue[] | undefined;

  /**
   * @param kind - the class of problem (decides the HTTP status)
   * @param code - a stable machine code, e.g. `invitation_expired`
   * @param message - for people
   * @param options - `where` the problem is (`body.email`, `path.id`), and validator issues
   */
  constructor(
    kind: ServiceErrorKind,
    code: string,
    message: string,
    options: { readonly where?: string; readonly issues?: readonly Issue[] } = {},
  ) {
    super(message);
    this.name = 'ServiceError';
    this.kind = kind;
    this.code = code;
    this.where = options.where;
    this.issues = options.issues;
  }
}

/**
 * A 404-kind error for a resource that does not exist or belongs to another organization (the two
 * are never told apart, so ids do not leak).
 *
 * @param what - the resource's name for people, e.g. `patient`
 * @param where - where the id came from, e.g. `path.id`
 * @returns the error to throw
 */
export function notFound(what: string, where = 'path.id'): ServiceError {
  return new ServiceError('not_found', 'not_found', `No such ${what}.`, { where });
}

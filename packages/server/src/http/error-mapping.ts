import type { Issue } from '@groundup/core';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { ServiceError, type ServiceErrorKind } from '../service-error.js';
import { ApiError } from './api-error.js';

/** The one mapping from a service's error kind to an HTTP status. */
export const STATUS_OF: Readonly<Record<ServiceErrorKind, ContentfulStatusCode>> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  too_large: 413,
  rate_limited: 429,
  unavailable: 503,
};

/**
 * Turns a service error into the API's error.
 *
 * @param error - as thrown by a service
 * @returns the ApiError with the mapped status
 */
export function apiErrorOf(error: ServiceError): ApiError {
  return new ApiError(STATUS_OF[error.kind], error.code, error.message, {
    ...(error.where === undefined ? {} : { where: error.where }),
    ...(error.issues === undefined ? {} : { issues: error.issues }),
  });
}

/**
 * Zod's findings as groundup issues (paths relative to the request part).
 *
 * @param error - from a failed parse
 * @returns one issue per finding; a missing field has code `required`
 */
export function zodIssues(error: ZodError): Issue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    return {
      severity: 'error',
      code: missing ? 'required' : issue.code,
      path,
      message: missing ? `${path} is required.` : `${path === '' ? 'The request' : path}: ${issue.message}`,
    };
  });
}

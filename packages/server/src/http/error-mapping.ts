import type { Issue } from '@groundup/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
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
 * The app's `onError`: service and API errors become their JSON envelope; anything else is a fault,
 * logged once with its stack and answered 500 without one.
 *
 * @param log - where faults are reported
 * @returns the handler
 */
export function errorHandler(log: (message: string) => void) {
  return (error: Error, c: Context): Response => {
    if (error instanceof ServiceError) {
      const api = apiErrorOf(error);
      return c.json(api.toBody(), api.status);
    }
    if (error instanceof ApiError) return c.json(error.toBody(), error.status);
    if (error instanceof HTTPException) {
      const malformed = /malformed json/i.test(error.message);
      const body = new ApiError(
        error.status === 500 ? 400 : error.status,
        malformed ? 'malformed_json' : 'bad_request',
        malformed ? 'The request body is not valid JSON.' : error.message || 'Bad request.',
        { where: 'body' },
      );
      return c.json(body.toBody(), body.status);
    }
    log(`groundup: unexpected error on ${c.req.method} ${safePath(c.req.url)}: ${error.stack ?? error.message}`);
    return c.json(
      new ApiError(500, 'internal', 'Something went wrong on the server; it has been logged.').toBody(),
      500,
    );
  };
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '(unparseable URL)';
  }
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

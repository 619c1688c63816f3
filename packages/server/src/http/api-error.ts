import type { Issue } from '@groundup/core';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The JSON body of every error the API returns. */
export interface ApiErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    /** Where the problem is: `body`, `body.givenName`, `cookie`, `path.id`, … */
    readonly where?: string;
    readonly issues?: readonly Issue[];
  };
}

/** An error with an HTTP status, a stable code and a message for people; thrown by handlers, rendered by the app. */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: string;
  readonly where: string | undefined;
  readonly issues: readonly Issue[] | undefined;

  constructor(
    status: ContentfulStatusCode,
    code: string,
    message: string,
    options: { where?: string; issues?: readonly Issue[] } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.where = options.where;
    this.issues = options.issues;
  }

  toBody(): ApiErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.where === undefined ? {} : { where: this.where }),
        ...(this.issues === undefined ? {} : { issues: this.issues }),
      },
    };
  }
}

/**
 * A 400 for a request whose fields failed validation.
 *
 * @param issues - the validator's findings, paths relative to `target`
 * @param target - `body`, `query` or `path`
 * @returns the error to throw
 */
export function invalidRequest(issues: readonly Issue[], target: string): ApiError {
  const errors = issues.filter((issue) => issue.severity === 'error');
  const first = errors[0];
  const where = first === undefined || first.path === '' ? target : `${target}.${first.path}`;
  const message = errors.length === 1 && first !== undefined ? first.message : `${errors.length} fields are invalid.`;
  return new ApiError(400, 'invalid_request', message, {
    where,
    issues: issues.map((issue) => ({ ...issue, path: issue.path === '' ? target : `${target}.${issue.path}` })),
  });
}

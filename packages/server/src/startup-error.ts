/** Why the server or worker could not start. Each is shown as one line, and the process exits non-zero. */
export type StartupErrorCode =
  | 'data_dir_locked'
  | 'data_dir_unusable'
  | 'database_unreachable'
  | 'database_failed'
  | 'port_in_use'
  | 'config_invalid'
  | 'storage_failed';

/** A start-up failure with a code and a one-line message for the operator. */
export class StartupError extends Error {
  readonly code: StartupErrorCode;

  constructor(code: StartupErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartupError';
    this.code = code;
  }
}

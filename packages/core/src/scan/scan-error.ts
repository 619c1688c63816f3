/** Why a scan could not be aligned or measured. */
export type ScanErrorCode = 'not_a_foot' | 'too_small' | 'too_large' | 'empty_mesh' | 'non_finite';

/** A typed failure of the scan pipeline: a stable code, a message, and where it was found. */
export class ScanError extends Error {
  readonly code: ScanErrorCode;
  readonly where: string;

  constructor(code: ScanErrorCode, message: string, where = 'mesh') {
    super(message);
    this.name = 'ScanError';
    this.code = code;
    this.where = where;
  }
}

/** Why a motion file could not be read. */
export type MotionReadErrorCode = 'empty' | 'bad_header' | 'no_data' | 'bad_number';

/** A typed reader failure: what, and where in the file (`line 12`). */
export interface MotionReadError {
  readonly code: MotionReadErrorCode;
  readonly message: string;
  readonly where: string;
}

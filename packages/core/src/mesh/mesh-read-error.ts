/**
 * Why a mesh file could not be read. Stable, snake_case; the CLI and the API show them as they are.
 *
 * - `empty_file`: no bytes at all.
 * - `unknown_format`: not STL, OBJ or PLY (or not the format that was asked for).
 * - `not_a_mesh`: a text file that is not a mesh (no vertices or facets in it).
 * - `invalid_header`: a PLY header that is malformed or has no `end_header`.
 * - `unsupported_property_type`: a PLY property of a type outside the PLY specification.
 * - `truncated`: the file ends in the middle of a record (a triangle, a vertex, a face).
 * - `count_mismatch`: a header promises more records than the file holds.
 * - `invalid_number`: a coordinate or index that is not a number.
 * - `non_finite_coordinate`: NaN or infinity in a coordinate (or a value too large for a 32-bit float).
 * - `index_out_of_range`: a face points at a vertex that does not exist.
 * - `invalid_face`: a face with fewer than three vertices.
 * - `no_triangles`: a well-formed file with no usable triangle.
 */
export type MeshReadErrorCode =
  | 'empty_file'
  | 'unknown_format'
  | 'not_a_mesh'
  | 'invalid_header'
  | 'unsupported_property_type'
  | 'truncated'
  | 'count_mismatch'
  | 'invalid_number'
  | 'non_finite_coordinate'
  | 'index_out_of_range'
  | 'invalid_face'
  | 'no_triangles';

/** A failed read: a stable code, one human sentence, and where in the file (`byte 1234`, `line 17`, `face 10`). */
export interface MeshReadError {
  readonly code: MeshReadErrorCode;
  readonly message: string;
  readonly where: string;
}

/**
 * Thrown inside the readers and caught by `readMesh`, which turns it into a `MeshReadError` result;
 * it never leaves the mesh module.
 */
export class MeshParseFailure extends Error {
  readonly code: MeshReadErrorCode;
  readonly where: string;

  constructor(code: MeshReadErrorCode, where: string, message: string) {
    super(message);
    this.name = 'MeshParseFailure';
    this.code = code;
    this.where = where;
  }
}

/**
 * Stops a reader with a typed failure.
 *
 * @param code - the error code
 * @param where - the place in the file
 * @param message - one sentence
 * @returns never
 */
export function fail(code: MeshReadErrorCode, where: string, message: string): never {
  throw new MeshParseFailure(code, where, message);
}

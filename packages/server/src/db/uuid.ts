const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a string is a UUID. Repositories check ids with it before a query, so that a malformed id
 * is "not found" rather than a database cast error.
 *
 * @param value - an id from a request
 * @returns true for the 8-4-4-4-12 hex form
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

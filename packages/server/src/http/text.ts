import { z } from '@hono/zod-openapi';

/**
 * The string schema every request field uses: at most `max` characters and no NUL character
 * (PostgreSQL cannot store one, and no person types one).
 *
 * @param max - the longest accepted value, in characters
 * @returns a zod string schema with both checks (add `.min()`, `.optional()` … as needed)
 */
export function text(max: number) {
  return z
    .string()
    .max(max, { message: `At most ${max} characters.` })
    .refine((value) => !value.includes('\u0000'), { message: 'Must not contain a NUL character.' });
}

/** Longest email address (RFC 5321: 254 characters in a path). */
export const EMAIL_MAX = 254;
/** Longest name of a person or an organization. */
export const NAME_MAX = 200;
/** Longest free-text search term. */
export const QUERY_MAX = 200;
/** Longest id (a UUID is 36; anything longer is not an id). */
export const ID_MAX = 64;

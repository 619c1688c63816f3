import { randomBytes } from 'node:crypto';
import { secretHash } from './sessions.js';

/** Every API token secret starts with this, so scanners and people recognise one. */
export const API_TOKEN_PREFIX = 'gu_';

/** A new API token secret and what is stored of it. */
export interface NewApiTokenSecret {
  /** `gu_` + 43 base64url characters (256 random bits); shown once. */
  readonly secret: string;
  /** SHA-256 of the secret, hex: the only form stored. */
  readonly hash: string;
  /** The first 8 characters after `gu_`, shown in lists. */
  readonly prefix: string;
}

/**
 * Makes a new API token secret.
 *
 * @returns the secret, its hash and its display prefix
 */
export function newApiTokenSecret(): NewApiTokenSecret {
  const secret = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { secret, hash: secretHash(secret), prefix: secret.slice(0, API_TOKEN_PREFIX.length + 8) };
}

/**
 * Reads the token from an `Authorization` header.
 *
 * @param header - the header's value, if any
 * @returns none (no header), invalid (not `Bearer gu_…`), or the secret
 */
export function bearerSecret(
  header: string | undefined,
): { readonly kind: 'none' } | { readonly kind: 'invalid' } | { readonly kind: 'secret'; readonly secret: string } {
  if (header === undefined || header.trim() === '') return { kind: 'none' };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const secret = match?.[1];
  if (secret === undefined || !secret.startsWith(API_TOKEN_PREFIX) || secret.length > 200) return { kind: 'invalid' };
  return { kind: 'secret', secret };
}

import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt cost (RFC 7914): N=2^15, r=8, p=1, about 32 MiB and a few tens of milliseconds a hash.
 * OWASP's cheat sheet asks for N=2^17; the parameters are stored with each hash, so they can be
 * raised later and old hashes still verify.
 */
const COST = { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const KEY_BYTES = 64;
const SALT_BYTES = 16;

function scrypt(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(password, salt, keylen, options, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

/**
 * Hashes a password with scrypt and a random salt.
 *
 * @param password - the plain password
 * @returns `scrypt$N$r$p$salt$hash` with base64url salt and hash
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scrypt(password, salt, KEY_BYTES, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/**
 * Checks a password against a stored hash in constant time.
 *
 * @param password - the plain password
 * @param stored - a value from {@link hashPassword}
 * @returns true when it matches; false for a wrong password or a malformed hash
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, saltText, keyText] = parts;
  const N = Number(n);
  const options = { N, r: Number(r), p: Number(p), maxmem: COST.maxmem };
  if (![options.N, options.r, options.p].every((v) => Number.isInteger(v) && v > 0)) return false;
  const expected = Buffer.from(keyText ?? '', 'base64url');
  if (expected.length === 0) return false;
  const actual = await scrypt(password, Buffer.from(saltText ?? '', 'base64url'), expected.length, options);
  return timingSafeEqual(actual, expected);
}

import { createMiddleware } from 'hono/factory';
import { ApiError } from './api-error.js';

const NUL = '\u0000';

function decodeOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * Checks a raw request target (path and query, still percent-encoded) for malformed
 * percent-encodings and NUL characters.
 *
 * @param rawPath - the path as sent, e.g. `/api/patients/%E0%A4%A`
 * @param rawQuery - the query string without `?`, as sent
 * @returns the error to answer with, or null when the target is clean
 */
export function checkRequestTarget(rawPath: string, rawQuery: string): ApiError | null {
  const path = decodeOrNull(rawPath);
  if (path === null) {
    return new ApiError(400, 'malformed_encoding', 'The URL path has a malformed percent-encoding.', { where: 'path' });
  }
  if (path.includes(NUL)) {
    return new ApiError(400, 'nul_character', 'The URL path contains a NUL character.', { where: 'path' });
  }
  if (rawQuery === '') return null;
  for (const pair of rawQuery.split('&')) {
    const equals = pair.indexOf('=');
    const name = equals < 0 ? pair : pair.slice(0, equals);
    const value = equals < 0 ? '' : pair.slice(equals + 1);
    const decodedName = decodeOrNull(name.replace(/\+/g, ' '));
    const decodedValue = decodeOrNull(value.replace(/\+/g, ' '));
    const where = decodedName === null || decodedName === '' ? 'query' : `query.${decodedName}`;
    if (decodedName === null || decodedValue === null) {
      return new ApiError(400, 'malformed_encoding', 'The query string has a malformed percent-encoding.', { where });
    }
    if (decodedName.includes(NUL) || decodedValue.includes(NUL)) {
      return new ApiError(400, 'nul_character', 'The query string contains a NUL character.', { where });
    }
  }
  return null;
}

/**
 * Finds the first string (value or key) containing a NUL character in parsed JSON.
 *
 * @param value - a parsed JSON value
 * @param path - the path of `value`, dot separated (`''` for the root)
 * @returns the path of the offending string (`body`-relative), or null when there is none
 */
export function findNulInJson(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNulInJson(value[i], path === '' ? String(i) : `${path}.${i}`);
      if (found !== null) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const at = path === '' ? key : `${path}.${key}`;
      if (key.includes(NUL)) return at;
      const found = findNulInJson(item, at);
      if (found !== null) return found;
    }
  }
  return null;
}

function isJson(contentType: string | undefined): boolean {
  const media = contentType?.split(';')[0]?.trim().toLowerCase();
  return media === 'application/json' || (media !== undefined && media.endsWith('+json'));
}

/**
 * Middleware: a request whose path or query has a malformed percent-encoding or a NUL character is
 * answered 400 (`malformed_encoding`, `nul_character`) before any route sees it.
 *
 * @returns the middleware; register it early (it reads no body)
 */
export function rejectMalformedTargets() {
  return createMiddleware(async (c, next) => {
    const url = c.req.url;
    const pathStart = url.indexOf('/', url.indexOf('://') + 3);
    const target = pathStart < 0 ? '/' : url.slice(pathStart);
    const hash = target.indexOf('#');
    const withoutHash = hash < 0 ? target : target.slice(0, hash);
    const question = withoutHash.indexOf('?');
    const rawPath = question < 0 ? withoutHash : withoutHash.slice(0, question);
    const rawQuery = question < 0 ? '' : withoutHash.slice(question + 1);
    const problem = checkRequestTarget(rawPath, rawQuery);
    if (problem !== null) throw problem;
    await next();
  });
}

/**
 * Middleware: a JSON body that is not JSON, or holds a NUL character in any string or key, is
 * answered 400 (`malformed_json`, `nul_character` with the field's path). The body is read here
 * (after the body limit); the routes read the same text again from Hono's body cache.
 *
 * @returns the middleware; register it after the body limit
 */
export function rejectMalformedJson() {
  return createMiddleware(async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && isJson(c.req.header('content-type'))) {
      const text = await c.req.text();
      let parsed: unknown = undefined;
      if (text.trim() !== '') {
        try {
          parsed = JSON.parse(text);
        } catch {
          throw new ApiError(400, 'malformed_json', 'The request body is not valid JSON.', { where: 'body' });
        }
      }
      const at = findNulInJson(parsed);
      if (at !== null) {
        throw new ApiError(400, 'nul_character', 'A text field contains a NUL character.', {
          where: at === '' ? 'body' : `body.${at}`,
        });
      }
    }
    await next();
  });
}

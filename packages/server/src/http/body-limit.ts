import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { ApiError } from './api-error.js';

/** The body limit of every route that does not say otherwise: 1 MiB. */
export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * A route's own body limit. `maxBytes: 'streamed'` means the route streams its body to storage and
 * counts the bytes itself (uploads); the edge then neither buffers nor limits it.
 */
export interface BodyLimitRule {
  readonly method: string;
  /** A Hono-style path, `:name` for one segment: `/api/patients/:id/uploads`. */
  readonly path: string;
  readonly maxBytes: number | 'streamed';
}

interface CompiledRule {
  readonly method: string;
  readonly pattern: RegExp;
  readonly maxBytes: number | 'streamed';
}

function compile(rule: BodyLimitRule): CompiledRule {
  const source = rule.path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return { method: rule.method.toUpperCase(), pattern: new RegExp(`^${source}/?$`), maxBytes: rule.maxBytes };
}

function tooLarge(maxBytes: number): ApiError {
  const size = maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / 1048576)} MB` : `${Math.round(maxBytes / 1024)} KB`;
  return new ApiError(413, 'too_large', `The request body is over this route's limit of ${size}.`, { where: 'body' });
}

/**
 * Middleware: a body limit on every route. A declared `Content-Length` over the limit is refused at
 * once, before a byte of the body is read; a chunked body is counted as it arrives and refused as
 * soon as it passes the limit (at most the limit is ever held). A 413 answer asks the client to
 * close the connection, so the rest of an oversized body is not read.
 *
 * @param options - `defaultMaxBytes` (1 MiB unless given) and the routes with their own limits
 * @returns the middleware; register it before anything that reads a body
 */
export function bodyLimit(
  options: { readonly defaultMaxBytes?: number; readonly rules?: readonly BodyLimitRule[] } = {},
) {
  const defaultMaxBytes = options.defaultMaxBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const rules = (options.rules ?? []).map(compile);
  const limitFor = (c: Context): number | 'streamed' => {
    const path = c.req.path;
    const method = c.req.method.toUpperCase();
    return rules.find((rule) => rule.method === method && rule.pattern.test(path))?.maxBytes ?? defaultMaxBytes;
  };
  return createMiddleware(async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    const maxBytes = limitFor(c);
    if (maxBytes === 'streamed') return next();
    const refuse = (): never => {
      c.header('Connection', 'close');
      throw tooLarge(maxBytes);
    };
    const declared = c.req.header('content-length');
    const chunked = c.req.header('transfer-encoding') !== undefined;
    if (declared !== undefined && !chunked) {
      const length = Number(declared);
      if (!Number.isSafeInteger(length) || length < 0) {
        throw new ApiError(400, 'bad_content_length', 'Content-Length is not a byte count.', { where: 'headers' });
      }
      if (length > maxBytes) refuse();
      return next();
    }
    const body = c.req.raw.body;
    if (body === null) return next();
    const reader: ReadableStreamDefaultReader<Uint8Array> = body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      const value = chunk.value;
      size += value.byteLength;
      if (size > maxBytes) {
        chunks.length = 0;
        reader.releaseLock();
        refuse();
      }
      chunks.push(value);
    }
    const whole = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      whole.set(chunk, offset);
      offset += chunk.byteLength;
    }
    c.req.raw = new Request(c.req.raw, { body: whole });
    await next();
  });
}

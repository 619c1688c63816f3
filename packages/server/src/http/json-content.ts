import type { z } from '@hono/zod-openapi';

/**
 * `{content: {'application/json': {schema}}}` for a route's request body or response.
 *
 * @param schema - the zod schema
 * @returns the OpenAPI content object
 */
export function jsonContent<T extends z.ZodType>(schema: T) {
  return { content: { 'application/json': { schema } } };
}

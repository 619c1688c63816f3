import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
};

/**
 * Serves the built web app: files under `webDir`, and `index.html` for any other path so the
 * app's own routes work on reload.
 *
 * @param webDir - the Vite build output
 * @returns a Hono handler
 */
export function serveWebApp(webDir: string) {
  const root = path.resolve(webDir);
  return async (c: Context): Promise<Response> => {
    const requested = decodeURIComponent(new URL(c.req.url).pathname);
    const candidate = path.resolve(root, `.${requested}`);
    const inside = candidate === root || candidate.startsWith(root + path.sep);
    let file = path.join(root, 'index.html');
    if (inside && requested !== '/') {
      const info = await stat(candidate).catch(() => null);
      if (info?.isFile() === true) file = candidate;
    }
    const body = await readFile(file).catch(() => null);
    if (body === null) {
      return c.text('The web app is not built: run `npm run build`.', 503);
    }
    const immutable = file.includes(`${path.sep}assets${path.sep}`);
    return c.body(new Uint8Array(body), 200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
  };
}

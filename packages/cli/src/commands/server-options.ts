import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Io } from '../io.js';

/**
 * The built web app beside this package (`packages/web/dist`), or null when it has not been built.
 *
 * @returns an absolute directory or null
 */
export function builtWebDir(): string | null {
  const dir = fileURLToPath(new URL('../../../web/dist/', import.meta.url));
  return existsSync(`${dir}index.html`) ? dir : null;
}

/**
 * Resolves once SIGINT or SIGTERM arrives.
 *
 * @param io - where to say that it is stopping
 */
export function untilSignal(io: Io): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      io.stderr(`groundup: ${signal}, stopping\n`);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

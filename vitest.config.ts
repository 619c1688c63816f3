import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the TypeScript sources; the CLI and e2e tests run the compiled build.
    alias: [
      { find: /^@groundup\/core$/, replacement: source('core') },
      {
        find: /^@groundup\/core\/version$/,
        replacement: fileURLToPath(new URL('./packages/core/src/version.ts', import.meta.url)),
      },
      { find: /^@groundup\/server$/, replacement: source('server') },
    ],
  },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/web/src/**/*.test.tsx',
      'packages/*/test/**/*.test.ts',
      'packages/*/e2e/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    reporters: ['default', './test-support/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
  },
});

#!/usr/bin/env node
// The groundup command. Compiled JavaScript only: `npm run build` makes ../dist.
import('../dist/main.js').then(
  async (cli) => {
    process.exitCode = await cli.run(process.argv.slice(2));
  },
  (error) => {
    process.stderr.write(
      error && error.code === 'ERR_MODULE_NOT_FOUND'
        ? 'groundup: not built yet; run `npm run build` in the repository first\n'
        : `groundup: ${error && error.message ? error.message : error}\n`,
    );
    process.exitCode = 1;
  },
);

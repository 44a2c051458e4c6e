#!/usr/bin/env node
// The `klasdeur` command. It runs the TypeScript sources directly through tsx, so it works right after
// `npm ci` with no build step; the commands themselves live in src/cli/main.ts.
import { register } from 'tsx/esm/api';

register();
// Output piped into `head` and the like: stop quietly when the reader has gone.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));

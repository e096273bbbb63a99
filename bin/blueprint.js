#!/usr/bin/env node
import { run } from '../dist/bin/blueprint.js';

// Output piped to a command that stops reading (`| head`): end quietly, keeping the exit code.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdinIsTTY: process.stdin.isTTY === true,
  cwd: process.cwd(),
  env: process.env,
});

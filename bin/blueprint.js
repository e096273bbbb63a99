#!/usr/bin/env node
import { loadProgram } from '../dist/cli/load-program.js';

// Output piped to a command that stops reading (`| head`): end quietly, keeping the exit code.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await loadProgram().program.run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdinIsTTY: process.stdin.isTTY === true,
  // Touched only by `check --stdin`: opening process.stdin costs start-up time.
  stdin: { [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator]() },
  cwd: process.cwd(),
  env: process.env,
});

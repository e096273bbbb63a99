import { Readable } from 'node:stream';
import type { IO } from '../../src/cli/io.js';
import { run } from '../../src/cli/program.js';

/** What a CLI run printed and returned. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output; standard input is a terminal only with `tty`, and holds `stdin`. */
export async function runCli(
  argv: string[],
  options: { cwd: string; env?: Record<string, string>; tty?: boolean; stdin?: string | Uint8Array },
): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: IO = {
    stdout: {
      write: (text) => {
        stdout += text;
      },
      isTTY: false,
    },
    stderr: {
      write: (text) => {
        stderr += text;
      },
      isTTY: false,
    },
    stdinIsTTY: options.tty ?? false,
    stdin: options.stdin === undefined ? undefined : Readable.from([Buffer.from(options.stdin)]),
    cwd: options.cwd,
    env: options.env ?? {},
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

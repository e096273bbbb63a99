/** A stream the CLI writes to. */
export interface OutputStream {
  write(text: string): void;
  isTTY?: boolean;
}

/** Everything the CLI touches of the outside world, so tests can run it in-process. */
export interface IO {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Whether standard input is a terminal (prompts need one). */
  stdinIsTTY: boolean;
  /** Standard input's bytes, for `check --stdin`; absent, there is nothing to read. */
  stdin?: AsyncIterable<Uint8Array | string>;
  cwd: string;
  env: Record<string, string | undefined>;
}

/**
 * Colour on or off, as the conventions say: --no-color wins, then --color, NO_COLOR, FORCE_COLOR,
 * a terminal. FORCE_COLOR `0` or `false` forces colour off (as supports-color reads it); any
 * other value, even empty, forces it on.
 */
export function useColor(flag: boolean | undefined, io: IO): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return io.stdout.isTTY === true;
}

/** Whether the environment says it is CI: `CI` set to anything but '', '0' or 'false'. */
export function isCI(env: IO['env']): boolean {
  const value = env.CI;
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

/**
 * Reads standard input whole, as bytes, up to `limit` bytes: undefined past it (the reading stops
 * there, so an endless stream cannot exhaust the memory).
 */
export async function readInput(
  input: AsyncIterable<Uint8Array | string> | undefined,
  limit: number,
): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of input ?? []) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    size += bytes.length;
    if (size > limit) return undefined;
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

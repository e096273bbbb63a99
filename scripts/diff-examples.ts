// The examples of `blueprint diff` in docs/diff.md and README.md: each `<!-- example: ARGS -->`
// marker is followed by a fenced block holding what `blueprint ARGS` prints, run in
// test/fixtures/diff/ in-process. `npm run docs` rewrites the blocks; test/diff/docs.test.ts
// fails when one is stale.
import { fileURLToPath } from 'node:url';
import type { IO } from '../src/cli/io.js';
import { run } from '../src/cli/program.js';

/** The folder the examples run in. */
export const EXAMPLES_DIR = fileURLToPath(new URL('../test/fixtures/diff/', import.meta.url));

/** The documents that hold examples. */
export const EXAMPLE_DOCUMENTS = ['docs/diff.md', 'README.md'];

const MARKER = /(<!-- example: ([^\n]*?) -->\n```(\w*)\n)([\s\S]*?)(```)/g;

/** What `blueprint` prints for these arguments, without colour, in English unless asked. */
async function output(args: string): Promise<string> {
  let printed = '';
  const io: IO = {
    stdout: {
      write: (text) => {
        printed += text;
      },
      isTTY: false,
    },
    stderr: { write: () => {} },
    stdinIsTTY: false,
    cwd: EXAMPLES_DIR,
    env: {},
  };
  await run(args.split(' '), io);
  return printed;
}

/** The document with every example block holding the tool's current output. */
export async function withExamples(markdown: string): Promise<string> {
  const outputs = new Map<string, string>();
  for (const match of markdown.matchAll(MARKER))
    outputs.set(match[2] as string, await output(match[2] as string));
  return markdown.replace(
    MARKER,
    (_whole, head: string, args: string, _lang, _body, end: string) => `${head}${outputs.get(args)}${end}`,
  );
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/**
 * The command line as one CommonJS file (scripts/bundle.mjs), which `bin/blueprint.js` runs (the
 * same path from src/cli/ and dist/cli/). Its first line names its code cache:
 * `// code cache: <file>`.
 */
export const PROGRAM_FILE: string = fileURLToPath(new URL('../../dist/bin/blueprint.cjs', import.meta.url));

/** What the bundle exports: the program of src/cli/program.ts. */
export type Program = typeof import('./program.js');

/** The loaded program, and the compiled script it came from (to make its code cache from). */
export interface LoadedProgram {
  program: Program;
  script: Script;
  /** The code cache file the bundle names, beside it; undefined if it names none. */
  cacheFile: string | undefined;
}

const CACHE_LINE = /^\/\/ code cache: ([\w.-]+\.cache)\n/;

/**
 * Loads the bundled program with V8's code cache, made at build time by running it
 * (scripts/bundle.mjs). The cache holds the bytecode of every function that run compiled, so a
 * run starts without compiling them: start-up and the first files of a catalogue take ~40–80 ms
 * less (docs/speed.md, item 50). Node 20 has no such cache for ES modules, hence CommonJS.
 *
 * V8 uses the cache only if it was made by the same V8, with the same flags, for a source of the
 * same length; otherwise it compiles as without one, which changes nothing but the time. The
 * cache's file name carries a hash of the bundle, so a cache made for another build of it is
 * never read. The cache is the package's own, beside the bundle: nothing is read from the project
 * being checked. A dynamic `import()` cannot run from cached code in Node 20 ("A dynamic import
 * callback was not specified"), so the program loads packages on demand with `require`.
 */
export function loadProgram(file: string = PROGRAM_FILE): LoadedProgram {
  const source = readFileSync(file, 'utf8');
  const named = CACHE_LINE.exec(source)?.[1];
  const cacheFile = named === undefined ? undefined : join(dirname(file), named);
  const script = new Script(wrap(source), { filename: file, cachedData: readIfAny(cacheFile) });
  const module = { exports: {} as Program };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper(module.exports, createRequire(file), module, file, dirname(file));
  return { program: module.exports, script, cacheFile };
}

/** The function Node wraps a CommonJS file in: the bundle sees `require` and `module` as any such file. */
function wrap(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
}

function readIfAny(file: string | undefined): Buffer | undefined {
  if (file === undefined) return undefined;
  try {
    return readFileSync(file);
  } catch {
    return undefined; // not built (or removed): V8 compiles the program as it runs
  }
}

// Bundles the command line into dist/bin/, after `tsc` has built dist/, and makes its V8 code cache.
//
// - dist/bin/blueprint.cjs: the program, one CommonJS file. bin/blueprint.js loads it with the
//   code cache (src/cli/load-program.ts): Node 20 caches no compiled code for ES modules, and
//   compiling the program was a third of a one-file run. Commands, reporters and their modules
//   are evaluated when first used, as esbuild wraps what is imported dynamically.
// - dist/bin/blueprint-<hash>.cache: V8's code cache for it, made by running the program here on
//   the examples, so that it holds the bytecode of what a check compiles. Its name, written on
//   the bundle's first line, carries a hash of the bundle: a cache never meets another build.
// - dist/bin/worker.js: the worker thread of large runs (src/check/worker.ts), an ES module.
//
// Every module that finds a package file by `import.meta.url` is two folders below the package
// root (src/<folder>/, so dist/<folder>/), as the bundle is (dist/bin/): the relative paths hold
// in both. test/cli/bundle.test.ts runs each command through the bundle.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/bin', { recursive: true, force: true }); // no cache of an earlier build left
mkdirSync('dist/bin');

// Packages stay in node_modules, loaded when a run needs them, except commander, which every run
// loads: bundled, its compiled code is in the cache too (~6 ms of each start).
const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: Object.keys(dependencies).filter((name) => name !== 'commander'),
  logLevel: 'warning',
};

const [program] = (
  await build({
    ...common,
    entryPoints: ['dist/cli/program.js'],
    outfile: 'dist/bin/blueprint.cjs',
    format: 'cjs',
    write: false,
    define: { 'import.meta.url': 'importMetaUrl' },
    // Strict as the ES modules it is made of: the directive must come before any statement.
    banner: {
      js: '"use strict";\nconst importMetaUrl = require("node:url").pathToFileURL(__filename).href;',
    },
  })
).outputFiles;
const hash = createHash('sha256').update(program.contents).digest('hex').slice(0, 16);
writeFileSync(program.path, `// code cache: blueprint-${hash}.cache\n${program.text}`);

await build({
  ...common,
  entryPoints: ['dist/check/worker.js'],
  outfile: 'dist/bin/worker.js',
  format: 'esm',
  // For the `require` of the CommonJS modules bundled in it (the validators).
  banner: {
    js: 'import { createRequire as bannerRequire } from "node:module";\nconst require = bannerRequire(import.meta.url);',
  },
});

// Made by this process: V8 takes the cache only from the same V8 with the same flags, so a build
// run with V8 flags in NODE_OPTIONS makes one that a plain `node` declines (and compiles as before).
const { loadProgram } = await import('../dist/cli/load-program.js');
const { program: cli, script, cacheFile } = loadProgram();
const discard = { write: () => {} };
for (const argv of [
  ['check', 'examples'],
  ['check', '--format', 'json', 'examples'],
]) {
  const io = { stdout: discard, stderr: discard, stdinIsTTY: false, cwd: process.cwd(), env: {} };
  if ((await cli.run(argv, io)) !== 0) throw new Error(`bundle: blueprint ${argv.join(' ')} failed`);
}
writeFileSync(cacheFile, script.createCachedData());

// Bundles the command-line program and its worker thread into dist/bin/, after `tsc` has built
// dist/. Node loads one ES module at a time through its asynchronous loader: the ~90 modules
// `check` needs took ~45 ms to load, the bundle ~25 (docs/speed.md). Commands, reporters and
// packages stay separate chunks, loaded by the command that uses them, as before.
//
// Every module that finds a package file by `import.meta.url` is two folders below the package
// root (src/<folder>/, so dist/<folder>/), as the bundle's chunks are (dist/bin/): the relative
// paths hold in both. test/cli/bundle.test.ts runs each command through the bundle.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/bin', { recursive: true, force: true }); // chunks are named by hash: no stale one left

await build({
  entryPoints: { blueprint: 'dist/cli/program.js', worker: 'dist/check/worker.js' },
  outdir: 'dist/bin',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});

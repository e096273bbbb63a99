// Mutation testing (StrykerJS 9, vitest runner): `npm run mutation`, or one folder at a time with
// `npm run mutation -- --mutate 'src/rules/**/*.ts'`. Not part of `npm test` or CI: a full run
// takes tens of minutes on 2 cores. See docs/testing.md for the latest scores.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.stryker.config.ts' },
  mutate: [
    'src/load/**/*.ts',
    'src/schema/**/*.ts',
    '!src/schema/generated/**',
    'src/model/**/*.ts',
    'src/rules/**/*.ts',
  ],
  coverageAnalysis: 'perTest',
  // The machine is shared: two test processes at most.
  concurrency: 2,
  timeoutMS: 15000,
  // Static code (module-level tables) would be rerun with the whole suite for every mutant.
  ignoreStatic: true,
  // Not incremental: reusing a run's results kept survivors that tests added since then kill.
  incremental: false,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 85, low: 75, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};

import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The test run Stryker uses for each mutant: the whole suite except the 1,000-file run of the
 * built executable (dist/ is never mutated, so it cannot kill a mutant) and the corpus (thousands
 * of checks per mutant, for what the properties already reach), with property runs scaled down
 * (every mutant reruns the properties that reach it).
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['test/cli-fuzz.test.ts', 'test/corpus.test.ts', 'node_modules/**'],
      env: { PROPERTY_RUNS_SCALE: '0.1' },
    },
  }),
);

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/fast-check.ts'],
    testTimeout: 20_000,
    // A missing snapshot or golden file fails, on a laptop as in CI: only `npm run
    // test:golden:update` (vitest -u) writes them, so a lost golden is never silently re-recorded.
    update: 'none',
  },
});

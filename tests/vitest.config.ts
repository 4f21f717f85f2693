import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser tests share one machine with two cores; keep the pool small.
    maxWorkers: 3,
    // Files share nothing at module level (each opens its own browser and scratch folders), so a worker can run
    // one file after another instead of starting afresh for each: about half a second saved per file.
    isolate: false,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});

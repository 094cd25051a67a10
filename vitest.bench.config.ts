import { defineConfig } from 'vitest/config';

// `npm run test:bench`: the benchmark scripts run small, so that they cannot rot unnoticed.
export default defineConfig({
  test: {
    include: ['test/bench/**/*.test.ts'],
    testTimeout: 120_000,
    globalSetup: ['test/global-setup.ts'],
  },
});

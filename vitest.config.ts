import { defineConfig } from 'vitest/config';

// The benchmark checks (test/bench) take most of a run's time: `npm run test:bench` runs them.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/bench/**', '**/node_modules/**'],
    testTimeout: 30_000,
    // Removing a batch's thousands of scratch files can take long on a loaded machine.
    hookTimeout: 120_000,
    globalSetup: ['test/global-setup.ts'],
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Removing a test's scratch folder (one holds a 50 MB story) outlasts 10 s on a busy machine.
    hookTimeout: 60_000,
    globalSetup: ['test/global-setup.ts'],
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Removing a test's scratch folders of thousands of files can take longer than the default
    // 10 s on a loaded machine; a hook is held to the same limit as a test.
    hookTimeout: 30_000,
    globalSetup: ['test/global-setup.ts'],
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Removing a test's scratch folders of thousands of files can take longer than the default
    // 10 s on a loaded machine (13,000 files: 25 s at a load of 15 on two cores).
    hookTimeout: 120_000,
    globalSetup: ['test/global-setup.ts'],
  },
});

import { defineConfig } from 'vitest/config';

// `npm run test:slow`: end-to-end runs that spawn many processes (parallel batches and their
// signals, shards and cluster recipes, the packed tarball installed, a real terminal).
export default defineConfig({
  test: {
    include: ['test/**/*.slow.test.ts'],
    // Each test spawns many processes; on a shared machine that can take minutes.
    testTimeout: 120_000,
    // Removing a batch's thousands of scratch files can take long on a loaded machine.
    hookTimeout: 120_000,
    globalSetup: ['test/global-setup.ts'],
  },
});

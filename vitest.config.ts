import { defineConfig } from 'vitest/config';

// `npm test`: every behaviour of the parser and the CLI. The benchmark checks (test/bench) and
// the slow end-to-end runs of batches, clusters, the packed tarball and terminals
// (test/*.slow.test.ts) have their own commands, `npm run test:bench` and `npm run test:slow`.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/bench/**', 'test/**/*.slow.test.ts', '**/node_modules/**'],
    // The library keeps no state between calls, so the test files share one module graph in
    // worker threads instead of each importing it anew in its own process: half the CPU time.
    pool: 'threads',
    isolate: false,
    testTimeout: 30_000,
    // Removing a batch's scratch files can take long on a loaded machine.
    hookTimeout: 120_000,
    globalSetup: ['test/global-setup.ts'],
  },
});

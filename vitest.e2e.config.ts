import { defineConfig } from 'vitest/config';

// Browser tests: the production build in dist/, served locally, driven in the system Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium at a time keeps the run steady on a 2-core machine.
    fileParallelism: false,
  },
});

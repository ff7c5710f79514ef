import { defineConfig } from 'vitest/config';

// Browser tests (tests/e2e): one Chromium per spec file, files one after another so two cores are not fought over
// by several browsers. `npm run test:e2e` builds first; the global setup builds only when no build exists.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.spec.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    retry: 0,
  },
});

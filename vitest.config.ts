import { defineConfig } from 'vitest/config';

// `npm test` runs the `unit` project: every test but the long fuzz run, which has its own
// script (`npm run test:fuzz`, also in CI). Many tests start the real CLI as a process or
// LibreOffice; on a busy two-core machine one of them can take many times its usual few
// seconds, so the timeouts are there to catch a hang, not to measure speed (that is what
// `npm run bench` is for).
const TIMEOUT = 180_000;

export default defineConfig({
  test: {
    // the bad-input table changes the working directory per case: processes, not threads
    pool: 'forks',
    testTimeout: TIMEOUT,
    hookTimeout: TIMEOUT,
    teardownTimeout: TIMEOUT,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.fuzz.test.ts'],
          // one temporary folder for the tests' files; the working tree left as it was
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
      { extends: true, test: { name: 'fuzz', include: ['test/**/*.fuzz.test.ts'] } },
    ],
  },
});

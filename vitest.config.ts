import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// `npm test` runs the `unit` project: every test but the long fuzz run, which has its own
// script (`npm run test:fuzz`, also in CI). Many tests start the real CLI as a process or
// LibreOffice; on a busy two-core machine one of them can take many times its usual few
// seconds, so the timeouts are there to catch a hang, not to measure speed (that is what
// `npm run bench` is for).
const TIMEOUT = 180_000;

export default defineConfig({
  test: {
    // runInProcess (test/support/in-process.ts) changes the working directory: processes, not threads
    pool: 'forks',
    // most tests wait on a child process (the bin, LibreOffice, a terminal) that works on
    // another core: two test processes keep a two-core machine busy, where vitest's default
    // (cores − 1) would run one file after the other
    maxWorkers: Math.max(3, availableParallelism()),
    testTimeout: TIMEOUT,
    hookTimeout: TIMEOUT,
    teardownTimeout: TIMEOUT,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.fuzz.test.ts', 'test/**/*.gnumeric.test.ts', 'test/**/*.recalc.test.ts', 'test/**/*.slow.test.ts'],
          // one temporary folder for the tests' files; the working tree left as it was
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
      { extends: true, test: { name: 'fuzz', include: ['test/**/*.fuzz.test.ts'] } },
      // the slowest attacks (very large inputs, full disks): `npm run test:slow`, in CI, so that `npm test` stays within three minutes
      { extends: true, test: { name: 'slow', include: ['test/**/*.slow.test.ts'], globalSetup: ['test/support/global-setup.ts'] } },
      // LibreOffice recalculates whole workbooks to the engine's figures (slow): `npm run check:recalc`
      { extends: true, test: { name: 'recalc', include: ['test/**/*.recalc.test.ts'], globalSetup: ['test/support/global-setup.ts'] } },
      // a second spreadsheet engine (Gnumeric) recalculates the workbooks: `npm run check:gnumeric`
      { extends: true, test: { name: 'gnumeric', include: ['test/**/*.gnumeric.test.ts'], globalSetup: ['test/support/global-setup.ts'] } },
      // `npm run check:print`: every kind of workbook printed to PDF by LibreOffice (slow)
      { extends: true, test: { name: 'print', include: ['test/print/**/*.print.ts'] } },
    ],
  },
});

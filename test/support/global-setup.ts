import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, snapshot, treeChanges } from './tree-snapshot.js';

/**
 * Vitest's global setup of `npm test`: one temporary folder for every file the tests write
 * (testdir.ts reads it from the environment, which the test processes inherit), removed at
 * the end; and a check that the suite changed nothing in the working tree. Tests write only
 * to temporary folders: a test that forgot `--out` would otherwise leave reports in the
 * user's `reports/`, or overwrite them.
 */
export default function setup(): () => void {
  const before = snapshot(ROOT);
  const folder = mkdtempSync(join(tmpdir(), 'soweco-bc-tests-'));
  process.env.SOWECO_TEST_TMP = folder;
  let done = false;
  return () => {
    if (done) return; // vitest may call a teardown twice when it closes
    done = true;
    rmSync(folder, { recursive: true, force: true });
    const changes = treeChanges(before, snapshot(ROOT));
    if (changes.length > 0) {
      // an error thrown here is printed, but does not fail the run by itself
      process.exitCode = 1;
      throw new Error(`the tests changed the working tree (they may write only to temporary folders):\n  ${changes.slice(0, 20).join('\n  ')}`);
    }
  };
}

import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TINY = fileURLToPath(new URL('../fixtures/tiny', import.meta.url));

/**
 * A fresh temporary folder holding the given files (changesets' testdir), inside the one
 * folder that `npm test` removes at the end (global-setup.ts), or else the system's.
 */
export function testDir(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(process.env.SOWECO_TEST_TMP ?? tmpdir(), 'soweco-bc-test-'));
  writeFiles(dir, files);
  return dir;
}

/** A temporary copy of the tiny example, with some files replaced or added. */
export function tinyCopy(files: Record<string, string | Uint8Array> = {}): string {
  const dir = testDir();
  cpSync(TINY, dir, { recursive: true });
  writeFiles(dir, files);
  return dir;
}

function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

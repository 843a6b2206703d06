import { closeSync, openSync, rmSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runInProcessEnglish } from '../support/in-process.js';
import { tinyCopy } from '../support/testdir.js';

// Issue "Release quality", robustness: a file far larger than any scenario or employee file
// is refused from its size alone, before a byte of it is read. The files are sparse: 1 GB
// that takes no disk space and that, were it read, would be a binary file of NUL bytes
// (a different message) after seconds of reading: the message with the file's size shows
// that it was refused from its size (no timing needed).

const GIGABYTE = 1024 ** 3;

const copies: string[] = [];

/** A copy of the tiny example where `path` is a sparse file of `bytes`. */
function withHugeFile(path: string, bytes: number): string {
  const dir = tinyCopy();
  copies.push(dir);
  closeSync(openSync(join(dir, path), 'w'));
  truncateSync(join(dir, path), bytes);
  return dir;
}

/** `run noord.yaml --json` in this process. */
function runNoord(dir: string) {
  return runInProcessEnglish(['run', join(dir, 'noord.yaml'), '--json']);
}

describe('a file over its size limit is refused before it is read', () => {
  afterEach(() => {
    for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('a 1 GB employee CSV: exit 1 at the employees: line, naming the file and its size', async () => {
    const dir = withHugeFile('data/noord.csv', GIGABYTE);
    const result = await runNoord(dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: .*noord\.yaml:3:12\s+employees$/m);
    expect(result.stderr).toContain(`${join(dir, 'data/noord.csv')} is 1.0 GB, more than the 64 MB this kind of file may have`);
  });

  it('a 1 GB region file: exit 1 at the region: line of the municipality file', async () => {
    const dir = withHugeFile('regio.yaml', GIGABYTE);
    const result = await runNoord(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: .*noord\.yaml:1:9\s+region$/m);
    expect(result.stderr).toContain(`${join(dir, 'regio.yaml')} is 1.0 GB, more than the 10 MB this kind of file may have`);
  });

  it('a 20 MB municipality file given on the command line is refused at the file itself, with its size', async () => {
    const dir = withHugeFile('noord.yaml', 20 * 1024 * 1024);
    const result = await runNoord(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: .*noord\.yaml$/m);
    expect(result.stderr).toContain(`${join(dir, 'noord.yaml')} is 20 MB, more than the 10 MB this kind of file may have`);
  });
});

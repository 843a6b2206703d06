import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, fstatSync, mkdirSync, openSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { testDir } from './testdir.js';

/**
 * A small, real file system (a tmpfs) to fill up, mounted in a temporary folder. Only root
 * may mount one: elsewhere `mount` returns undefined and the tests that need it skip.
 */
export function mountSmallDisk(kilobytes: number): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return undefined;
  const dir = join(testDir(), 'disk');
  mkdirSync(dir);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kilobytes}k`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return undefined; // no permission to mount here (a container without CAP_SYS_ADMIN): the tests skip
  }
  return dir;
}

export function unmountSmallDisk(dir: string | undefined): void {
  if (dir !== undefined) execFileSync('umount', [dir], { stdio: 'ignore' });
}

/** Bytes still free on the file system that holds `dir`. */
export function freeBytes(dir: string): number {
  const s = statfsSync(dir);
  return s.bavail * s.bsize;
}

/**
 * Fills the disk of `dir` with a file `.filler` until `leave` bytes are free (rounded to the
 * file system's blocks); returns a function that frees the space again.
 */
export function fillDisk(dir: string, leave: number): () => void {
  const path = join(dir, '.filler');
  const fd = openSync(path, 'w');
  const block = Buffer.alloc(4096, 0x55);
  try {
    for (;;) writeSync(fd, block);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  }
  ftruncateSync(fd, Math.max(0, fstatSync(fd).size - leave));
  closeSync(fd);
  return () => rmSync(path, { force: true });
}

import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { userError } from '../errors.js';

/**
 * Writes a report so that it is either all there or not at all: to a temporary file in the
 * target folder, flushed, then renamed over the old report (rename is atomic within a
 * folder). A failed or killed run leaves the previous report as it was; leftovers of killed
 * runs are removed by the next successful one.
 */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const folder = dirname(path);
  const name = basename(path);
  try {
    makeFolder(folder);
  } catch (error) {
    throw userError('io', { file: folder }, `cannot create the output folder ${folder}: ${reason(error)}`, 'choose another folder with --out');
  }
  const temporary = join(folder, `.${name}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(temporary, 'wx');
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw userError('io', { file: path }, `cannot write ${path}: ${reason(error)}`, 'check that the folder is writable and the file is not open in another program');
  }
  removeLeftovers(folder, name);
}

/**
 * Creates a folder and its missing parents one by one. (Node 20's `mkdirSync(…, { recursive:
 * true })` can spin for ever under a path it may not create, such as one in /proc.)
 */
function makeFolder(folder: string): void {
  if (isFolder(folder)) return;
  const parent = dirname(folder);
  if (parent !== folder) makeFolder(parent);
  try {
    mkdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !isFolder(folder)) throw error;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // missing: to be created
  }
}

function removeLeftovers(folder: string, name: string): void {
  const pattern = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.[0-9a-f]{8}\\.tmp$`);
  for (const entry of readdirSync(folder)) if (pattern.test(entry)) rmSync(join(folder, entry), { force: true });
}

function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EEXIST: 'a part of the path is a file, not a folder',
    ENOENT: 'that place does not accept new folders',
    EISDIR: 'it is a folder',
    EBUSY: 'the file is in use',
  };
  return (e.code !== undefined ? reasons[e.code] : undefined) ?? e.message;
}

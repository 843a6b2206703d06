import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, type Stats } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { userError, type UserError } from '../errors.js';
import { specialFileKind } from '../io/file-kind.js';
import { ShortWriteError, isDiskFull, writeAll, writeErrorReason, writeMessages } from '../io/write-all.js';

/** A file to write: where, and its bytes. */
export interface FileToWrite {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/**
 * Writes files so that each is either all there or not at all: to a temporary file in the
 * target folder, every byte written, flushed and its size checked, then renamed over the old
 * file (rename is atomic within a folder). Several files are written as one step, as far as a
 * file system allows: only when every one is staged whole are they renamed into place. A
 * failed or killed run leaves the previous files as they were; the leftovers of killed runs
 * are removed by a later successful one (see {@link isLeftover}). Commands write through
 * OutputFiles (output-files.ts), which checks what they write first.
 */
export function writeFilesAtomic(files: readonly FileToWrite[]): void {
  const staged: { path: string; temporary: string }[] = [];
  try {
    for (const file of files) staged.push(stage(file));
    for (const { path, temporary } of staged) rename(temporary, path);
  } finally {
    for (const { temporary } of staged) rmSync(temporary, { force: true });
  }
  removeLeftovers(staged.map(({ path }) => path));
}

/** Writes a file's bytes to a new temporary file next to it; returns both paths. */
function stage(file: FileToWrite): { path: string; temporary: string } {
  const folder = dirname(file.path);
  try {
    makeFolder(folder);
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? writeMessages.noNewFolders : writeErrorReason(error);
    throw userError('io', { file: folder }, writeMessages.cannotCreateFolder(folder, why), writeMessages.cannotCreateFolderHint);
  }
  checkTarget(file.path);
  const temporary = join(folder, `.${basename(file.path)}.${HOST}-${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeWhole(temporary, file.bytes);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw cannotWrite(file.path, error);
  }
  return { path: file.path, temporary };
}

/**
 * Refuses to replace what is not a file, before any file of a step is renamed: a folder, or a
 * named pipe, device or socket, which would be replaced by a file (nobody asking to write
 * "into" one means that). A symbolic link is replaced itself, never the file it points at.
 */
function checkTarget(path: string): void {
  let stat: Stats;
  try {
    stat = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // a new file
    throw cannotWrite(path, error);
  }
  if (stat.isFile() || stat.isSymbolicLink()) return;
  if (stat.isDirectory()) throw userError('io', { file: path }, writeMessages.isFolder(path), writeMessages.isFolderHint);
  throw userError('io', { file: path }, writeMessages.special(path, specialFileKind(stat)), writeMessages.specialHint);
}

function rename(temporary: string, path: string): void {
  try {
    renameSync(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw userError('io', { file: path }, writeMessages.temporaryRemoved(path, basename(temporary)), writeMessages.temporaryRemovedHint);
    }
    throw cannotWrite(path, error);
  }
}

/** Writes every byte to a new file and makes sure they are on the disk: its size is checked before it may replace a report. */
function writeWhole(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, 'wx');
  try {
    writeAll(fd, bytes);
    fsyncSync(fd);
    const size = fstatSync(fd).size;
    if (size !== bytes.length) throw new ShortWriteError(writeMessages.sizeOnDisk(size, bytes.length));
  } finally {
    closeSync(fd);
  }
}

function cannotWrite(path: string, error: unknown): UserError {
  const full = isDiskFull(error);
  return userError(
    'io',
    { file: path },
    writeMessages.cannotWrite(path, writeErrorReason(error)),
    full
      ? writeMessages.diskFullHint
      : writeMessages.writableHint,
  );
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

/** This machine, in the names of temporary files: a folder on a network share may be written from several. */
const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 6);

/** A temporary file untouched for this long is a leftover, whoever made it: writing a report takes seconds. */
const LEFTOVER_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * Removes the leftovers of other runs' temporary files of these reports; never a file another
 * run is still writing. Each folder is listed once: a batch writes a thousand reports into one.
 */
function removeLeftovers(paths: readonly string[]): void {
  const byFolder = new Map<string, RegExp[]>();
  for (const path of paths) byFolder.set(dirname(path), [...(byFolder.get(dirname(path)) ?? []), leftoverPattern(basename(path))]);
  for (const [folder, patterns] of byFolder) {
    for (const entry of readdirSync(folder)) {
      if (!entry.startsWith('.')) continue; // a report, not a temporary file
      const match = patterns.map((p) => p.exec(entry)).find((m): m is RegExpExecArray => m !== null);
      if (match !== undefined && isLeftover(join(folder, entry), match[1], match[2] === undefined ? undefined : Number(match[2]))) removeLeftover(join(folder, entry));
    }
  }
}

/** The names of the temporary files of report `name`: `.<name>.<host>-<pid>.<random>.tmp`; 1.0.0 wrote `.<name>.<random>.tmp`, without its maker. */
function leftoverPattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\.${escaped}\\.(?:([0-9a-f]{6})-(\\d+)\\.)?[0-9a-f]{8}\\.tmp$`);
}

function removeLeftover(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch (error) {
    // another user's leftover in a shared folder is theirs to remove: the report itself is written
    if (!['EACCES', 'EPERM', 'EBUSY'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
}

/**
 * Whether a temporary file is a leftover that may go: one made on this machine by a process
 * that no longer runs, or one nobody has touched for a day (made elsewhere, by an older
 * version, or by a process whose number has since been reused). A file of a run that is
 * still writing is never one.
 */
function isLeftover(path: string, host: string | undefined, pid: number | undefined): boolean {
  if (host === HOST && pid !== undefined && pid !== process.pid && !isRunning(pid)) return true;
  try {
    return Date.now() - statSync(path).mtimeMs > LEFTOVER_AGE_MS;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false; // its run renamed or removed it meanwhile
    throw error;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // it exists, but belongs to someone else
  }
}

import { writeSync } from 'node:fs';

/**
 * Writes every byte to an open file. `writeSync` may write fewer bytes than it was given (a
 * nearly full disk does that before it fails with ENOSPC), so it is called until all are
 * written; a call that writes nothing at all ends it with a {@link ShortWriteError}.
 */
export function writeAll(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    const written = writeSync(fd, bytes, offset, bytes.length - offset);
    if (written <= 0) throw new ShortWriteError(`the disk took ${offset} of the ${bytes.length} bytes and no more`);
    offset += written;
  }
}

/** What was written is not what was meant to be written, though the system reported no error. */
export class ShortWriteError extends Error {}

/** Why a file could not be written, in words, for a message. */
export function writeErrorReason(error: unknown): string {
  if (error instanceof ShortWriteError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  return (code === undefined ? undefined : REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
}

/** Whether the disk (or the user's share of it) is full: the one write failure with its own advice. */
export function isDiskFull(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  EFBIG: 'the file is larger than this file system allows',
  ENAMETOOLONG: 'the name is too long for this file system',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a part of the path is a file, not a folder',
  ENOENT: 'its folder was removed while it was written',
  EISDIR: 'it is a folder',
  EBUSY: 'the file is in use',
};

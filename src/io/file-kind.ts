import type { Stats } from 'node:fs';

/** What a path that is neither a regular file nor a folder is, in words: a named pipe, a socket or a device. */
export function specialFileKind(stat: Stats): string {
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isSocket()) return 'a socket';
  return 'a device';
}

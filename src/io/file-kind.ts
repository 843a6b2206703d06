import type { Stats } from 'node:fs';
import { texts } from '../language.js';

const kinds = texts('file kinds', {
  en: { fifo: 'a named pipe', socket: 'a socket', device: 'a device' },
  nl: { fifo: 'een named pipe', socket: 'een socket', device: 'een apparaat' },
});

/** What a path that is neither a regular file nor a folder is, in words: a named pipe, a socket or a device. */
export function specialFileKind(stat: Stats): string {
  if (stat.isFIFO()) return kinds.fifo;
  if (stat.isSocket()) return kinds.socket;
  return kinds.device;
}

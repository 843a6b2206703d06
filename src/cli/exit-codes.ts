import type { UserErrorKind } from '../errors.js';

/** The exit codes of soweco-bc (README: exit codes). */
export const EXIT = { ok: 0, input: 1, usage: 2, io: 3, internal: 70, cancelled: 130 } as const;

export function exitCodeFor(kind: UserErrorKind): number {
  return EXIT[kind];
}

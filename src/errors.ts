/** Where something stands in an input file: 1-based line and column, and the field path. */
export interface SourceRef {
  readonly file: string;
  readonly line?: number;
  readonly col?: number;
  /** The user's field path, e.g. `models.gr.lines[2].amount`, or a CSV column. */
  readonly path?: string;
}

/** One problem found in the input: what is wrong, where, and how to fix it. */
export interface Issue {
  readonly at: SourceRef;
  readonly message: string;
  readonly hint?: string;
}

/** input: the files are wrong (exit 1); usage: the command line is wrong (2); io: a file cannot be read or written (3). */
export type UserErrorKind = 'input' | 'usage' | 'io';

/**
 * A mistake of the user's, never a bug: the one error type that reaches the user as a
 * message without a stack trace. It carries every issue found, sorted by position.
 */
export class UserError extends Error {
  readonly kind: UserErrorKind;
  readonly issues: readonly Issue[];
  /** How many issues there were in all; `issues` holds at most {@link MAX_REPORTED_ISSUES}. */
  readonly total: number;

  constructor(kind: UserErrorKind, issues: readonly Issue[]) {
    const sorted = [...issues].sort(compareIssues);
    super(sorted[0]?.message ?? 'invalid input');
    this.name = 'UserError';
    this.kind = kind;
    this.total = sorted.length;
    this.issues = sorted.slice(0, MAX_REPORTED_ISSUES);
  }
}

/** An invariant of our own broke: always a bug in soweco-bc. */
export class InternalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InternalError';
  }
}

/** More issues than this in one go are counted, not listed: the first ones usually explain the rest. */
export const MAX_REPORTED_ISSUES = 20;

/** A user error with a single issue. */
export function userError(kind: UserErrorKind, at: SourceRef, message: string, hint?: string): UserError {
  return new UserError(kind, [hint === undefined ? { at, message } : { at, message, hint }]);
}

/** Whether a place is on the command line (`--set #2`, `--config`), not in a file. */
export function isOnCommandLine(at: SourceRef): boolean {
  return at.file.startsWith('--');
}

/**
 * One error holding every issue: a usage error when the command line caused every one of
 * them (a `--set` that breaks a rule of the files), else an input error.
 */
export function issuesError(issues: readonly Issue[]): UserError {
  return new UserError(issues.every((i) => isOnCommandLine(i.at)) ? 'usage' : 'input', issues);
}

/** Throws {@link issuesError} for the issues, if there are any. */
export function throwIfIssues(issues: readonly Issue[]): void {
  if (issues.length > 0) throw issuesError(issues);
}

function compareIssues(a: Issue, b: Issue): number {
  return (
    a.at.file.localeCompare(b.at.file) ||
    (a.at.line ?? 0) - (b.at.line ?? 0) ||
    (a.at.col ?? 0) - (b.at.col ?? 0)
  );
}

/** `file:line:col`, as editors and terminals understand it. */
export function formatSourceRef(at: SourceRef): string {
  let s = at.file;
  if (at.line !== undefined) s += `:${at.line}`;
  if (at.line !== undefined && at.col !== undefined) s += `:${at.col}`;
  return s;
}

/** For exhaustive switches: the compiler refuses a call whose argument is not `never`, so a forgotten case does not compile. */
export function assertNever(x: never): never {
  throw new InternalError(`unexpected case ${JSON.stringify(x)}`);
}

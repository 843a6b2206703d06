import { fstatSync } from 'node:fs';
import { Writable } from 'node:stream';
import { Chalk, type ChalkInstance } from 'chalk';
import { MAX_REPORTED_ISSUES, formatSourceRef, userError, type Issue, type UserError } from '../errors.js';
import { isDiskFull, writeAll, writeErrorReason } from '../io/write-all.js';
import { printable } from '../text-characters.js';
import { listWarnings, moreWarnings } from '../warnings.js';
import { terminalMessages } from './cli-messages.js';

/** The standard streams, passed in so that commands can be tested without a terminal. */
export interface Io {
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
}

/**
 * Standard output redirected to a file (`soweco-bc run x --json > out.json`): Node writes to
 * it with one `writeSync` and ignores how many bytes that took, so on a nearly full disk the
 * file would end half-way with exit 0. Here every byte is written, and a full disk is an I/O
 * error (exit 3). A pipe or terminal is written to as Node does.
 */
class FileStdout extends Writable {
  readonly isTTY = false;

  constructor(private readonly fd: number) {
    super();
  }

  override write(chunk: unknown, encoding?: unknown, callback?: unknown): boolean {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : (chunk as Uint8Array);
    try {
      writeAll(this.fd, bytes);
    } catch (error) {
      throw userError('io', { file: 'stdout' }, terminalMessages.cannotWriteOutput(writeErrorReason(error)), isDiskFull(error) ? terminalMessages.diskFullHint : undefined);
    }
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') (done as () => void)();
    return true;
  }
}

function standardOutput(): Io['stdout'] {
  try {
    return fstatSync(1).isFile() ? new FileStdout(1) : process.stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EBADF') return process.stdout; // stdout closed: Node's stream reports that itself
    throw error;
  }
}

export const processIo: Io = {
  // Node makes process.stdin on first use, a stream of some milliseconds: only the commands that ask (init, a prompt) read it
  get stdin() {
    return process.stdin;
  },
  stdout: standardOutput(),
  stderr: process.stderr,
  env: process.env,
};

/** Colours for a stream: none when NO_COLOR is set or the stream is not a terminal; FORCE_COLOR wins. */
export function paintFor(stream: Io['stdout'], env: NodeJS.ProcessEnv): ChalkInstance {
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  const off = (env.NO_COLOR !== undefined && env.NO_COLOR !== '') || stream.isTTY !== true;
  return new Chalk({ level: forced ? 1 : off ? 0 : 1 });
}

/** One problem as two or three lines: where, what, and the hint. */
export function formatIssueBlock(label: 'error' | 'warning', issue: Issue, paint: ChalkInstance): string {
  const head = label === 'error' ? paint.red.bold(terminalMessages.error) : paint.yellow.bold(terminalMessages.warning);
  const field = issue.at.path ? `  ${paint.cyan(printable(issue.at.path))}` : '';
  const hint = issue.hint === undefined ? '' : `\n  ${paint.dim(`${terminalMessages.hint} ${printable(issue.hint)}`)}`;
  return `${head} ${printable(formatSourceRef(issue.at))}${field}\n  ${printable(issue.message)}${hint}\n`;
}

/** Prints every issue of a user error once (one mistake found along two routes reads as one), and the count. */
export function printUserError(error: UserError, io: Io): void {
  const paint = paintFor(io.stderr, io.env);
  const blocks = distinct(error.issues.map((issue) => formatIssueBlock('error', issue, paint)));
  const total = error.total - (error.issues.length - blocks.length);
  for (const block of blocks) io.stderr.write(block);
  if (error.total > MAX_REPORTED_ISSUES) io.stderr.write(`${terminalMessages.moreProblems(error.total - MAX_REPORTED_ISSUES)}\n`);
  if (total > 1) io.stderr.write(`${terminalMessages.problemsFound(total)}\n`);
}

/** Prints the warnings, each once, at most ten of a kind (src/warnings.ts): a file with 100 unknown columns gives 11, not 100. */
export function printWarnings(warnings: readonly Issue[], io: Io): void {
  const paint = paintFor(io.stderr, io.env);
  const blocks = new Map<string, Issue>(); // one warning found along two routes reads as one
  for (const w of warnings) {
    const block = formatIssueBlock('warning', w, paint);
    if (!blocks.has(block)) blocks.set(block, w);
  }
  for (const listed of listWarnings([...blocks.values()])) {
    io.stderr.write('warning' in listed ? formatIssueBlock('warning', listed.warning, paint) : `${moreWarnings(listed.more)}\n`);
  }
}

function distinct(blocks: readonly string[]): string[] {
  return [...new Set(blocks)];
}

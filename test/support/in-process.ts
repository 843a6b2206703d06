import { Readable, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/terminal.js';
import { ENGLISH, type CliResult } from './cli.js';
import { testDir } from './testdir.js';

/** A stream that keeps what is written to it, as text. */
class Capture extends Writable {
  text = '';

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.text += String(chunk);
    callback();
  }
}

/** The run in progress: runs wait for each other, since each changes the working directory. */
let previous: Promise<unknown> = Promise.resolve();

/**
 * Runs the CLI's `main` in this process with captured streams and no colours: the same
 * code path as the bin, without the cost of a new process (for tests where the process
 * boundary is not what is tested). Like `runCli`, it runs in `cwd`, by default a new
 * temporary folder, so that reports written without `--out` land there. Runs started at
 * once (`Promise.all`, concurrent tests) take turns; the one thing it cannot run is a batch
 * or risk analysis with worker threads (they load the built files).
 */
export function runInProcess(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  const run = previous.then(() => runHere(args, options));
  previous = run.catch(() => undefined);
  return run;
}

async function runHere(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv }): Promise<CliResult> {
  const stdout = new Capture();
  const stderr = new Capture();
  const io: Io = { stdin: Readable.from([]), stdout, stderr, env: { NO_COLOR: '1', ...options.env } };
  const before = process.cwd();
  process.chdir(options.cwd ?? testDir());
  try {
    const code = await main(args, io);
    // writes whose callbacks were deferred are flushed after a turn of the event loop
    await new Promise((resolve) => setImmediate(resolve));
    return { code, stdout: stdout.text, stderr: stderr.text };
  } finally {
    process.chdir(before);
  }
}

/** {@link runInProcess} in an English locale: for tests of the English texts (the default language is Dutch). */
export function runInProcessEnglish(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  return runInProcess(args, { ...options, env: { ...ENGLISH, ...options.env } });
}

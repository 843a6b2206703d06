import { Readable, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/terminal.js';
import type { CliResult } from './cli.js';
import { testDir } from './testdir.js';

/** A stream that keeps what is written to it, as text. */
class Capture extends Writable {
  text = '';

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.text += String(chunk);
    callback();
  }
}

/**
 * Runs the CLI's `main` in this process with captured streams and no colours: the same
 * code path as the bin, without the cost of a new process (for tests where the process
 * boundary is not what is tested). Like `runCli`, it runs in `cwd`, by default a new
 * temporary folder, so that reports written without `--out` land there. Tests in one file
 * run one after the other, so changing this process's working directory is safe; the one
 * thing it cannot run is a batch large enough for worker threads (they load the built files).
 */
export async function runInProcess(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
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

import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BIN, type CliResult } from './cli.js';
import { faultsEnv } from './fs-faults.js';
import { testDir } from './testdir.js';

/** A run of the real CLI that stops just before it renames its first temporary file into place. */
export interface PausedRun {
  /** The temporary file, complete, waiting to be renamed. */
  readonly temporary: string;
  /** Lets the run go on; resolves when it has exited. */
  resume(): Promise<CliResult>;
  /** Kills the run where it stands (as a crash or `kill -9` would). */
  kill(): Promise<void>;
}

/** Starts the CLI with `args` in `cwd` and waits until it is about to rename its first report into place. */
export async function pausedRun(args: readonly string[], cwd: string): Promise<PausedRun> {
  const signals = testDir();
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...faultsEnv({ pauseBeforeRename: signals }) } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  const paused = join(signals, 'paused');
  // waits for the run to reach the rename (an event, not a time): only the deadline is a time
  const deadline = Date.now() + 60_000;
  while (!existsSync(paused)) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the run did not reach its rename: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return {
    temporary: resolve(cwd, readFileSync(paused, 'utf8')),
    resume: async () => {
      writeFileSync(join(signals, 'go'), '');
      return { code: await exited, stdout, stderr };
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { testDir } from './testdir.js';

export const BIN = fileURLToPath(new URL('../../bin/soweco-bc.js', import.meta.url));
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Long enough for the largest run on a busy machine; a run that takes longer hangs. */
export const CLI_TIMEOUT = 150_000;

/**
 * Runs the real, built `soweco-bc` (npm test builds it first), without colours. It runs in
 * `cwd`, by default a new temporary folder, so that a run without `--out` writes its
 * reports there and never into the project's `reports/`.
 */
export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? testDir(),
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env },
    encoding: 'utf8',
    timeout: CLI_TIMEOUT,
  });
  if (result.error !== undefined) throw new Error(`soweco-bc ${args.join(' ')} did not finish: ${result.error.message}`);
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

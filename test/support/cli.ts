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
 * The environment's locale, left out of every run unless a test gives one: soweco-bc takes
 * its language from it (Dutch unless it is English), and a test must not depend on the
 * machine it runs on.
 */
export const NO_LOCALE: NodeJS.ProcessEnv = { LANG: undefined, LC_ALL: undefined, LC_MESSAGES: undefined };

/** An English locale: soweco-bc then writes everything in English, as with `--lang en`. */
export const ENGLISH: NodeJS.ProcessEnv = { LANG: 'en_US.UTF-8' };

/**
 * Runs the real, built `soweco-bc` (npm test builds it first), without colours. It runs in
 * `cwd`, by default a new temporary folder, so that a run without `--out` writes its
 * reports there and never into the project's `reports/`.
 */
export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? testDir(),
    env: { ...process.env, ...NO_LOCALE, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env },
    encoding: 'utf8',
    timeout: CLI_TIMEOUT,
  });
  if (result.error !== undefined) throw new Error(`soweco-bc ${args.join(' ')} did not finish: ${result.error.message}`);
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** {@link runCli} in an English locale: for tests of the English texts (the default language is Dutch). */
export function runCliEnglish(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  return runCli(args, { ...options, env: { ...ENGLISH, ...options.env } });
}
